/**
 * An EventSource for Node over fetch, shaped as common/sse-client.ts's EventSourceLike, so
 * the bench's simulated shoppers and agents run the product's own stream client (its
 * reconnect backoff, its cursor and seen-set) rather than a copy of it. Like a browser's
 * EventSource it fires `open`, one event per frame under the frame's name, and `error`
 * when the connection fails or ends; unlike it, it never retries by itself (the shared
 * client does). Headers may be given, e.g. `Last-Event-ID` on a resume.
 */
import type { EventSourceLike } from '@kotha/common/sse-client';

type Listener = (event: MessageEvent<string>) => void;

export interface FetchEventSourceOptions {
  headers?: Record<string, string>;
  /** Called with each frame's `id:` field, so a caller can resume from it. */
  onId?: (id: string) => void;
  /** Called once per connection that fails or ends: the HTTP status, or the error's code. */
  onFailure?: (reason: string) => void;
}

export function fetchEventSource(url: string, options: FetchEventSourceOptions = {}): EventSourceLike {
  const listeners = new Map<string, Set<Listener>>();
  const controller = new AbortController();
  let closed = false;
  let failed = false;
  const dispatch = (type: string, data = '', lastEventId = '') => {
    if (closed) return;
    for (const listener of listeners.get(type) ?? []) listener({ data, lastEventId } as MessageEvent<string>);
  };
  const fail = (reason: string) => {
    if (closed || failed) return;
    failed = true;
    options.onFailure?.(reason);
    dispatch('error');
  };

  // Started after the caller has added its listeners, as a browser's EventSource is.
  queueMicrotask(async () => {
    try {
      const response = await fetch(url, { headers: { accept: 'text/event-stream', ...options.headers }, signal: controller.signal });
      if (response.status !== 200 || !response.body) {
        await response.body?.cancel();
        fail(`status ${response.status}`);
        return;
      }
      dispatch('open');
      const decoder = new TextDecoder();
      let buffer = '';
      let lastEventId = '';
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          let name = 'message';
          const data: string[] = [];
          for (const line of frame.split('\n')) {
            if (line.startsWith('id: ')) {
              lastEventId = line.slice(4);
              options.onId?.(lastEventId);
            } else if (line.startsWith('event: ')) name = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length) dispatch(name, data.join('\n'), lastEventId);
        }
      }
      fail('ended');
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      fail(cause?.code ?? (error as Error).name ?? 'error');
    }
  });

  return {
    addEventListener(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener);
    },
    close() {
      closed = true;
      controller.abort();
    },
  };
}
