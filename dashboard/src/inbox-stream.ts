/**
 * The inbox's live stream: an EventSource on the inbox stream route that reconnects with
 * backoff after any error, resuming from the newest event time it has seen, and hands
 * each event over once (events are deduplicated by id across reconnects).
 */
import { STREAM_EVENT } from '@kotha/common/contract/limits.ts';
import type { InboxEvent } from '@kotha/common/contract/api.ts';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

/** The slice of EventSource the stream uses, so tests can hand in a fake. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  close(): void;
}

export interface InboxStreamOptions {
  /** The stream URL resuming after `since`. */
  url(since: number | undefined): string;
  /** Server time to resume from on the first connection (e.g. the newest loaded activity). */
  since?: number;
  onEvent(event: InboxEvent): void;
  onStatus?(status: StreamStatus): void;
  createEventSource?(url: string): EventSourceLike;
  /** Injected for tests. */
  random?: () => number;
  setTimer?(callback: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
}

export interface InboxStream {
  close(): void;
}

const BASE_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
/** Enough remembered ids to cover the overlap a resume replays. */
const SEEN_IDS_KEPT = 500;

/** Delay before reconnect attempt `attempt` (0-based): exponential, capped, with jitter so tabs spread out. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.min(attempt, 10));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

function parseInboxEvent(data: string): InboxEvent | null {
  try {
    const value: unknown = JSON.parse(data);
    if (typeof value !== 'object' || value === null) return null;
    const event = value as Partial<Record<'type' | 'id' | 'at' | 'conversation' | 'note', unknown>>;
    if (typeof event.id !== 'string' || typeof event.at !== 'number') return null;
    // A teammate's private note carries the note; the other events carry the conversation.
    if (event.type === 'note.created') return typeof event.note === 'object' && event.note !== null ? (value as InboxEvent) : null;
    if (event.type === 'typing') return value as InboxEvent;
    const known = event.type === 'message.created' || event.type === 'conversation.updated';
    return known && typeof event.conversation === 'object' && event.conversation !== null ? (value as InboxEvent) : null;
  } catch {
    return null;
  }
}

/** Opens the stream; it keeps itself connected until `close()`. */
export function openInboxStream(options: InboxStreamOptions): InboxStream {
  const createEventSource = options.createEventSource ?? ((url: string) => new EventSource(url) as EventSourceLike);
  const setTimer = options.setTimer ?? ((callback: () => void, ms: number) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer: unknown) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let since = options.since;
  let attempt = 0;
  let closed = false;
  let source: EventSourceLike | null = null;
  let timer: unknown = null;
  const seen = new Set<string>();

  function remember(id: string): void {
    seen.add(id);
    if (seen.size > SEEN_IDS_KEPT) {
      const oldest = seen.values().next().value;
      if (oldest !== undefined) seen.delete(oldest);
    }
  }

  function connect(): void {
    options.onStatus?.(attempt === 0 ? 'connecting' : 'reconnecting');
    const current = createEventSource(options.url(since));
    source = current;
    current.onopen = () => {
      attempt = 0;
      options.onStatus?.('live');
    };
    current.addEventListener(STREAM_EVENT, (message) => {
      const event = parseInboxEvent(message.data);
      if (!event || seen.has(event.id)) return;
      remember(event.id);
      // Typing is a passing signal, not history: it moves no resume point.
      if (event.type !== 'typing') since = since === undefined ? event.at : Math.max(since, event.at);
      options.onEvent(event);
    });
    // EventSource would retry on its own, but not after every kind of failure and
    // without our cursor; owning the retry gives one predictable path with backoff.
    current.onerror = () => {
      current.close();
      if (closed || source !== current) return;
      source = null;
      options.onStatus?.('reconnecting');
      timer = setTimer(connect, backoffDelay(attempt, options.random));
      attempt += 1;
    };
  }

  connect();
  return {
    close() {
      closed = true;
      if (timer !== null) clearTimer(timer);
      source?.close();
      source = null;
    },
  };
}
