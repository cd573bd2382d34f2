/**
 * A site's life as an install, flat on `sites/{siteId}`: installed or removed since when,
 * the paid plan, and two clocks: the time of the last install or removal applied and the
 * time of the last plan event applied (an event older than its own clock is stale and
 * ignored, so replays and out-of-order deliveries change nothing, and a plan event never
 * makes an install look old). The document and its codec are site-store.ts's; this is the
 * install's view of it.
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
  /** When paid access ends (ms); 0 when it renews, is free, or lasts until the platform says the site is free. */
  planExpiresAt: number;
  originInstanceId: string;
  /** The free plan's one agent: the first Wix user who opened the inbox. */
  primaryAgent: string;
}

/** The plan as stored, with its own clock: what plan events and the reconciliation read and write. */
export interface SitePlanState {
  planPackage: string;
  planExpiresAt: number;
  /** Whether the plan renews by itself (false once its renewal is cancelled). */
  planRenews: boolean;
  /** The time of the last plan event applied; older plan events are stale. */
  planEventAt: number;
  /** When the plan was last compared with the platform's. */
  planCheckedAt: number;
}

export class SiteLifecycleStore {
  constructor(private readonly db: Firestore) {}

  async get(siteId: string): Promise<SiteLifecycle> {
    const snap = await sitesOf(this.db).doc(siteId).get();
    return toLifecycle(snap.exists, snap.data() ?? blankSite(siteId));
  }

  async planState(siteId: string): Promise<SitePlanState> {
    const { planPackage, planExpiresAt, planRenews, planEventAt, planCheckedAt } = (await sitesOf(this.db).doc(siteId).get()).data() ?? blankSite(siteId);
    return { planPackage, planExpiresAt, planRenews, planEventAt, planCheckedAt };
  }

  async update(siteId: string, fields: Partial<Omit<SiteLifecycle, 'exists'> & SitePlanState> & { language?: string }): Promise<void> {
    await sitesOf(this.db).doc(siteId).set({ siteId, ...fields }, { merge: true });
  }

  /**
   * Updates the fields of a site that has a document, and creates none: what the dashboard
   * records (the seat, the plan it read) must not make a site out of a merchant's visit.
   * False when there is no document.
   */
  async updateExisting(siteId: string, fields: Partial<Omit<SiteLifecycle, 'exists'> & SitePlanState>): Promise<boolean> {
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
