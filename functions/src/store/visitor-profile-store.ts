/** What a shopper told us about themselves, or Wix did: `sites/{siteId}/visitors/{visitorId}`. */
import type { DocumentData, Firestore } from 'firebase-admin/firestore';
import type { Presence, Visit } from '../domain/visits';

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
    return profileOf((await this.doc(siteId, visitorId).get()).data());
  }

  /** The profile and the visit, which share one document: one read. */
  async getWithVisit(siteId: string, visitorId: string): Promise<{ profile: VisitorProfile | null; visit: Visit | null }> {
    const data = (await this.doc(siteId, visitorId).get()).data();
    return { profile: profileOf(data), visit: visitOf(data) };
  }

  async save(siteId: string, visitorId: string, profile: VisitorProfile, at: number): Promise<void> {
    // Merged: the visit's fields share the document.
    await this.doc(siteId, visitorId).set({ ...profile, visitorId, updatedAt: at }, { merge: true });
  }

  /** Links the shopper to the platform's contact for them (matched or created when they left an email). */
  async linkContact(siteId: string, visitorId: string, contactId: string): Promise<void> {
    await this.doc(siteId, visitorId).set({ visitorId, platformContactId: contactId }, { merge: true });
  }

  /** The shoppers linked to a contact of the platform (at most a page: one person rarely has many). */
  async visitorsOfContact(siteId: string, contactId: string): Promise<string[]> {
    const snap = await this.db.collection('sites').doc(siteId).collection('visitors').where('platformContactId', '==', contactId).limit(100).get();
    return snap.docs.map((d) => d.id);
  }

  async getVisit(siteId: string, visitorId: string): Promise<Visit | null> {
    return visitOf((await this.doc(siteId, visitorId).get()).data());
  }

  /** The visit as a whole (two tabs racing lose at most a page view, never a message). */
  async saveVisit(siteId: string, visitorId: string, visit: Visit): Promise<void> {
    const { pages, ...rest } = visit;
    await this.doc(siteId, visitorId).set({ ...rest, visitPages: pages, visitorId }, { merge: true });
  }

  /** The last signs of the shopper on the site: their last page view and their stream's last beat. */
  async presence(siteId: string, visitorId: string): Promise<Presence> {
    const data = (await this.doc(siteId, visitorId).get()).data();
    const num = (value: unknown) => (typeof value === 'number' ? value : 0);
    return { lastPageViewAt: num(data?.lastSeenAt), streamSeenAt: num(data?.streamSeenAt) };
  }

  /** The shopper's stream is open at `at` (a beat, domain/visits.ts); merged, so the visit's fields stay. */
  async streamSeen(siteId: string, visitorId: string, at: number): Promise<void> {
    await this.doc(siteId, visitorId).set({ visitorId, streamSeenAt: at }, { merge: true });
  }
}

function profileOf(data: DocumentData | undefined): VisitorProfile | null {
  if (!data) return null;
  return { name: data.name ?? null, email: data.email ?? null, wixMemberId: data.wixMemberId ?? null, verified: data.verified === true };
}

function visitOf(data: DocumentData | undefined): Visit | null {
  if (!data || typeof data.firstSeenAt !== 'number') return null;
  return {
    firstSeenAt: data.firstSeenAt,
    lastSeenAt: Number(data.lastSeenAt ?? data.firstSeenAt),
    visitStartedAt: Number(data.visitStartedAt ?? data.firstSeenAt),
    pages: Array.isArray(data.visitPages) ? data.visitPages : [],
    referrer: data.referrer ?? null,
    userAgent: data.userAgent ?? null,
    language: data.language ?? null,
    timeZone: data.timeZone ?? null,
  };
}
