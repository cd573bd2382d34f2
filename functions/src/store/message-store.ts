/**
 * Messages, `sites/{siteId}/conversations/{conversationId}/messages/{messageId}`, ids
 * chosen by the client so a retried send is recognised. Written only with their
 * conversation's summary and event (chat/conversation-writes.ts); read here.
 */
import type { CollectionReference, Firestore, FirestoreDataConverter, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { HelpTrail, Message } from '@kotha/common/contract';

/** The message document's codec: stored as sent; optional marks only when set. */
export const messageConverter: FirestoreDataConverter<Message> = {
  toFirestore(message: Message): Message {
    return message;
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): Message {
    const data = snapshot.data();
    const message: Message = {
      id: String(data.id),
      conversationId: String(data.conversationId),
      author: data.author,
      authorName: data.authorName ?? null,
      text: String(data.text),
      createdAt: Number(data.createdAt),
    };
    if (data.automatic === true) message.automatic = true;
    if (typeof data.authorPhotoUrl === 'string') message.authorPhotoUrl = data.authorPhotoUrl;
    if (data.help && typeof data.help === 'object') message.help = helpTrailOf(data.help as Record<string, unknown>);
    return message;
  },
};

/** A stored hand-over trail, every field checked. */
function helpTrailOf(data: Record<string, unknown>): HelpTrail {
  const articles = Array.isArray(data.articles) ? (data.articles as Array<Record<string, unknown>>) : [];
  return {
    articles: articles.map((a) => ({ id: String(a.id), title: String(a.title ?? ''), helped: typeof a.helped === 'boolean' ? a.helped : null })),
    orderNumber: typeof data.orderNumber === 'string' ? data.orderNumber : null,
    reason: data.reason === 'not-helped' || data.reason === 'order' ? data.reason : 'talk-to-person',
  };
}

/** A conversation's messages, decoded. */
export function messagesOf(db: Firestore, siteId: string, conversationId: string): CollectionReference<Message> {
  return db.collection('sites').doc(siteId).collection('conversations').doc(conversationId).collection('messages').withConverter(messageConverter);
}

export class MessageStore {
  constructor(private readonly db: Firestore) {}

  /**
   * Messages after `since` (oldest first); or the latest `limit` before `before` (or of all,
   * when neither is given), oldest first.
   */
  async list(siteId: string, conversationId: string, options: { since?: number; before?: number; limit: number }): Promise<Message[]> {
    const collection = messagesOf(this.db, siteId, conversationId);
    if (options.before !== undefined) {
      const snap = await collection.where('createdAt', '<', options.before).orderBy('createdAt', 'desc').limit(options.limit).get();
      return snap.docs.map((d) => d.data()).reverse();
    }
    if (options.since !== undefined) {
      const snap = await collection.where('createdAt', '>', options.since).orderBy('createdAt').limit(options.limit).get();
      return snap.docs.map((d) => d.data());
    }
    const snap = await collection.orderBy('createdAt', 'desc').limit(options.limit).get();
    return snap.docs.map((d) => d.data()).reverse();
  }

  async get(siteId: string, conversationId: string, messageId: string): Promise<Message | null> {
    return (await messagesOf(this.db, siteId, conversationId).doc(messageId).get()).data() ?? null;
  }
}
