/**
 * Between the platform's webhooks and the app's lifecycle: every event is stored once
 * (a redelivery is recognised by its id) and the webhook is answered at once, because the
 * platform's deadline is short (Wix counts a webhook as failed after 1,250 ms) and an
 * install takes longer (site properties, the embed, the sample chat). Applying then
 * happens from the queue:
 *
 * - 'deferred' (Cloud Functions): a Firestore trigger on the stored document calls
 *   `process`, retried by Firestore while it fails; a scheduled `drainDue` picks up any
 *   event whose retries ran out.
 * - 'in-process' (the local stack, the tests): the same `process` runs here right after
 *   storing, in the background; the delivery is answered 'queued' at once. A test may set
 *   `answerWithinMs` to wait for the result (answered when done in time, 'queued' when
 *   not); a failure within that wait is answered as one, so the platform delivers the
 *   event again. It stays queued regardless, and the local stack's job drains it.
 *
 * Each attempt is claimed (lifecycle-event-store.ts), so an event is applied by one
 * worker at a time, and once it is done a redelivery changes nothing.
 */
import type { LifecycleDelivery, LifecycleReceipt, LifecycleResult, LifecycleSink } from '@kotha/common/platform';
import { withDeadline } from '../http/deadline';
import type { LifecycleEventStore } from '../store/lifecycle-event-store';

/** How long one attempt may hold an event before another worker may take it over. */
export const LIFECYCLE_LEASE_MS = 5 * 60_000;
/** Attempts before an event is given up (marked failed, kept for a person to look at). */
export const LIFECYCLE_MAX_ATTEMPTS = 20;

/** The wait before attempt `attempt + 1`: one minute, doubling, at most six hours. */
export function retryDelayMs(attempt: number): number {
  return Math.min(6 * 3_600_000, 60_000 * 2 ** Math.max(0, attempt - 1));
}

export interface LifecycleQueueDeps {
  events: LifecycleEventStore;
  lifecycle: { apply(event: LifecycleDelivery['event']): Promise<LifecycleResult> };
  clock: () => number;
  warn: (message: string, details: Record<string, unknown>) => void;
  mode: 'in-process' | 'deferred';
  answerWithinMs?: number;
}

/** What one call to `process` did: applied (the result), nothing to do ('done' before), or someone else holds it ('busy'). */
export type ProcessOutcome = { applied: LifecycleResult } | { done: string } | { busy: true } | { missing: true };

export class LifecycleQueue implements LifecycleSink {
  constructor(private readonly deps: LifecycleQueueDeps) {}

  async receive(delivery: LifecycleDelivery): Promise<LifecycleReceipt> {
    const { events, clock, mode } = this.deps;
    const id = events.idOf(delivery.event.siteId, delivery.id);
    const { created, stored } = await events.add(id, delivery.event, clock());
    const duplicate = !created;
    if (stored.state === 'done') return { result: stored.result as LifecycleResult, duplicate };
    if (mode === 'deferred') {
      // Delivered again before it was applied: due now, even if its retries had run out (the drain takes it).
      if (duplicate && (stored.state === 'failed' || stored.nextAttemptAt > clock())) await events.requeue(id, clock());
      return { result: 'queued', duplicate };
    }

    const work = this.process(id);
    const wait = this.deps.answerWithinMs ?? 0;
    if (wait <= 0) {
      work.catch((error: Error) => this.deps.warn('a lifecycle event failed after its webhook was answered; it stays queued', { id, error: error.message }));
      return { result: 'queued', duplicate };
    }
    const outcome = await withDeadline(work, wait, () => 'late' as const);
    if (outcome === 'late') {
      // Finishes in the background; a failure leaves it queued for the next drain.
      work.catch((error: Error) => this.deps.warn('a lifecycle event failed after its webhook was answered; it stays queued', { id, error: error.message }));
      return { result: 'queued', duplicate };
    }
    if ('applied' in outcome) return { result: outcome.applied, duplicate };
    if ('done' in outcome) return { result: outcome.done as LifecycleResult, duplicate };
    return { result: 'queued', duplicate };
  }

  /**
   * Applies one stored event unless it is done or held by another worker. A failure is
   * recorded (the next attempt is due after `retryDelayMs`) and thrown, so a retrying
   * trigger retries.
   */
  async process(id: string): Promise<ProcessOutcome> {
    const { events, clock } = this.deps;
    const stored = await events.get(id);
    if (!stored) return { missing: true };
    if (stored.state === 'done') return { done: stored.result };
    const now = clock();
    // An attempt is running; if its lease ran out (a worker that died), the next attempt is free.
    if (stored.leaseUntil > now) return { busy: true };
    const attempt = stored.attempts + 1;
    if (!(await events.claim(id, attempt, now, now + LIFECYCLE_LEASE_MS))) return { busy: true };
    try {
      const result = await this.deps.lifecycle.apply(stored.event);
      await events.finish(id, result, clock());
      return { applied: result };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await events.retryLater(id, message, clock() + retryDelayMs(attempt), attempt >= LIFECYCLE_MAX_ATTEMPTS);
      throw error;
    }
  }

  /** Applies the queued events whose next attempt is due (the scheduled safety net, and the local stack's retries). */
  async drainDue(limit = 50): Promise<{ applied: number; failed: number }> {
    let applied = 0;
    let failed = 0;
    for (const id of await this.deps.events.due(this.deps.clock(), limit)) {
      try {
        const outcome = await this.process(id);
        if ('applied' in outcome) applied++;
      } catch (error) {
        failed++;
        this.deps.warn('a queued lifecycle event failed again', { id, error: (error as Error).message });
      }
    }
    return { applied, failed };
  }
}
