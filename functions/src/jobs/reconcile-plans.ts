/**
 * The daily plan reconciliation: the platform sends no event when a paid period ends
 * (a monthly Wix plan whose renewal was cancelled simply becomes free), and a webhook can
 * be lost or late. So once a day every site with a paid plan is compared with what the
 * platform says now, and corrected where they differ (audited as `plan-change` by
 * `reconcile`). Sites are visited in id order a page at a time; one site failing does not
 * stop the others.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { PlansService } from '../plans/plans-service';
import { SiteStore } from '../store/site-store';

const PAGE = 100;

export async function reconcilePlans(db: Firestore, plans: Pick<PlansService, 'reconcile'>, log: (line: string) => void = () => {}): Promise<{ checked: number; corrected: number; failed: string[] }> {
  const sites = new SiteStore(db);
  let checked = 0;
  let corrected = 0;
  const failed: string[] = [];
  for await (const page of sites.pages(PAGE)) {
    for (const site of page) {
      // Free sites have nothing to lose; removed ones are not billed by us any more.
      if (!site.planPackage || site.removedAt > 0) continue;
      checked++;
      try {
        if (await plans.reconcile(site.siteId, 'reconcile')) corrected++;
      } catch (error) {
        failed.push(site.siteId);
        log(`could not check the plan of ${site.siteId}: ${(error as Error).message}`);
      }
    }
  }
  return { checked, corrected, failed };
}
