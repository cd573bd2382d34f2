/**
 * The platform's lifecycle events as received, one document each in the top-level
 * `lifecycleEvents` collection: the queue between the webhook (which must answer within
 * the platform's deadline) and applying the event (which may take longer, and may fail and
 * be tried again). Flat documents; the event itself is kept as JSON text. A delivery is
 * stored once under an id derived from the platform's own id for it, so a redelivery finds
 * the first. Applying is claimed with `create()` of a claim document per attempt (the one
 * write that refuses to happen twice, on Firestore and on the emulator alike; see
 * docs/architecture.md), so two workers never apply the same event at once. Documents
 * carry `expireAt` for the TTL policy: the queue keeps 30 days of history.
 */
import { createHash } from 'node:crypto';
import { Timestamp, type DocumentData, type Firestore } from 'firebase-admin/firestore';
import type { LifecycleEvent } from '@kotha/common/platform';
import { commitClaim, isAlreadyExists } from './already-exists';

/** How long a received event (and its claims) is kept. */
export const LIFECYCLE_EVENT_RETENTION_MS = 30 * 86_400_000;

export type LifecycleEventState = 'queued' | 'done' | 'failed';

export interface StoredLifecycleEvent {
  id: string;
  siteId: string;
  type: LifecycleEvent['type'];
  /** When the platform issued it (ms). */
  at: number;
  event: LifecycleEvent;
  state: LifecycleEventState;
  /** What applying it did ('' until done). */
  result: string;
  /** Attempts claimed so far. */
  attempts: number;
  /** Until when the running attempt holds it (0: nobody is applying it). */
  leaseUntil: number;
  /** When a worker may try it next. */
  nextAttemptAt: number;
  lastError: string;
  receivedAt: number;
  doneAt: number;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : 0);

function decode(id: string, data: DocumentData): StoredLifecycleEvent {
  return {
    id,
    siteId: text(data.siteId),
    type: text(data.type) as LifecycleEvent['type'],
    at: num(data.at),
    event: JSON.parse(text(data.event) || '{}') as LifecycleEvent,
    state: data.state === 'done' || data.state === 'failed' ? data.state : 'queued',
    result: text(data.result),
    attempts: num(data.attempts),
    leaseUntil: num(data.leaseUntil),
    nextAttemptAt: num(data.nextAttemptAt),
    lastError: text(data.lastError),
    receivedAt: num(data.receivedAt),
    doneAt: num(data.doneAt),
  };
}

export class LifecycleEventStore {
  constructor(private readonly db: Firestore) {}

  private get events() {
    return this.db.collection('lifecycleEvents');
  }

  private get claims() {
    return this.db.collection('lifecycleClaims');
  }

  /** The document id of a delivery: the same for every delivery of one event of one site. */
  idOf(siteId: string, deliveryId: string): string {
    return createHash('sha256').update(`${siteId}\n${deliveryId}`).digest('hex').slice(0, 40);
  }

  /** Stores a received event; `created: false` with the stored one when it was received before. */
  async add(id: string, event: LifecycleEvent, now: number): Promise<{ created: boolean; stored: StoredLifecycleEvent }> {
    const fields = {
      siteId: event.siteId,
      type: event.type,
      at: event.at,
      event: JSON.stringify(event),
      state: 'queued',
      result: '',
      attempts: 0,
      leaseUntil: 0,
      nextAttemptAt: now,
      lastError: '',
      receivedAt: now,
      doneAt: 0,
      expireAt: Timestamp.fromMillis(now + LIFECYCLE_EVENT_RETENTION_MS),
    };
    try {
      await this.events.doc(id).create(fields);
      return { created: true, stored: decode(id, fields) };
    } catch (error) {
      if (!isAlreadyExists(error)) throw error;
      const stored = await this.get(id);
      if (!stored) throw error;
      return { created: false, stored };
    }
  }

  async get(id: string): Promise<StoredLifecycleEvent | null> {
    const snap = await this.events.doc(id).get();
    return snap.exists ? decode(id, snap.data()!) : null;
  }

  /**
   * Claims attempt `attempt` of an event until `leaseUntil`: the claim document and the
   * event's attempt count and lease are written in one batch whose first write is a
   * `create()`, so of two workers asking for the same attempt one gets it and the other is
   * told no. A worker that dies holding it leaves a lease that runs out.
   */
  async claim(id: string, attempt: number, now: number, leaseUntil: number): Promise<boolean> {
    const batch = this.db.batch();
    batch.create(this.claims.doc(`${id}_${attempt}`), { eventId: id, attempt, at: now, leaseUntil, expireAt: Timestamp.fromMillis(now + LIFECYCLE_EVENT_RETENTION_MS) });
    batch.update(this.events.doc(id), { attempts: attempt, leaseUntil });
    return commitClaim(batch);
  }

  async finish(id: string, result: string, now: number): Promise<void> {
    await this.events.doc(id).update({ state: 'done', result, doneAt: now, lastError: '', leaseUntil: 0 });
  }

  /** Puts a failed attempt back in the queue for `nextAttemptAt`, or gives up ('failed'). */
  async retryLater(id: string, error: string, nextAttemptAt: number, giveUp: boolean): Promise<void> {
    await this.events.doc(id).update({ state: giveUp ? 'failed' : 'queued', lastError: error.slice(0, 500), nextAttemptAt, leaseUntil: 0 });
  }

  /** Makes a stored event due now again (the platform delivered it again): queued, even if it had been given up. */
  async requeue(id: string, now: number): Promise<void> {
    await this.events.doc(id).update({ state: 'queued', nextAttemptAt: now });
  }

  /** Ids of queued events whose next attempt is due, oldest first. */
  async due(now: number, limit: number): Promise<string[]> {
    const snap = await this.events.where('state', '==', 'queued').where('nextAttemptAt', '<=', now).orderBy('nextAttemptAt').limit(limit).get();
    return snap.docs.map((d) => d.id);
  }
}
