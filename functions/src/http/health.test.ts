import { describe, expect, it } from 'vitest';
import type { Firestore } from 'firebase-admin/firestore';
import { Hub } from '../realtime/hub';
import { health } from './health';

/** A Firestore whose one document read answers with `read`. */
const firestore = (read: () => Promise<unknown>) => ({ collection: () => ({ doc: () => ({ get: read }) }) }) as unknown as Firestore;

async function ask(db: Firestore) {
  const answer: { status?: number; body?: unknown; headers: Record<string, string> } = { headers: {} };
  const res = {
    set(name: string, value: string) {
      answer.headers[name] = value;
      return this;
    },
    status(code: number) {
      answer.status = code;
      return this;
    },
    json(body: unknown) {
      answer.body = body;
      return this;
    },
  };
  await health({ db, hub: new Hub(), feeds: null, deadlineMs: 50 })({} as never, res as never, () => {});
  return answer;
}

describe('the health route', () => {
  it('is 200 when Firestore answers, 503 when it fails or is slower than the deadline, never cached', async () => {
    expect(await ask(firestore(async () => ({ exists: false })))).toEqual({ status: 200, body: { ok: true, firestore: 'ok', streams: 0, feeds: 0 }, headers: { 'Cache-Control': 'no-store' } });
    expect((await ask(firestore(async () => Promise.reject(new Error('14 UNAVAILABLE'))))).status).toBe(503);
    const slow = await ask(firestore(() => new Promise(() => undefined)));
    expect([slow.status, (slow.body as { firestore: string }).firestore]).toEqual([503, 'timeout']);
  });
});
