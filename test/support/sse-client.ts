/** A minimal Server-Sent Events reader over fetch, for the tests and the bench (Node has no EventSource). */
import { STREAM_EVENT } from '@kotha/common/contract';

export interface TestStream<T> {
  events: T[];
  /** Resolves with the first event matching `predicate` (already received or future). */
  waitFor(predicate: (event: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): void;
  /** Status of the HTTP response. */
  status: number;
}

/** Reads a Server-Sent Events body, calling `onEvent` with the data of each Kotha event, until it ends or is aborted. */
export async function readKothaEvents(body: ReadableStream<Uint8Array> | null, onEvent: (data: string) => void): Promise<void> {
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const lines = frame.split('\n');
        const name = lines.find((l) => l.startsWith('event: '))?.slice(7);
        const data = lines.filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
        if (name === STREAM_EVENT && data) onEvent(data);
      }
    }
  } catch {
    // aborted by the reader's owner
  }
}

export async function openStream<T = any>(url: string, headers: Record<string, string> = {}): Promise<TestStream<T>> {
  const controller = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const events: T[] = [];
  const waiters = new Set<() => void>();
  if (res.ok && res.body) {
    void readKothaEvents(res.body, (data) => {
      events.push(JSON.parse(data) as T);
      waiters.forEach((wake) => wake());
    });
  }
  return {
    events,
    status: res.status,
    close: () => controller.abort(),
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const found = events.find(predicate);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching event within ${timeoutMs} ms (got ${events.length})`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}
