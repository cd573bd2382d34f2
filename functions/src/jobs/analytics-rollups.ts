/**
 * The analytics rollup job (run every hour by onSchedule, so each site's day is stored
 * soon after it ends in the site's own zone): for every enabled site, its final days are
 * stored, built again for a week, and counted again after the calendar changed
 * (AnalyticsService.rollUp). One read per site when there is nothing new; safe to run twice.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { AnalyticsService } from '../analytics/analytics-service';
import { SiteStore } from '../store/site-store';

const SITES_PER_PAGE = 100;

export interface RollupReport {
  sites: number;
  /** Days counted, and of them those stored because they changed. */
  days: number;
  written: number;
  /** Sites whose rollup failed (logged; the next run tries again). */
  failed: number;
}

export async function runAnalyticsRollups(deps: { db: Firestore; analytics: Pick<AnalyticsService, 'rollUp'>; warn: (line: string) => void }): Promise<RollupReport> {
  const report: RollupReport = { sites: 0, days: 0, written: 0, failed: 0 };
  for await (const page of new SiteStore(deps.db).pages(SITES_PER_PAGE)) {
    const enabled = page.filter((site) => site.enabled).map((site) => site.siteId);
    for (const siteId of enabled) {
      // One site's failure (a malformed old document) must not hold back every other site's days.
      try {
        const { days, written } = await deps.analytics.rollUp(siteId);
        report.days += days;
        report.written += written;
      } catch (error) {
        report.failed++;
        deps.warn(`analytics rollup of ${siteId} failed: ${(error as Error).message}`);
      }
    }
    report.sites += enabled.length;
  }
  return report;
}
