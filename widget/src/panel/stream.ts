/** The shopper's live stream: the shared client (sse-client.ts) carrying visitor events. */
import type { VisitorEvent } from '@kotha/common/contract/api';
import { openSseClient, type SseClient, type SseClientOptions } from '@kotha/common/sse-client';

/**
 * `url` carries the store's cursor, which history moves too, rather than the client's own
 * (createStreamCursor); the store drops the repeats a resume replays.
 */
export type StreamOptions = Omit<SseClientOptions<VisitorEvent>, 'url'> & {
  /** The shopper's token goes in the URL as it is: the URL is always at hand. */
  url(): string;
};

export type LiveStream = SseClient;

/** Holds the shopper's stream open, reconnecting with backoff, until `close()`. */
export const openStream: (options: StreamOptions) => LiveStream = openSseClient;
