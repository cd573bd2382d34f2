/**
 * Whole-site reads and per-shopper deletes: exports of a date range or of everything
 * (GDPR access), and erasing one shopper's data (GDPR erasure). Explicit, bounded queries
 * and batched deletes (DESIGN.md's subset), with an audit record of each request.
 */
import type { Firestore, Query } from 'firebase-admin/firestore';
import type { Conversation, Message } from '../contract';
import { toRecord } from './chat-store';

const PAGE = 200;

export class ExportStore {
  constructor(private readonly db: Firestore) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  /** Conversations active in [from, to), newest first, at most `limit`. */
  async conversationsBetween(siteId: string, from: number, to: number, limit: number): Promise<Conversation[]> {
    const snap = await this.site(siteId).collection('conversations').where('updatedAt', '>=', from).where('updatedAt', '<', to).orderBy('updatedAt', 'desc').limit(limit).get();
    return snap.docs.map((d) => toRecord(d.data()).conversation);
  }

  async messagesOf(siteId: string, conversationId: string, limit: number): Promise<Message[]> {
    const snap = await this.site(siteId).collection('conversations').doc(conversationId).collection('messages').orderBy('createdAt').limit(limit).get();
    return snap.docs.map((d) => d.data() as Message);
  }

  /** Deletes everything stored about one shopper; returns how many documents went. */
  async deleteVisitor(siteId: string, visitorId: string): Promise<number> {
    const conversations = this.site(siteId).collection('conversations');
    let deleted = 0;
    const drain = async (query: Query) => {
      for (;;) {
        const page = await query.limit(PAGE).get();
        if (page.empty) return;
        const batch = this.db.batch();
        page.docs.forEach((d) => batch.delete(d.ref));
        await batch.commit();
        deleted += page.size;
      }
    };
    for (;;) {
      const page = await conversations.where('visitorId', '==', visitorId).limit(PAGE).get();
      if (page.empty) break;
      for (const doc of page.docs) {
        await drain(doc.ref.collection('messages'));
        await drain(doc.ref.collection('notes'));
      }
      await drain(conversations.where('visitorId', '==', visitorId));
    }
    await drain(this.site(siteId).collection('events').where('visitorId', '==', visitorId));
    // What they told us (name, email) and their visit (pages, browser).
    const profile = this.site(siteId).collection('visitors').doc(visitorId);
    if ((await profile.get()).exists) {
      await profile.delete();
      deleted += 1;
    }
    return deleted;
  }

  /** Who asked for what, kept with the site (GDPR accountability). */
  async audit(siteId: string, entry: { action: string; by: string; at: number; details: Record<string, unknown> }): Promise<void> {
    await this.site(siteId).collection('audit').add(entry);
  }
}
