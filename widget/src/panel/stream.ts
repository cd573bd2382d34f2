import type { VisitorEvent } from '@kotha/common/contract/api';
import { STREAM_EVENT } from '@kotha/common/contract/limits';
import { backoffDelay } from '@kotha/common/backoff';

export interface StreamOptions {
  /** Built afresh for every connection, so a reconnect resumes from the newest cursor. */
  url: () => string;
  onEvent: (event: VisitorEvent) => void;
  /** Injected for tests; the browser's EventSource by default. */
  EventSourceImpl?: typeof EventSource;
  schedule?: (run: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}

export interface LiveStream {
  close(): void;
}

/**
 * Holds the shopper's Server-Sent Events stream open. On any error it closes the source
 * and reconnects after a backoff (1 s … 30 s) with a fresh `since`, rather than relying
 * on the browser's own retry, which gives up for good on some errors and resends a
 * Last-Event-ID that may be older than what we have already seen.
 */
export function openStream({
  url,
  onEvent,
  EventSourceImpl = EventSource,
  schedule = (run, ms) => setTimeout(run, ms),
  cancel = (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}: StreamOptions): LiveStream {
  let source: EventSource | null = null;
  let retry: unknown = null;
  let attempt = 0;
  let closed = false;

  function connect(): void {
    retry = null;
    if (closed) return;
    const current = new EventSourceImpl(url());
    source = current;
    current.onopen = () => {
      attempt = 0;
    };
    current.addEventListener(STREAM_EVENT, (event) => {
      let data: VisitorEvent;
      try {
        data = JSON.parse((event as MessageEvent<string>).data) as VisitorEvent;
      } catch {
        return; // A malformed frame must not take the stream down; the next ones still count.
      }
      onEvent(data);
    });
    current.onerror = () => {
      current.close();
      if (closed || source !== current) return;
      source = null;
      retry = schedule(connect, backoffDelay(attempt));
      attempt += 1;
    };
  }

  connect();
  return {
    close() {
      closed = true;
      source?.close();
      source = null;
      if (retry !== null) cancel(retry);
    },
  };
}
