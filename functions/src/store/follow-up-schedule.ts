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
import { FieldValue, Timestamp, type Firestore, type Query, type WriteBatch } from 'firebase-admin/firestore';
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
    const found = new Map<string, SiteDocument>();
    const sites = sitesOf(this.db);
    const after = (from: unknown, strict: boolean) => (from === undefined || strict ? '>' : '>=');
    const readTime = seenUpTo
      ? await readAll((from, strict) => sites.where('followUpWorkAt', after(from, strict), from ?? seenUpTo).orderBy('followUpWorkAt'), 'followUpWorkAt', found)
      : await readAll((from) => (from === undefined ? sites : sites.where('siteId', '>', from)).orderBy('siteId'), 'siteId', found);
    await readAll((from, strict) => sites.where('followUpDueAt', after(from, strict), from ?? 0).where('followUpDueAt', '<=', now).orderBy('followUpDueAt'), 'followUpDueAt', found);
    return {
      sites: [...found.values()],
      done: async () => {
        await this.state().set({ seenUpTo: readTime });
      },
    };
  }

  /**
   * The sites stamped at or after `since` (ms): every site where a conversation began or
   * opened again, a wait began, or the hours changed since then. Other jobs that only have
   * work where something happened (the analytics rollups) walk these instead of every site.
   */
  async stampedSince(since: number): Promise<SiteDocument[]> {
    const found = new Map<string, SiteDocument>();
    const sites = sitesOf(this.db);
    const from = Timestamp.fromMillis(since);
    await readAll((after, strict) => sites.where('followUpWorkAt', after === undefined ? '>=' : strict ? '>' : '>=', after ?? from).orderBy('followUpWorkAt'), 'followUpWorkAt', found);
    return [...found.values()];
  }

  /** The job's next visit to the site (0: none until new work is stamped). */
  async setNext(siteId: string, dueAt: number): Promise<void> {
    await this.db.collection('sites').doc(siteId).set({ followUpDueAt: dueAt }, { merge: true });
  }
}

/**
 * Reads every page of a query ordered by `field` into `into` (by site id, so a repeat is
 * dropped). `page(from)` is the query from a value of `field` on: undefined from the
 * start, else the last page's last value, inclusive, unless `strict` (paging by range
 * filter: the local emulator ignores query cursors; a full page of one value moves on
 * strictly after it). Returns the first page's read time.
 */
async function readAll(page: (from: unknown, strict: boolean) => Query<SiteDocument>, field: string, into: Map<string, SiteDocument>): Promise<Timestamp> {
  let from: unknown;
  let strict = false;
  let first: Timestamp | undefined;
  for (;;) {
    const snap = await page(from, strict).limit(PAGE).get();
    first ??= snap.readTime;
    for (const doc of snap.docs) into.set(doc.id, doc.data());
    const last = snap.docs.at(-1)?.get(field);
    if (last === undefined || snap.docs.length < PAGE) return first;
    strict = from !== undefined && !strict && sameValue(last, from);
    from = last;
  }
}

const sameValue = (a: unknown, b: unknown) => (a instanceof Timestamp && b instanceof Timestamp ? a.isEqual(b) : a === b);
