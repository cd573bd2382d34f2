/**
 * Counters in fixed time windows, shared by every instance: `rateLimits/{id}`, one
 * document per key and window. A hit is an increment and a read of the same document, no
 * transaction (the emulator does not isolate them, and a plain increment never contends):
 * a request is allowed when the count it reads is within the limit. Concurrent hits can
 * only read a higher count than their own, so never more than `limit` pass; at worst one
 * is refused a moment early. The key may hold an address: it is stored only as a keyed
 * hash. Each document carries `expireAt` for the collection's TTL policy
 * (firestore.indexes.json), so old windows delete themselves.
 */
import { createHmac } from 'node:crypto';
import { FieldValue, Timestamp, type Firestore } from 'firebase-admin/firestore';

export const RATE_COUNTERS = 'rateLimits';
/** Kept a little past its window, for whoever reads it late; TTL deletion is not instant anyway. */
const KEEP_AFTER_WINDOW_MS = 3_600_000;

export interface Window {
  /** What is counted, e.g. `email:<address>`; hashed before it is stored. */
  key: string;
  windowMs: number;
  limit: number;
}

export class RateCounters {
  constructor(
    private readonly db: Firestore,
    private readonly secret: string,
    private readonly clock: () => number,
  ) {}

  /** Counts one hit; true while the window's count stays within the limit. */
  async hit({ key, windowMs, limit }: Window): Promise<boolean> {
    const start = Math.floor(this.clock() / windowMs) * windowMs;
    const id = createHmac('sha256', this.secret).update(`${key}\u0000${windowMs}\u0000${start}`).digest('base64url').slice(0, 40);
    const ref = this.db.collection(RATE_COUNTERS).doc(id);
    await ref.set({ count: FieldValue.increment(1), windowStart: start, expireAt: Timestamp.fromMillis(start + windowMs + KEEP_AFTER_WINDOW_MS) }, { merge: true });
    const count = (await ref.get()).get('count');
    return typeof count === 'number' && count <= limit;
  }
}
