/** What a shopper told us about themselves, or Wix did: `sites/{siteId}/visitors/{visitorId}`. */
import type { Firestore } from 'firebase-admin/firestore';

export interface VisitorProfile {
  name: string | null;
  email: string | null;
  wixMemberId: string | null;
  verified: boolean;
}

export class VisitorProfileStore {
  constructor(private readonly db: Firestore) {}

  private doc(siteId: string, visitorId: string) {
    return this.db.collection('sites').doc(siteId).collection('visitors').doc(visitorId);
  }

  async get(siteId: string, visitorId: string): Promise<VisitorProfile | null> {
    const data = (await this.doc(siteId, visitorId).get()).data();
    if (!data) return null;
    return { name: data.name ?? null, email: data.email ?? null, wixMemberId: data.wixMemberId ?? null, verified: data.verified === true };
  }

  async save(siteId: string, visitorId: string, profile: VisitorProfile, at: number): Promise<void> {
    await this.doc(siteId, visitorId).set({ ...profile, visitorId, updatedAt: at });
  }
}
