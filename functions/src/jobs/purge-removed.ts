/**
 * Deletes the data of sites removed more than 30 days ago, in bounded batches with
 * explicit queries (no recursiveDelete, no collectionGroup: the Firestore subset Kotha
 * keeps to, see docs/architecture.md). A run deletes at most `budget` documents and picks
 * up where it stopped next time; the site document goes last, so an interrupted purge is
 * found again.
 */
import type { CollectionReference, Firestore } from 'firebase-admin/firestore';
import { DATA_GRACE_MS } from '../platform/app-lifecycle';
import { SiteLifecycleStore } from '../store/site-lifecycle-store';

const PAGE = 200;

export async function purgeRemovedSites(db: Firestore, clock: () => number, budget = 5_000): Promise<{ sites: number; documents: number }> {
  const sites = new SiteLifecycleStore(db);
  let documents = 0;
  let finished = 0;
  for (const siteId of await sites.removedBefore(clock() - DATA_GRACE_MS, 10)) {
    const site = db.collection('sites').doc(siteId);
    const deleteAll = async (collection: CollectionReference, children?: (id: string) => CollectionReference[]) => {
      for (;;) {
        if (documents >= budget) return false;
        const page = await collection.limit(PAGE).get();
        if (page.empty) return true;
        for (const doc of page.docs) for (const child of children?.(doc.id) ?? []) if (!(await deleteAll(child))) return false;
        const batch = db.batch();
        page.docs.forEach((doc) => batch.delete(doc.ref));
        await batch.commit();
        documents += page.size;
      }
    };
    const conversations = site.collection('conversations');
    const done =
      (await deleteAll(conversations, (id) => [conversations.doc(id).collection('messages')])) &&
      (await deleteAll(site.collection('events'))) &&
      (await deleteAll(site.collection('outbox'))) &&
      (await deleteAll(site.collection('config'))) &&
      // What shoppers told us and their links to the platform's contacts; when owners were last alerted.
      (await deleteAll(site.collection('visitors'))) &&
      (await deleteAll(site.collection('alerts'))) &&
      // The analytics days (they hold bad ratings' comments).
      (await deleteAll(site.collection('analyticsDays')));
    if (!done) break;
    await site.delete();
    finished++;
  }
  return { sites: finished, documents };
}
