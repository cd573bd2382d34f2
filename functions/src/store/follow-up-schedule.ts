/**
 * Which sites the follow-up job visits: only those with work, never every site every run.
 * Two fields on `sites/{siteId}`, each with one writer, so neither can undo the other:
 *
 * - `followUpWorkAt`, stamped (a server timestamp: the commit's time) by every write that
 *   gives the job something new to plan (domain/follow-up.ts, `startsFollowUpWork`; a
 *   snooze, an email left to retry, changed hours), in the same batch as the change;
 * - `followUpDueAt` (ms), written by the job only: the next time anything at the site may
 *   be due, as the job found it (0: nothing pending).
 *
 * A run visits the sites stamped since the previous run (`jobs/followUps.seenUpTo`, the
 * read time of that run's query: commit times are in commit order, so a stamp whose batch
 * committed late is still after it) and the sites due by now. Both are range queries on
 * one field. A run that fails before it ends leaves the mark where it was: the next run
 * visits those sites again, which the job's idempotent writes allow.
 */
import { FieldValue, Timestamp, type Firestore, type Query, type QueryDocumentSnapshot, type WriteBatch } from 'firebase-admin/firestore';
import { sitesOf, type SiteDocument } from './site-store';

const PAGE = 200;

/** Adds the stamp that tells the job this site has new work to the batch that makes it (with `also`, other site fields, in the same write). */
export function stampFollowUpWork(batch: WriteBatch, db: Firestore, siteId: string, also: Record<string, unknown> = {}): void {
  batch.set(db.collection('sites').doc(siteId), { ...also, followUpWorkAt: FieldValue.serverTimestamp() }, { merge: true });
}

/** The sites one run visits, and how to record that it ended. */
export interface SitesToVisit {
  sites: SiteDocument[];
  /** Records the run as done: the stamps it saw are not visited again. */
  done(): Promise<void>;
}

export class FollowUpSchedule {
  /** `name`: the run's mark, `jobs/{name}`; another name keeps its own (a check that must not move the job's). */
  constructor(
    private readonly db: Firestore,
    private readonly name = 'followUps',
  ) {}

  private state() {
    return this.db.collection('jobs').doc(this.name);
  }

  /**
   * The sites stamped since the last run ended, and those due by `now`. The first run (no
   * mark yet: a new project, or the release that brought the schedule) visits every site once.
   */
  async sitesToVisit(now: number): Promise<SitesToVisit> {
    const seenUpTo = (await this.state().get()).get('seenUpTo') as Timestamp | undefined;
    const sites = new Map<string, SiteDocument>();
    const stamped = seenUpTo ? sitesOf(this.db).where('followUpWorkAt', '>', seenUpTo).orderBy('followUpWorkAt') : sitesOf(this.db).orderBy('siteId');
    const readTime = await this.readAll(stamped, sites);
    await this.readAll(sitesOf(this.db).where('followUpDueAt', '>', 0).where('followUpDueAt', '<=', now).orderBy('followUpDueAt'), sites);
    return {
      sites: [...sites.values()],
      done: async () => {
        await this.state().set({ seenUpTo: readTime });
      },
    };
  }

  /** The job's next visit to the site (0: none until new work is stamped). */
  async setNext(siteId: string, dueAt: number): Promise<void> {
    await this.db.collection('sites').doc(siteId).set({ followUpDueAt: dueAt }, { merge: true });
  }

  /** Reads every page of `query` into `into`; returns the first page's read time. */
  private async readAll(query: Query<SiteDocument>, into: Map<string, SiteDocument>): Promise<Timestamp> {
    let last: QueryDocumentSnapshot<SiteDocument> | undefined;
    let first: Timestamp | undefined;
    for (;;) {
      const snap = await (last ? query.startAfter(last) : query).limit(PAGE).get();
      first ??= snap.readTime;
      for (const doc of snap.docs) into.set(doc.id, doc.data());
      last = snap.docs.at(-1);
      if (!last || snap.docs.length < PAGE) return first;
    }
  }
}
