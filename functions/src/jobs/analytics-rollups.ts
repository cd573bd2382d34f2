/**
 * The analytics rollup job (run every hour by onSchedule, so each site's day is stored
 * soon after it ends in the site's own zone): for every enabled site where something
 * happened lately, its final days are stored, built again for a week, and counted again
 * after the calendar changed (AnalyticsService.rollUp). One read per such site when there is
 * nothing new; safe to run twice.
 *
 * "Lately" is the follow-up schedule's stamp (store/follow-up-schedule.ts): a conversation
 * begun or opened again, a wait begun, the hours changed, within ACTIVE_DAYS. A stored day
 * is built again for SETTLE_DAYS after it ends, and each of its conversations stamped the
 * site when it began, so every day that can still change belongs to a stamped site; an idle
 * site costs the job nothing. Days never stored (a quiet site, or self-service visits with no
 * conversation) are counted live by the tab, as today's are.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { SETTLE_DAYS, type AnalyticsService } from '../analytics/analytics-service';
import { FollowUpSchedule } from '../store/follow-up-schedule';

const DAY_MS = 86_400_000;
/** A site stamped within this many days has days that may still change (a day is final a day after it ends, then settles for SETTLE_DAYS); one more for margin. */
export const ACTIVE_DAYS = SETTLE_DAYS + 3;

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
  // The stamps are commit times: Firestore's clock, the machine's, whatever clock the app runs on.
  const active = await new FollowUpSchedule(deps.db).stampedSince(Date.now() - ACTIVE_DAYS * DAY_MS);
  const enabled = active.filter((site) => site.enabled).map((site) => site.siteId);
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
  report.sites = enabled.length;
  return report;
}
