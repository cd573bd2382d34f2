/**
 * The inbox's live stream (common/sse-client.ts) on the inbox stream route: it resumes from
 * the newest event time it has seen, hands each event over once across reconnects, and
 * says whether it is live, for the inbox to show.
 */
import type { InboxEvent } from '@kotha/common/contract/api.ts';
import { browserEventSource, createStreamCursor, openSseClient, type SseClient, type SseClientOptions } from '@kotha/common/sse-client.ts';

export type { EventSourceLike } from '@kotha/common/sse-client.ts';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting';

export interface InboxStreamOptions extends Omit<SseClientOptions<InboxEvent>, 'url'> {
  /** The stream URL resuming after `since`; asked for afresh (a new ticket) for each connection. */
  url(since: number | undefined): string | Promise<string>;
  /** Server time to resume from on the first connection (e.g. the newest loaded activity). */
  since?: number;
  onStatus?(status: StreamStatus): void;
}

export type InboxStream = SseClient;

/** An inbox event with the fields the inbox reads; anything else on the stream is ignored. */
function isInboxEvent(value: unknown): value is InboxEvent {
  if (typeof value !== 'object' || value === null) return false;
  const event = value as Partial<Record<'type' | 'id' | 'at' | 'conversation' | 'note', unknown>>;
  if (typeof event.id !== 'string' || typeof event.at !== 'number') return false;
  // A teammate's private note carries the note; the other events carry the conversation.
  if (event.type === 'note.created') return typeof event.note === 'object' && event.note !== null;
  if (event.type === 'typing') return true;
  const known = event.type === 'message.created' || event.type === 'conversation.updated';
  return known && typeof event.conversation === 'object' && event.conversation !== null;
}

/** Opens the stream; it keeps itself connected until `close()`. */
export function openInboxStream(options: InboxStreamOptions): InboxStream {
  const { onStatus = () => {}, createEventSource = browserEventSource } = options;
  const cursor = createStreamCursor(options.since);
  let connections = 0;
  return openSseClient<unknown>({
    ...options,
    url: () => options.url(cursor.since),
    // Every connection but the first follows a failure.
    createEventSource(url) {
      onStatus(connections++ === 0 ? 'connecting' : 'reconnecting');
      const source = createEventSource(url);
      source.addEventListener('open', () => onStatus('live'));
      source.addEventListener('error', () => onStatus('reconnecting'));
      return source;
    },
    onEvent(event) {
      // Typing is a passing signal, not history: it moves no resume point.
      if (isInboxEvent(event) && cursor.take(event, event.type !== 'typing')) options.onEvent(event);
    },
  });
}
