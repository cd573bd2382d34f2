/**
 * Private notes, `sites/{siteId}/conversations/{conversationId}/notes/{noteId}`: a
 * collection of their own, so no shopper query can reach them. Written with their
 * team-only event (chat/conversation-writes.ts); read here.
 */
import type { CollectionReference, Firestore, FirestoreDataConverter, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { Note } from '@kotha/common/contract';

/** The note document's codec: stored as written. */
export const noteConverter: FirestoreDataConverter<Note> = {
  toFirestore(note: Note): Note {
    return note;
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): Note {
    const data = snapshot.data();
    return { id: String(data.id), conversationId: String(data.conversationId), authorUid: String(data.authorUid), text: String(data.text), createdAt: Number(data.createdAt) };
  },
};

/** A conversation's notes, decoded. */
export function notesOf(db: Firestore, siteId: string, conversationId: string): CollectionReference<Note> {
  return db.collection('sites').doc(siteId).collection('conversations').doc(conversationId).collection('notes').withConverter(noteConverter);
}

export class NoteStore {
  constructor(private readonly db: Firestore) {}

  /** A conversation's notes, oldest first. */
  async list(siteId: string, conversationId: string, limit: number): Promise<Note[]> {
    const snap = await notesOf(this.db, siteId, conversationId).orderBy('createdAt').limit(limit).get();
    return snap.docs.map((d) => d.data());
  }

  async get(siteId: string, conversationId: string, noteId: string): Promise<Note | null> {
    return (await notesOf(this.db, siteId, conversationId).doc(noteId).get()).data() ?? null;
  }
}
