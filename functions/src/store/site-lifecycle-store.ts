/**
 * A site's life as a Wix install, flat on `sites/{siteId}`: installed or removed since
 * when, the paid plan, and the time of the last lifecycle event applied (events older than
 * it are stale and ignored, so replays and out-of-order deliveries change nothing). The
 * document and its codec are site-store.ts's; this is the install's view of it.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { blankSite, sitesOf, type SiteDocument } from './site-store';

/** gRPC's NOT_FOUND, what an update of a missing document fails with. */
const NOT_FOUND = 5;

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

  async get(siteId: string): Promise<SiteLifecycle> {
    const snap = await sitesOf(this.db).doc(siteId).get();
    return toLifecycle(snap.exists, snap.data() ?? blankSite(siteId));
  }

  async update(siteId: string, fields: Partial<Omit<SiteLifecycle, 'exists'>> & { language?: string }): Promise<void> {
    await sitesOf(this.db).doc(siteId).set({ siteId, ...fields }, { merge: true });
  }

  /**
   * Updates the fields of a site that has a document, and creates none: what the dashboard
   * records (the seat, the plan it read) must not make a site out of a merchant's visit.
   * False when there is no document.
   */
  async updateExisting(siteId: string, fields: Partial<Pick<SiteLifecycle, 'primaryAgent' | 'planPackage' | 'planExpiresAt'>>): Promise<boolean> {
    try {
      await sitesOf(this.db).doc(siteId).update(fields);
      return true;
    } catch (error) {
      if ((error as { code?: unknown }).code === NOT_FOUND) return false;
      throw error;
    }
  }

  /** Removed sites whose grace period ended before `cutoff`, a page at a time. */
  async removedBefore(cutoff: number, limit: number): Promise<string[]> {
    const snap = await sitesOf(this.db).where('removedAt', '>', 0).where('removedAt', '<=', cutoff).orderBy('removedAt').limit(limit).get();
    return snap.docs.map((d) => d.id);
  }
}

function toLifecycle(exists: boolean, site: SiteDocument): SiteLifecycle {
  const { enabled, installedAt, removedAt, lifecycleAt, planPackage, planExpiresAt, originInstanceId, primaryAgent } = site;
  return { exists, enabled, installedAt, removedAt, lifecycleAt, planPackage, planExpiresAt, originInstanceId, primaryAgent };
}
