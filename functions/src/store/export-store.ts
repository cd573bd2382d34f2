/**
 * Whole-site reads and per-shopper deletes: exports of a date range or of everything
 * (GDPR access), and erasing one shopper's data (GDPR erasure). Explicit, bounded queries
 * and batched deletes (the Firestore subset in docs/architecture.md), with an audit record of each request.
 */
import type { CollectionReference, Firestore, Query } from 'firebase-admin/firestore';
import type { Conversation, Message, Note } from '@kotha/common/contract';
import { conversationsOf } from './conversation-store';
import { messagesOf } from './message-store';
import { notesOf } from './note-store';

const PAGE = 200;

export class ExportStore {
  constructor(private readonly db: Firestore) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  /**
   * Every conversation active in [from, to), newest first, with all its messages and notes,
   * read a page at a time (range cursors, docs/architecture.md), so an export of any size streams.
   */
  async *conversationsBetween(siteId: string, from: number, to: number): AsyncGenerator<Conversation & { messages: Message[]; notes: Note[] }> {
    const conversations = conversationsOf(this.db, siteId);
    let before = to;
    // Conversations sharing the boundary time are read again: skip the ones already given.
    let atBoundary = new Set<string>();
    for (;;) {
      const snap = await conversations.where('updatedAt', '>=', from).where('updatedAt', '<=', before).orderBy('updatedAt', 'desc').limit(PAGE).get();
      const fresh = snap.docs.map((d) => d.data().conversation).filter((c) => c.updatedAt < to && !atBoundary.has(c.id));
      for (const conversation of fresh) {
        const [messages, notes] = await Promise.all([this.all(messagesOf(this.db, siteId, conversation.id)), this.all(notesOf(this.db, siteId, conversation.id))]);
        yield { ...conversation, messages, notes };
      }
      const last = snap.docs.at(-1)?.get('updatedAt') as number | undefined;
      // A full page all at one time would read itself again: range cursors cannot go on.
      if (snap.size < PAGE || last === undefined || (fresh.length === 0 && last === before)) return;
      atBoundary = new Set([...(last === before ? atBoundary : []), ...snap.docs.filter((d) => d.get('updatedAt') === last).map((d) => d.id)]);
      before = last;
    }
  }

  /** All of a conversation's messages or notes, oldest first, a page at a time. */
  private async all<T extends { createdAt: number }>(collection: CollectionReference<T>): Promise<T[]> {
    const out: T[] = [];
    for (let after = -1; ; ) {
      const snap = await collection.where('createdAt', '>', after).orderBy('createdAt').limit(PAGE).get();
      out.push(...snap.docs.map((d) => d.data() as T));
      if (snap.size < PAGE) return out;
      after = out.at(-1)!.createdAt;
    }
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
    // What they searched and read in the help center.
    await drain(this.site(siteId).collection('helpEvents').where('visitorId', '==', visitorId));
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
