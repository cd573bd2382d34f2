/**
 * What the weekly digest keeps on the site's document (through the site codec): the
 * owner's switch (`weeklyDigest`, off by default) and the ISO week last claimed for
 * sending (`digestSentWeek`, so a run skips the site without another read; the claim
 * itself is `sites/{id}/digests/{week}`). Only opted-in sites are ever listed, by one indexed query
 * (weeklyDigest == true, in siteId order), so sites without the digest cost no read.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { commitClaim } from './already-exists';
import { sitesOf, type SiteDocument } from './site-store';

export class DigestStore {
  constructor(private readonly db: Firestore) {}

  async enabled(siteId: string): Promise<boolean> {
    return (await sitesOf(this.db).doc(siteId).get()).data()?.weeklyDigest ?? false;
  }

  async setEnabled(siteId: string, enabled: boolean): Promise<void> {
    await sitesOf(this.db).doc(siteId).set({ siteId, weeklyDigest: enabled }, { merge: true });
  }

  /** One page of opted-in sites after `after`, in id order, and where the next page starts (null after the last). */
  async optedInAfter(after: string, limit: number): Promise<{ sites: SiteDocument[]; next: string | null }> {
    const snap = await sitesOf(this.db).where('weeklyDigest', '==', true).where('siteId', '>', after).orderBy('siteId').limit(limit).get();
    const sites = snap.docs.map((d) => d.data());
    return { sites, next: sites.length < limit ? null : sites.at(-1)!.siteId };
  }

  /**
   * Claims `week`'s digest for sending: true for exactly one caller per site and week,
   * however many runs or instances try. The claim is a `create()` of
   * `sites/{id}/digests/{week}` in one batch with the site's `digestSentWeek`, so of two
   * callers one gets it and the other is told no (a precondition, not a transaction:
   * Firestore and the local emulator agree on it).
   */
  async claimWeek(siteId: string, week: string, now: number): Promise<boolean> {
    const batch = this.db.batch();
    batch.create(this.db.collection('sites').doc(siteId).collection('digests').doc(week), { week, claimedAt: now });
    batch.update(sitesOf(this.db).doc(siteId), { digestSentWeek: week });
    return commitClaim(batch);
  }
}
