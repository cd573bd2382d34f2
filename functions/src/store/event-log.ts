/**
 * The stream's event log, `sites/{siteId}/events/{eventId}`: every change clients see is
 * written here in the same batch as the change itself (chat/conversation-writes.ts), so a
 * stream can catch up from any point and other instances' site feeds hear it. Documents
 * carry `expireAt` for a Firestore TTL policy. Realtime reads it through EventLog and
 * through no other store.
 */
import { Timestamp, type CollectionReference, type DocumentData, type Firestore, type FirestoreDataConverter, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { isEphemeral, type SiteEvent } from '../domain/conversation';

/** Events are kept this long for reconnect catch-up, then removed by a Firestore TTL policy. */
export const EVENT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Typing events only need to reach the other instances' feeds. */
const EPHEMERAL_RETENTION_MS = 60 * 1000;

/** The event document's codec: the event as sent, plus its expiry, which kind decides. */
export const eventConverter: FirestoreDataConverter<SiteEvent> = {
  toFirestore(event: SiteEvent): DocumentData {
    return { ...event, expireAt: Timestamp.fromMillis(event.at + (isEphemeral(event) ? EPHEMERAL_RETENTION_MS : EVENT_RETENTION_MS)) };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): SiteEvent {
    const { expireAt: _ttl, ...event } = snapshot.data();
    return event as SiteEvent;
  },
};

/** A site's event log, decoded. */
export function eventsOf(db: Firestore, siteId: string): CollectionReference<SiteEvent> {
  return db.collection('sites').doc(siteId).collection('events').withConverter(eventConverter);
}

export class EventLog {
  constructor(private readonly db: Firestore) {}

  /** Events after `after` (oldest first), optionally one visitor's only. */
  async after(siteId: string, after: number, options: { visitorId?: string; limit: number }): Promise<SiteEvent[]> {
    let query: Query<SiteEvent> = eventsOf(this.db, siteId);
    if (options.visitorId) query = query.where('visitorId', '==', options.visitorId);
    const snap = await query.where('at', '>', after).orderBy('at').limit(options.limit).get();
    return snap.docs.map((d) => d.data());
  }

  /**
   * Listens to a site's newest events (bounded: the last `limit` after `after`), oldest
   * first. Returns the unsubscribe function.
   */
  watch(siteId: string, after: number, limit: number, onEvents: (events: SiteEvent[]) => void, onError: (error: Error) => void): () => void {
    return eventsOf(this.db, siteId)
      .where('at', '>', after)
      .orderBy('at', 'desc')
      .limit(limit)
      .onSnapshot((snap) => onEvents(snap.docs.map((d) => d.data()).reverse()), onError);
  }
}
