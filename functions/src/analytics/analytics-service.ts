/**
 * The Analytics tab's use case. A period's figures are added up from its local days
 * (domain/analytics/rollup.ts): days stored by the rollup job are read as one small
 * document each; the rest (today, yesterday, the cut days at the period's ends, days not
 * rolled up yet or counted under another calendar) are counted live from the conversations
 * started in them, read by bounded range queries on their start time. So a 90-day view
 * reads about 90 day documents and a day or two of conversations, never every one.
 *
 * The rollup job (`rollUp`, once a day per site) stores each final day and builds it again
 * for a week after, to take in what happened to its conversations since; a day counted
 * under another calendar (the time zone or the hours changed) is counted again, up to a
 * year back.
 */
import type { AnalyticsFigures, AnalyticsResponse, SelfServiceFigures } from '@kotha/common/contract';
import { dateOf, dayOf, localDay, wallToInstant } from '@kotha/common/schedule';
import { calendarOf, isMissed, startedInHours, type AnalyticsRow, type Calendar } from '../domain/analytics/figures';
import { NO_FACTS } from '../domain/analytics/facts';
import { calendarKey, daySpans, figuresFromDays, isFinal, rollupDays, sameRollup, WAIT_CAP_MS, type DaySpan } from '../domain/analytics/rollup';
import { selfServiceFromDays } from '../domain/help/self-service';
import { ANALYTICS_DAYS } from '../domain/plans';
import { SAMPLE_VISITOR_ID } from '../platform/sample-conversation';
import { ROLLUP_MAX_EVENTS, type HelpHealth } from '../help/help-health';
import type { PlansService } from '../plans/plans-service';
import type { AnalyticsDayStore } from '../store/analytics-day-store';
import type { ConversationRecord, ConversationStore } from '../store/conversation-store';
import { HELP_EVENT_KEEP_MS } from '../store/help-event-store';
import type { HoursStore } from '../store/hours-store';

/** Conversations one report reads live at most. */
export const MAX_CONVERSATIONS = 5000;
/** Stored days are built again for this many days after they become final. */
export const SETTLE_DAYS = 7;
/** How far back days are counted again after the calendar changes (or on a site's first rollup). */
export const REBUILD_DAYS = 366;
/** Conversations read per query while rolling up. */
const ROLLUP_PAGE = 1000;
const DAY = 86_400_000;

export interface AnalyticsRequest {
  from: number;
  to: number;
  answeredWithin: number;
  missedAfter: number;
}

/** One conversation's row as analytics and the CSV see it. */
export function rowOf(record: ConversationRecord): AnalyticsRow {
  const { conversation: c } = record;
  const facts = record.facts ?? NO_FACTS;
  return { id: c.id, createdAt: c.createdAt, firstReplyAt: record.followUp.firstReplyAt, ...facts, assigneeUid: c.assigneeUid, rating: c.rating, ratingComment: c.ratingComment };
}

// The sample conversation added at install is no shopper's: it would skew a new site's first week.
const shoppersOnly = (records: readonly ConversationRecord[]) => records.filter((r) => r.conversation.visitorId !== SAMPLE_VISITOR_ID).map(rowOf);

const startOfDay = (day: number, timeZone: string) => wallToInstant({ day, minutes: 0 }, timeZone, 'start');

export interface AnalyticsDeps {
  conversations: ConversationStore;
  days: AnalyticsDayStore;
  hours: HoursStore;
  plans: Pick<PlansService, 'planOf'>;
  /** The self-service facts of days counted live (help events), the same counting as the Help center tab's. */
  help: Pick<HelpHealth, 'days'>;
  clock: () => number;
}

export class AnalyticsService {
  constructor(private readonly deps: AnalyticsDeps) {}

  /** The site's calendar: its business hours and their zone (UTC and always open without hours). */
  async calendar(siteId: string): Promise<Calendar> {
    return calendarOf(await this.deps.hours.get(siteId));
  }

  /** The period the site's plan allows, and its calendar. */
  private async period(siteId: string, request: AnalyticsRequest) {
    const now = this.deps.clock();
    const [plan, calendar] = await Promise.all([this.deps.plans.planOf(siteId), this.calendar(siteId)]);
    const days = ANALYTICS_DAYS[plan];
    const from = days === null ? request.from : Math.max(request.from, now - days * DAY);
    return { from, to: Math.max(from, request.to), now, days, calendar };
  }

  async report(siteId: string, request: AnalyticsRequest): Promise<AnalyticsResponse> {
    const { from, to, now, days: historyDays, calendar } = await this.period(siteId, request);
    const { truncated, figures, selfService } = await this.figuresOf(siteId, { ...request, from, to }, calendar, now, true);
    return { from, to, historyDays, timeZone: calendar.timeZone, hasSchedule: calendar.schedule !== null, truncated, figures, selfService };
  }

  /**
   * The figures of [from, to) whatever the plan: for the weekly digest, whose two weeks are
   * a summary sent to the owner, not history browsed on the tab.
   */
  async periodFigures(siteId: string, request: AnalyticsRequest, calendar?: Calendar): Promise<AnalyticsFigures> {
    return (await this.figuresOf(siteId, request, calendar ?? (await this.calendar(siteId)), this.deps.clock())).figures;
  }

  /**
   * Stored whole days where they are current, the rest counted live, added up. The
   * self-service part (help events) is counted live only when asked for (`withHelp`: the
   * tab, not the digest); stored days hold it already.
   */
  private async figuresOf(siteId: string, request: AnalyticsRequest, calendar: Calendar, now: number, withHelp = false): Promise<{ truncated: boolean; figures: AnalyticsFigures; selfService: SelfServiceFigures }> {
    const { from, to } = request;
    const spans = from < to ? daySpans(calendar.timeZone, from, to) : [];
    const key = calendarKey(calendar);
    const whole = spans.filter((s) => s.whole);
    const stored = whole.length ? await this.deps.days.between(siteId, whole[0]!.date, whole.at(-1)!.date) : [];
    const usable = new Map(stored.filter((d) => d.calendarKey === key).map((d) => [d.date, d]));
    const liveSpans = spans.filter((s) => !(s.whole && usable.has(s.date)));
    const [{ rows, truncated }, help] = await Promise.all([this.rowsIn(siteId, liveSpans, MAX_CONVERSATIONS), withHelp ? this.deps.help.days(siteId, liveSpans, now) : { days: undefined, truncated: false }]);
    const live = new Map(rollupDays(rows, calendar, liveSpans, now, help.days).map((d) => [d.date, d]));
    const days = spans.map((s) => (s.whole && usable.get(s.date)) || live.get(s.date)!);
    const figures = figuresFromDays(days, { answeredWithinMinutes: request.answeredWithin, missedAfterMinutes: request.missedAfter });
    return { truncated: truncated || help.truncated, figures, selfService: selfServiceFromDays(days.map((d) => d.selfService)) };
  }

  /** The rows of the conversations started in `spans`, one range query per run of adjacent spans, at most `limit` in all. */
  private async rowsIn(siteId: string, spans: readonly DaySpan[], limit: number): Promise<{ rows: AnalyticsRow[]; truncated: boolean }> {
    const ranges: Array<{ from: number; to: number }> = [];
    for (const s of spans) {
      const last = ranges.at(-1);
      if (last && last.to === s.from) last.to = s.to;
      else ranges.push({ from: s.from, to: s.to });
    }
    const records: ConversationRecord[] = [];
    for (const range of ranges) {
      if (records.length >= limit) return { rows: shoppersOnly(records), truncated: true };
      const page = await this.deps.conversations.startedBetween(siteId, range.from, range.to, limit - records.length);
      records.push(...page);
    }
    return { rows: shoppersOnly(records), truncated: records.length >= limit };
  }

  /** Every conversation started in [from, to), read in pages (for rollups: no limit but the range). */
  private async allRowsBetween(siteId: string, from: number, to: number): Promise<AnalyticsRow[]> {
    const records = new Map<string, ConversationRecord>();
    for (let cursor = from; cursor < to; ) {
      // Pages start at the last start time read (inclusive), so conversations sharing it are not skipped.
      const page = await this.deps.conversations.startedBetween(siteId, cursor, to, ROLLUP_PAGE);
      const fresh = page.filter((r) => !records.has(r.conversation.id));
      for (const r of page) records.set(r.conversation.id, r);
      if (page.length < ROLLUP_PAGE || fresh.length === 0) break;
      cursor = page.at(-1)!.conversation.createdAt;
    }
    return shoppersOnly([...records.values()]);
  }

  /**
   * Counts the final days from `first` to `last` ('YYYY-MM-DD') again and stores those that
   * changed. Idempotent: the same conversations and calendar give the same documents.
   * Returns how many days were counted and how many written.
   */
  async rebuild(siteId: string, first: string, last: string): Promise<{ days: number; written: number }> {
    const now = this.deps.clock();
    const calendar = await this.calendar(siteId);
    const spans = daySpans(calendar.timeZone, startOfDay(dayOf(first), calendar.timeZone), startOfDay(dayOf(last) + 1, calendar.timeZone)).filter((s) => isFinal(s, now));
    let written = 0;
    // A month at a time, so a year's rebuild never holds a year of conversations.
    for (let i = 0; i < spans.length; i += 31) {
      const chunk = spans.slice(i, i + 31);
      const [rows, help] = await Promise.all([this.allRowsBetween(siteId, chunk[0]!.from, chunk.at(-1)!.to), this.deps.help.days(siteId, chunk, now, ROLLUP_MAX_EVENTS)]);
      const before = new Map((await this.deps.days.between(siteId, chunk[0]!.date, chunk.at(-1)!.date)).map((d) => [d.date, d]));
      // Help events expire (HELP_EVENT_KEEP_MS): a day they may have left keeps the self-service it was stored with.
      const helpGone = now - HELP_EVENT_KEEP_MS;
      const helpDays = chunk.map((span, k) => (span.from < helpGone && before.get(span.date)?.selfService) || help.days[k]!);
      const built = rollupDays(rows, calendar, chunk, now, helpDays);
      const changed = built.filter((d) => !before.has(d.date) || !sameRollup(before.get(d.date)!, d));
      await this.deps.days.save(siteId, changed);
      written += changed.length;
    }
    return { days: spans.length, written };
  }

  /**
   * The rollup job's work for one site: nothing when its latest final day is stored under
   * its calendar (one read); else that day, the week before it again, and any gap; after a
   * change of calendar (or the first time), every day back to a year or to its first
   * conversation.
   */
  async rollUp(siteId: string): Promise<{ days: number; written: number }> {
    const now = this.deps.clock();
    const calendar = await this.calendar(siteId);
    const { timeZone } = calendar;
    // The last day that ended at least WAIT_CAP_MS ago.
    const lastFinal = localDay(now - WAIT_CAP_MS, timeZone) - 1;
    const latest = await this.deps.days.latest(siteId);
    const current = latest !== null && latest.calendarKey === calendarKey(calendar);
    if (current && latest.date >= dateOf(lastFinal)) return { days: 0, written: 0 };
    let first: number;
    if (current) {
      first = Math.min(dayOf(latest.date) + 1, lastFinal - SETTLE_DAYS + 1);
    } else {
      const earliest = lastFinal - REBUILD_DAYS + 1;
      const [oldest] = await this.deps.conversations.startedBetween(siteId, startOfDay(earliest, timeZone), now, 1);
      first = oldest ? Math.min(lastFinal, Math.max(earliest, localDay(oldest.conversation.createdAt, timeZone))) : lastFinal;
    }
    return this.rebuild(siteId, dateOf(first), dateOf(lastFinal));
  }

  /** The rows of a period as the CSV lists them: every conversation, read live. */
  private async rows(siteId: string, request: AnalyticsRequest) {
    const { from, to, now, calendar } = await this.period(siteId, request);
    const records = from < to ? await this.deps.conversations.startedBetween(siteId, from, to, MAX_CONVERSATIONS) : [];
    return { now, calendar, rows: shoppersOnly(records) };
  }

  /** One line per conversation with raw timestamps (ISO, UTC), for a spreadsheet. */
  async csvRows(siteId: string, request: AnalyticsRequest): Promise<unknown[][]> {
    const { now, calendar, rows } = await this.rows(siteId, request);
    const iso = (ms: number) => (ms > 0 ? new Date(ms).toISOString() : '');
    return [
      CSV_HEADER,
      ...rows.map((r) => [
        r.id,
        iso(r.createdAt),
        r.offline ? 'yes' : 'no',
        startedInHours(calendar, r.createdAt) ? 'yes' : 'no',
        iso(r.firstReplyAt),
        r.firstReplyUid,
        r.lastReplyUid,
        r.assigneeUid ?? '',
        iso(r.assignedAt),
        iso(r.assignedReplyAt),
        iso(r.firstClosedAt),
        iso(r.lastClosedAt),
        r.closedByUid,
        r.reopenCount,
        isMissed(r, calendar, request.missedAfter, now) ? 'yes' : 'no',
        r.rating ?? '',
        r.ratingComment ?? '',
      ]),
    ];
  }
}

export const CSV_HEADER = ['conversation', 'started', 'offline', 'started_in_hours', 'first_reply', 'first_reply_by', 'last_reply_by', 'assignee', 'assigned', 'assignee_first_reply', 'first_close', 'last_close', 'closed_by', 'reopens', 'missed', 'rating', 'rating_comment'];
