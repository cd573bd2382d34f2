/**
 * The weekly digest job (run every hour by onSchedule, so each zone's Monday 08:00 is soon
 * followed by a run): for every site whose owner turned the digest on and where it is
 * Monday from 08:00 (domain/digest.ts), the last full week's figures and the week before's
 * through the analytics service, as the Analytics tab counts them, emailed to the owner in
 * the site's language through the outbox (and so the email guard). Each site's week is
 * claimed by a create() precondition before sending (DigestStore.claimWeek): at most one
 * digest per site and ISO week across retries and instances. Sites without the digest are
 * not read; an opted-in site costs one read an hour (its hours: calendar and owner's
 * address) until its week is due.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { AnalyticsService } from '../analytics/analytics-service';
import { calendarOf } from '../domain/analytics/figures';
import { DIGEST_TARGET_MINUTES, digestContent, dueDigestWeek } from '../domain/digest';
import { weeklyDigestMail } from '../email/digest-mail';
import type { Outbox, SendResult } from '../email/outbox';
import { DigestStore } from '../store/digest-store';
import type { HoursStore } from '../store/hours-store';

const SITES_PER_PAGE = 100;

export interface DigestReport {
  /** Opted-in sites visited. */
  sites: number;
  /** Digests claimed and handed to the outbox, by what became of them. */
  sent: number;
  pending: number;
  refused: number;
  /** Sites due with no owner's email to send to. */
  noAddress: number;
  failed: number;
}

export interface DigestDeps {
  db: Firestore;
  analytics: Pick<AnalyticsService, 'periodFigures'>;
  hours: Pick<HoursStore, 'get'>;
  outbox: Pick<Outbox, 'send'>;
  clock: () => number;
  /** The dashboard's address; the email links to its Analytics tab. */
  dashboardUrl: string;
  warn: (line: string) => void;
}

/** The dashboard's Analytics tab. */
export function analyticsLink(dashboardUrl: string): string {
  const url = new URL(dashboardUrl);
  url.hash = 'analytics';
  return url.toString();
}

export async function runWeeklyDigests(deps: DigestDeps): Promise<DigestReport> {
  const report: DigestReport = { sites: 0, sent: 0, pending: 0, refused: 0, noAddress: 0, failed: 0 };
  const store = new DigestStore(deps.db);
  let after: string | null = '';
  while (after !== null) {
    const { sites, next } = await store.optedInAfter(after, SITES_PER_PAGE);
    for (const site of sites) {
      if (!site.enabled || site.removedAt > 0) continue;
      report.sites++;
      // One site's failure must not hold back every other site's digest.
      try {
        const outcome = await digestFor(deps, store, site.siteId, site.language, site.digestSentWeek);
        if (outcome === 'sent') report.sent++;
        else if (outcome === 'pending') report.pending++;
        else if (outcome === 'no-address') report.noAddress++;
        else if (outcome !== 'not-due') report.refused++;
      } catch (error) {
        report.failed++;
        deps.warn(`weekly digest of ${site.siteId} failed: ${(error as Error).message}`);
      }
    }
    after = next;
  }
  return report;
}

async function digestFor(deps: DigestDeps, store: DigestStore, siteId: string, language: string, sentWeek: string): Promise<SendResult | 'not-due' | 'no-address'> {
  const now = deps.clock();
  // One read: the hours give the calendar and the owner's address.
  const hours = await deps.hours.get(siteId);
  const calendar = calendarOf(hours);
  const week = dueDigestWeek(now, calendar.timeZone);
  if (!week || week.week === sentWeek) return 'not-due';
  const { merchantEmail } = hours;
  if (!merchantEmail) return 'no-address';
  const thresholds = { answeredWithin: DIGEST_TARGET_MINUTES, missedAfter: DIGEST_TARGET_MINUTES };
  const [current, previous] = await Promise.all([
    deps.analytics.periodFigures(siteId, { from: week.from, to: week.to, ...thresholds }, calendar),
    deps.analytics.periodFigures(siteId, { from: week.previousFrom, to: week.from, ...thresholds }, calendar),
  ]);
  const mail = weeklyDigestMail({
    to: merchantEmail,
    locale: language || null,
    firstDate: week.firstDate,
    lastDate: week.lastDate,
    content: digestContent(current, previous),
    analyticsUrl: analyticsLink(deps.dashboardUrl),
  });
  // Claimed before it is written to the outbox: a second run or instance finds the week taken.
  if (!(await store.claimWeek(siteId, week.week, now))) return 'not-due';
  return deps.outbox.send(siteId, mail, { kind: 'weekly-digest' });
}
