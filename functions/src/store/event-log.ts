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
   * only: pages of `pageSize` up to `max` events read in all. Each page starts at the last
   * one's commit time, inclusive (a range filter: the local emulator ignores query
   * cursors), so events sharing a commit time are not skipped (each batch writes one
   * event, so they are rare); the event at a page's boundary comes again, and callers drop
   * repeats by id.
   */
  async *committedAfter(siteId: string, after: number, options: { visitorId?: string; pageSize: number; max: number }): AsyncGenerator<LoggedEvent[]> {
    let base: Query<SiteEvent> = eventsOf(this.db, siteId);
    if (options.visitorId) base = base.where('visitorId', '==', options.visitorId);
    let from: { op: '>' | '>='; at: Timestamp } = { op: '>', at: Timestamp.fromMillis(after) };
    for (let read = 0; read < options.max; read += options.pageSize) {
      const snap = await base.where('committedAt', from.op, from.at).orderBy('committedAt').limit(options.pageSize).get();
      if (snap.docs.length > 0) yield snap.docs.map(logged);
      const last = snap.docs.at(-1)?.get('committedAt') as Timestamp | undefined;
      if (!last || snap.docs.length < options.pageSize) return;
      // A full page of one commit time cannot move on inclusively: the next starts after it.
      from = { op: from.op === '>=' && last.isEqual(from.at) ? '>' : '>=', at: last };
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
