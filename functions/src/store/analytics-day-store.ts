/**
 * A site's analytics per local day, `sites/{siteId}/analyticsDays/{yyyy-mm-dd}`: the
 * rollups of domain/analytics/rollup.ts, written by the rollup job and read by the
 * Analytics tab instead of the days' conversations. The date is the id and a field, so a
 * period is one range query on a single field (no composite index); the rollup itself is
 * one JSON text field, never queried inside: a day holds a few hundred nested numbers
 * (histograms, 24 hours, each teammate's), which as Firestore maps cost far more to encode
 * and decode than as one string (the emulator took ~5 ms a day document as maps).
 */
import type { CollectionReference, Firestore, FirestoreDataConverter, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { DayRollup } from '../domain/analytics/rollup';

/** Firestore's batch limit. */
const WRITES_PER_BATCH = 500;

interface StoredDay {
  date: string;
  calendarKey: string;
  rollup: string;
}

const dayConverter: FirestoreDataConverter<DayRollup, StoredDay> = {
  toFirestore(day: DayRollup): StoredDay {
    return { date: day.date, calendarKey: day.calendarKey, rollup: JSON.stringify(day) };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot<StoredDay>): DayRollup {
    return JSON.parse(snapshot.data().rollup) as DayRollup;
  },
};

export function analyticsDaysOf(db: Firestore, siteId: string): CollectionReference<DayRollup> {
  return db.collection('sites').doc(siteId).collection('analyticsDays').withConverter(dayConverter);
}

export class AnalyticsDayStore {
  constructor(private readonly db: Firestore) {}

  /** The stored days from `first` to `last` ('YYYY-MM-DD', both included), oldest first. */
  async between(siteId: string, first: string, last: string): Promise<DayRollup[]> {
    const snap = await analyticsDaysOf(this.db, siteId).where('date', '>=', first).where('date', '<=', last).orderBy('date').get();
    return snap.docs.map((d) => d.data());
  }

  /** The most recent stored day, if any. */
  async latest(siteId: string): Promise<DayRollup | null> {
    const snap = await analyticsDaysOf(this.db, siteId).orderBy('date', 'desc').limit(1).get();
    return snap.docs[0]?.data() ?? null;
  }

  /**
   * Removes the comments of these conversations from every stored day (a shopper's data
   * erased): the counts stay, they are nobody's. Reads the site's stored days, at most a
   * few hundred, writes only those that held one.
   */
  async forgetComments(siteId: string, conversationIds: ReadonlySet<string>): Promise<number> {
    if (conversationIds.size === 0) return 0;
    const snap = await analyticsDaysOf(this.db, siteId).get();
    const changed = snap.docs
      .map((d) => d.data())
      .filter((day) => day.badComments.some((c) => conversationIds.has(c.conversationId)))
      .map((day) => ({ ...day, badComments: day.badComments.filter((c) => !conversationIds.has(c.conversationId)) }));
    await this.save(siteId, changed);
    return changed.length;
  }

  /** Stores days whole (a rebuilt day replaces the old one, so no field of an old build lingers). */
  async save(siteId: string, days: readonly DayRollup[]): Promise<void> {
    for (let i = 0; i < days.length; i += WRITES_PER_BATCH) {
      const batch = this.db.batch();
      for (const day of days.slice(i, i + WRITES_PER_BATCH)) batch.set(analyticsDaysOf(this.db, siteId).doc(day.date), day);
      await batch.commit();
    }
  }
}
