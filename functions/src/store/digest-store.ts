/**
 * What the weekly digest keeps on the site's document (through the site codec): the
 * owner's switch (`weeklyDigest`, off by default) and the ISO week last claimed for
 * sending (`digestSentWeek`). Only opted-in sites are ever listed, by one indexed query
 * (weeklyDigest == true, in siteId order), so sites without the digest cost no read.
 */
import type { Firestore } from 'firebase-admin/firestore';
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
   * Claims `week`'s digest for sending, in a transaction: true for exactly one caller per
   * site and week, however many runs or instances try; false when it was claimed already
   * or the owner turned the digest off meanwhile.
   */
  async claimWeek(siteId: string, week: string): Promise<boolean> {
    const ref = sitesOf(this.db).doc(siteId);
    return this.db.runTransaction(async (tx) => {
      const site = (await tx.get(ref)).data();
      if (!site?.weeklyDigest || site.digestSentWeek === week) return false;
      tx.update(ref, { digestSentWeek: week });
      return true;
    });
  }
}
