import { describe, expect, it } from 'vitest';
import { repliesInFlight } from './replies-in-flight';

function deferred() {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('replies in flight', () => {
  it('holds a status change until the conversation’s replies have landed or failed', async () => {
    const replies = repliesInFlight();
    const first = deferred();
    const second = deferred();
    void replies.track('c1', first.promise);
    replies.track('c1', second.promise).catch(() => undefined);
    let settled = false;
    const waiting = replies.settled('c1').then(() => (settled = true));
    await Promise.resolve();
    first.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(settled).toBe(false);
    second.reject(new Error('offline'));
    await waiting;
    expect(settled).toBe(true);
  });

  it('does not wait for other conversations, nor when nothing is on its way', async () => {
    const replies = repliesInFlight();
    void replies.track('c1', new Promise(() => undefined));
    await expect(replies.settled('c2')).resolves.toBeUndefined();
    await expect(replies.settled('c3')).resolves.toBeUndefined();
  });
});
