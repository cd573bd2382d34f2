/**
 * The browser's end of the API's event streams, shared by the widget and the inbox: an
 * EventSource held open across failures, with the resume point and the repeats a resume
 * replays handled here once.
 */
import { backoffDelay } from './backoff';
import { STREAM_EVENT } from './contract/limits';
import { createSeenSet } from './seen-set';

/**
 * The slice of EventSource the client uses, so tests can hand in a fake. Listeners rather
 * than `onopen`/`onerror`, so that a wrapper can watch the same source (the inbox shows
 * whether it is live) at no cost to the widget.
 */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

/** A browser EventSource on `url`. */
export const browserEventSource = (url: string): EventSourceLike => new EventSource(url) as EventSourceLike;

export interface SseClientOptions<T> {
  /**
   * The URL of each connection, built afresh so that a reconnect resumes from the newest
   * cursor; a promise when it must be asked for (the inbox's one-minute stream ticket). A
   * URL that cannot be had counts as a failed connection: retried after the backoff.
   */
  url(): string | Promise<string>;
  /** Each frame that parses as JSON; a caller that does not trust its shape takes `unknown` and checks. */
  onEvent(event: T): void;
  /** Injected for tests; the browser's EventSource by default. */
  createEventSource?(url: string): EventSourceLike;
  random?: () => number;
  setTimer?(run: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
}

export interface SseClient {
  close(): void;
}

/**
 * Opens a stream that keeps itself connected until `close()`. On any error it closes the
 * source and reconnects after a backoff (1 s … 30 s) with a fresh URL, rather than leaving
 * it to the browser's own retry, which gives up for good after some errors and resends a
 * Last-Event-ID that may be older than what the client already has.
 */
export function openSseClient<T>(options: SseClientOptions<T>): SseClient {
  const createEventSource = options.createEventSource ?? browserEventSource;
  const setTimer = options.setTimer ?? setTimeout;
  const clearTimer = (options.clearTimer ?? clearTimeout) as (timer: unknown) => void;
  let source: EventSourceLike | null = null;
  let timer: unknown = null;
  let attempt = 0;
  let closed = false;

  function retry(): void {
    timer = setTimer(connect, backoffDelay(attempt, options.random));
    attempt += 1;
  }

  function connect(): void {
    const url = options.url();
    if (typeof url === 'string') open(url);
    else url.then((resolved) => closed || open(resolved), () => closed || retry());
  }

  function open(url: string): void {
    const current = createEventSource(url);
    source = current;
    current.addEventListener('open', () => {
      attempt = 0;
    });
    current.addEventListener(STREAM_EVENT, (message) => {
      let value: unknown;
      try {
        value = JSON.parse(message.data);
      } catch {
        return; // A malformed frame must not take the stream down; the next ones still count.
      }
      options.onEvent(value as T);
    });
    current.addEventListener('error', () => {
      current.close();
      if (closed || source !== current) return;
      source = null;
      retry();
    });
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

/** Enough remembered ids to cover the overlap a resume replays. */
const REPLAY_IDS_KEPT = 500;

/** Where a stream resumes, and which events it has handed over; outlives its connections. */
export interface StreamCursor {
  /** Server time (ms) of the newest event taken that moves the cursor; the starting point until then. */
  readonly since: number | undefined;
  /** Takes `event` unless it was taken before; `resumes` false for a passing signal that must not move the cursor. */
  take(event: { id: string; at: number }, resumes?: boolean): boolean;
}

/** A cursor starting at `since` (e.g. the newest activity already loaded). */
export function createStreamCursor(since?: number): StreamCursor {
  const seen = createSeenSet(REPLAY_IDS_KEPT);
  return {
    get since() {
      return since;
    },
    take(event, resumes = true) {
      if (!seen.add(event.id)) return false;
      if (resumes) since = since === undefined ? event.at : Math.max(since, event.at);
      return true;
    },
  };
}
