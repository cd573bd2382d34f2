/**
 * The stream's event log, `sites/{siteId}/events/{eventId}`: every change clients see is
 * written here in the same batch as the change itself (chat/conversation-writes.ts), so a
 * stream can catch up from any point and other instances' site feeds hear it. Documents
 * carry `expireAt` for a Firestore TTL policy. Realtime reads it through EventLog and
 * through no other store.
 *
 * Reads select and order by `committedAt`, the commit's own time (a server timestamp),
 * not the event's `at`, which is read from the clock before the batch commits: an event
 * becomes visible in commit order, so "committed after t" never skips one whose commit
 * was slow, however slow (docs/architecture.md, "Realtime").
 */
import { FieldValue, Timestamp, type CollectionReference, type DocumentData, type Firestore, type FirestoreDataConverter, type Query, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { isEphemeral, type SiteEvent } from '../domain/conversation';

/** Events are kept this long for reconnect catch-up, then removed by a Firestore TTL policy. */
export const EVENT_RETENTION_MS = 7 * 24 * 60 * 60 * 1000;
/** Typing events only need to reach the other instances' feeds. */
const EPHEMERAL_RETENTION_MS = 60 * 1000;

/** The event document's codec: the event as sent, plus its expiry, which kind decides, and its commit time. */
export const eventConverter: FirestoreDataConverter<SiteEvent> = {
  toFirestore(event: SiteEvent): DocumentData {
    return {
      ...event,
      expireAt: Timestamp.fromMillis(event.at + (isEphemeral(event) ? EPHEMERAL_RETENTION_MS : EVENT_RETENTION_MS)),
      committedAt: FieldValue.serverTimestamp(),
    };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): SiteEvent {
    const { expireAt: _ttl, committedAt: _commit, ...event } = snapshot.data();
    return event as SiteEvent;
  },
};

/** An event as read back, with the time (ms) its write committed. */
export interface LoggedEvent {
  event: SiteEvent;
  committedAt: number;
}

const logged = (snapshot: QueryDocumentSnapshot<SiteEvent>): LoggedEvent => ({
  event: snapshot.data(),
  committedAt: (snapshot.get('committedAt') as Timestamp).toMillis(),
});

/** A site's event log, decoded. */
export function eventsOf(db: Firestore, siteId: string): CollectionReference<SiteEvent> {
  return db.collection('sites').doc(siteId).collection('events').withConverter(eventConverter);
}

export class EventLog {
  constructor(private readonly db: Firestore) {}

  /**
   * Events committed after `after` (ms), oldest commit first, optionally one visitor's
   * only: pages of `pageSize` up to `max` events in all. Pages continue from the last
   * document read, so a batch's events, which share a commit time, are never split or lost.
   */
  async *committedAfter(siteId: string, after: number, options: { visitorId?: string; pageSize: number; max: number }): AsyncGenerator<LoggedEvent[]> {
    let query: Query<SiteEvent> = eventsOf(this.db, siteId);
    if (options.visitorId) query = query.where('visitorId', '==', options.visitorId);
    query = query.where('committedAt', '>', Timestamp.fromMillis(after)).orderBy('committedAt');
    let last: QueryDocumentSnapshot<SiteEvent> | undefined;
    for (let read = 0; read < options.max; read += options.pageSize) {
      const page = last ? query.startAfter(last) : query;
      const snap = await page.limit(Math.min(options.pageSize, options.max - read)).get();
      if (snap.docs.length > 0) yield snap.docs.map(logged);
      last = snap.docs.at(-1);
      if (!last || snap.docs.length < options.pageSize) return;
    }
  }

  /**
   * Listens to a site's newest events (bounded: the last `limit` committed after `after`),
   * oldest commit first. Returns the unsubscribe function.
   */
  watch(siteId: string, after: number, limit: number, onEvents: (events: LoggedEvent[]) => void, onError: (error: Error) => void): () => void {
    return eventsOf(this.db, siteId)
      .where('committedAt', '>', Timestamp.fromMillis(after))
      .orderBy('committedAt', 'desc')
      .limit(limit)
      .onSnapshot((snap) => onEvents(snap.docs.map(logged).reverse()), onError);
  }
}
