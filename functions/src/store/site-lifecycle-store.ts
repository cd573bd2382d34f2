/**
 * A site's life as a Wix install, flat on `sites/{siteId}`: installed or removed since
 * when, the paid plan, and the time of the last lifecycle event applied (events older than
 * it are stale and ignored, so replays and out-of-order deliveries change nothing).
 */
import type { DocumentData, Firestore } from 'firebase-admin/firestore';

export interface SiteLifecycle {
  exists: boolean;
  enabled: boolean;
  installedAt: number;
  /** When the app was removed (ms); 0 while installed. */
  removedAt: number;
  lifecycleAt: number;
  /** The paid plan's package (vendor product id), '' on the free plan. */
  planPackage: string;
  /** When paid access ends (ms), 0 when it renews or is free. */
  planExpiresAt: number;
  originInstanceId: string;
  /** The free plan's one agent: the first Wix user who opened the inbox. */
  primaryAgent: string;
}

export class SiteLifecycleStore {
  constructor(private readonly db: Firestore) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  async get(siteId: string): Promise<SiteLifecycle> {
    const snap = await this.site(siteId).get();
    return toLifecycle(snap.exists, snap.data() ?? {});
  }

  async update(siteId: string, fields: Partial<Omit<SiteLifecycle, 'exists'>> & Record<string, unknown>): Promise<void> {
    await this.site(siteId).set({ siteId, ...fields }, { merge: true });
  }

  /** Removed sites whose grace period ended before `cutoff`, a page at a time. */
  async removedBefore(cutoff: number, limit: number): Promise<string[]> {
    const snap = await this.db.collection('sites').where('removedAt', '>', 0).where('removedAt', '<=', cutoff).orderBy('removedAt').limit(limit).get();
    return snap.docs.map((d) => d.id);
  }
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function toLifecycle(exists: boolean, data: DocumentData): SiteLifecycle {
  return {
    exists,
    enabled: data.enabled !== false,
    installedAt: num(data.installedAt),
    removedAt: num(data.removedAt),
    lifecycleAt: num(data.lifecycleAt),
    planPackage: typeof data.planPackage === 'string' ? data.planPackage : '',
    planExpiresAt: num(data.planExpiresAt),
    originInstanceId: typeof data.originInstanceId === 'string' ? data.originInstanceId : '',
    primaryAgent: typeof data.primaryAgent === 'string' ? data.primaryAgent : '',
  };
}
