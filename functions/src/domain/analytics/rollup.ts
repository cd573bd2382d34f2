/**
 * A site's analytics rolled up per day in its time zone, and a period's figures added up
 * from its days. A day's rollup holds counts, sums, business-time sums and fixed-bucket
 * histograms (histogram.ts), so 90 days are 90 small documents instead of every
 * conversation, and any threshold a merchant picks is still exact.
 *
 * Every figure goes this one way, stored days or live ones alike: conversations → the days
 * they started on (`rollupDays`) → the period (`figuresFromDays`). A day is keyed by the
 * calendar it was counted with (`calendarKey`), so days counted in an old time zone or
 * under old hours are never mixed with new ones; they are counted again.
 *
 * The cohort is the conversations a shopper started on the day: what became of them
 * afterwards (replies, closes, ratings) counts with them, so a stored day is rebuilt for a
 * week after it ends (jobs/analytics-rollups.ts) to take in what happened since. A day also
 * holds the self-service facts of the help-center sessions that started on it
 * (`selfService`, domain/help/self-service.ts), counted by the caller from the help events
 * and added up by `selfServiceFromDays`.
 */
import type { AnalyticsFigures, HeatCell, Rating } from '@kotha/common/contract';
import { dateOf, dayOf, localDay, localTime, openMsBetween, wallToInstant, weekdayOf } from '@kotha/common/schedule';
import { busiestHours, hoursOnly, leftBeforeReply, startedInHours, type AnalyticsOptions, type AnalyticsRow, type Calendar } from './figures';
import { countAbove, countAtMost, distributionOf, histogramOf, mergeHistograms, type Histogram } from './histogram';
import { EMPTY_HELP_DAY, type HelpDay } from '../help/self-service';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/**
 * A shopper still waiting is counted by how long they have waited, up to this: longer than
 * any threshold (a day at most), so a day that ended this long ago has no open question
 * left and its rollup no longer depends on when it was built.
 */
export const WAIT_CAP_MS = 25 * HOUR;
/** Bad ratings with comments kept per day (newest first), for coaching. */
export const BAD_COMMENTS_PER_DAY = 50;
/** Changes when the rollup's shape or rules change, so old stored days are counted again. */
const ROLLUP_VERSION = 3;

export interface AgentDay {
  uid: string;
  handled: number;
  fromAssignment: Histogram;
  firstReply: Histogram;
  closes: number;
  good: number;
  bad: number;
}

export interface BadComment {
  conversationId: string;
  at: number;
  comment: string;
  uid: string;
}

/** One local day of a site (or the part of it inside a period), as stored and as added up. */
export interface DayRollup {
  /** 'YYYY-MM-DD' in the calendar's zone. */
  date: string;
  /** The calendar it was counted with (`calendarKey`). */
  calendarKey: string;
  /** The span counted, [from, to) in ms: the whole day, or the part of it in a period. */
  from: number;
  to: number;
  conversations: number;
  offline: number;
  /** First reply by a person, over live conversations answered: wall-clock and business time. */
  firstReplyWall: Histogram;
  firstReplyBusiness: Histogram;
  /** Of the conversations started in business hours: the time to a reply the shopper was still there for… */
  inHoursReply: Histogram;
  /** …how long those not answered yet have waited (capped at WAIT_CAP_MS)… */
  inHoursWaiting: Histogram;
  /** …and how many were answered only after the shopper had left. */
  leftBeforeReply: number;
  answered: number;
  closed: number;
  toFirstClose: Histogram;
  toLastClose: Histogram;
  reopened: number;
  reopenCount: number;
  good: number;
  bad: number;
  /** Rated and closed: the CSAT response rate's numerator. */
  ratedClosed: number;
  badComments: BadComment[];
  /** The day's 24 local hours: conversations started, hours that existed, hours open. */
  hours: HeatCell[];
  agents: AgentDay[];
  /**
   * The self-service facts of the shopper sessions that started on the day (help center
   * events, domain/help/self-service.ts): outcomes, each article's readers with its title
   * as it was, content gaps.
   */
  selfService: HelpDay;
}

/** A local day of a period: its date and the part of it inside the period. */
export interface DaySpan {
  date: string;
  from: number;
  to: number;
  /** The whole day lies inside the period (only whole days are stored). */
  whole: boolean;
}

/** The local days [from, to) touches, in order, each cut to the period. */
export function daySpans(timeZone: string, from: number, to: number): DaySpan[] {
  const spans: DaySpan[] = [];
  for (let day = localDay(from, timeZone); ; day++) {
    const start = wallToInstant({ day, minutes: 0 }, timeZone, 'start');
    const end = wallToInstant({ day: day + 1, minutes: 0 }, timeZone, 'start');
    if (start >= to) break;
    spans.push({ date: dateOf(day), from: Math.max(start, from), to: Math.min(end, to), whole: start >= from && end <= to });
  }
  return spans;
}

/** A short, stable fingerprint of what a day's figures depend on besides its conversations. */
export function calendarKey(calendar: Calendar): string {
  const text = stableJson({ v: ROLLUP_VERSION, timeZone: calendar.timeZone, hours: calendar.schedule && hoursOnly(calendar.schedule) });
  // FNV-1a, twice with different seeds: 64 bits are plenty to tell calendars apart.
  const fnv = (seed: number) => {
    let h = seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return h.toString(16).padStart(8, '0');
  };
  return `${calendar.timeZone}:${fnv(0x811c9dc5)}${fnv(0x01000193)}`;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Whether two rollups hold the same figures (as stored: key order is not kept). */
export function sameRollup(a: DayRollup, b: DayRollup): boolean {
  return stableJson(a) === stableJson(b);
}

/** A day counts as final (and may be stored) once it ended more than WAIT_CAP_MS ago. */
export function isFinal(span: DaySpan, now: number): boolean {
  return span.whole && span.to + WAIT_CAP_MS <= now;
}

/**
 * The rollups of `spans` from the conversations started in them (others in `rows` are
 * ignored), with the spans' self-service facts when given (`help`, one per span).
 */
export function rollupDays(rows: readonly AnalyticsRow[], calendar: Calendar, spans: readonly DaySpan[], now: number, help?: readonly HelpDay[]): DayRollup[] {
  const byDate = new Map<string, AnalyticsRow[]>();
  for (const r of rows) {
    const date = localTime(r.createdAt, calendar.timeZone).date;
    byDate.set(date, [...(byDate.get(date) ?? []), r]);
  }
  const key = calendarKey(calendar);
  return spans.map((span, i) => ({
    ...rollupDay((byDate.get(span.date) ?? []).filter((r) => r.createdAt >= span.from && r.createdAt < span.to), calendar, span, key, now),
    selfService: help?.[i] ?? EMPTY_HELP_DAY,
  }));
}

function rollupDay(rows: readonly AnalyticsRow[], calendar: Calendar, span: DaySpan, key: string, now: number): Omit<DayRollup, 'selfService'> {
  const live = rows.filter((r) => !r.offline);
  const replied = live.filter((r) => r.firstReplyAt > 0);
  const inHours = live.filter((r) => startedInHours(calendar, r.createdAt));
  const closed = rows.filter((r) => r.firstClosedAt > 0);
  const rated = rows.filter((r) => r.rating !== null);
  const schedule = calendar.schedule && hoursOnly(calendar.schedule);
  const weekday = weekdayOf(dayOf(span.date));
  return {
    date: span.date,
    calendarKey: key,
    from: span.from,
    to: span.to,
    conversations: live.length,
    offline: rows.length - live.length,
    firstReplyWall: histogramOf(replied.map((r) => r.firstReplyAt - r.createdAt)),
    firstReplyBusiness: histogramOf(replied.map((r) => openMsBetween(schedule, r.createdAt, r.firstReplyAt))),
    inHoursReply: histogramOf(inHours.filter((r) => r.firstReplyAt > 0 && !leftBeforeReply(r)).map((r) => r.firstReplyAt - r.createdAt)),
    inHoursWaiting: histogramOf(inHours.filter((r) => r.firstReplyAt === 0).map((r) => Math.min(now - r.createdAt, WAIT_CAP_MS))),
    leftBeforeReply: inHours.filter(leftBeforeReply).length,
    answered: replied.length,
    closed: closed.length,
    toFirstClose: histogramOf(closed.map((r) => r.firstClosedAt - r.createdAt)),
    toLastClose: histogramOf(closed.map((r) => r.lastClosedAt - r.createdAt)),
    reopened: rows.filter((r) => r.reopenCount > 0).length,
    reopenCount: rows.reduce((sum, r) => sum + r.reopenCount, 0),
    good: count(rated, 'good'),
    bad: count(rated, 'bad'),
    ratedClosed: rated.filter((r) => r.firstClosedAt > 0).length,
    badComments: rated
      .filter((r) => r.rating === 'bad' && r.ratingComment)
      .map((r) => ({ conversationId: r.id, at: r.lastClosedAt || r.createdAt, comment: r.ratingComment!, uid: r.lastReplyUid }))
      .sort((a, b) => b.at - a.at || (a.conversationId < b.conversationId ? -1 : 1))
      .slice(0, BAD_COMMENTS_PER_DAY),
    // Every conversation shows demand, offline messages included: they show when shoppers came while closed.
    hours: busiestHours(rows.map((r) => r.createdAt), calendar, span.from, span.to)[weekday]!,
    agents: agentDays(rows),
  };
}

const count = (rows: readonly AnalyticsRow[], rating: Rating) => rows.filter((r) => r.rating === rating).length;

function agentDays(rows: readonly AnalyticsRow[]): AgentDay[] {
  const uids = new Set<string>();
  for (const r of rows) for (const uid of [r.assigneeUid ?? '', r.lastReplyUid, r.firstReplyUid, r.closedByUid]) if (uid) uids.add(uid);
  return [...uids].sort().map((uid) => {
    const rated = rows.filter((r) => r.lastReplyUid === uid && r.rating !== null);
    return {
      uid,
      // Credited to the assignee, else to the last person who replied.
      handled: rows.filter((r) => (r.assigneeUid || r.lastReplyUid) === uid).length,
      fromAssignment: histogramOf(rows.filter((r) => r.assigneeUid === uid && r.assignedAt > 0 && r.assignedReplyAt > 0).map((r) => r.assignedReplyAt - r.assignedAt)),
      firstReply: histogramOf(rows.filter((r) => !r.offline && r.firstReplyUid === uid && r.firstReplyAt > 0).map((r) => r.firstReplyAt - r.createdAt)),
      closes: rows.filter((r) => r.lastClosedAt > 0 && r.closedByUid === uid).length,
      good: count(rated, 'good'),
      bad: count(rated, 'bad'),
    };
  });
}

/** Missed on a day, for the merchant's N: left before the reply, or no reply within N minutes. */
export function missedOn(day: DayRollup, afterMinutes: number): number {
  return day.leftBeforeReply + countAbove(day.inHoursReply, afterMinutes * MINUTE) + countAbove(day.inHoursWaiting, afterMinutes * MINUTE);
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const sum = (days: readonly DayRollup[], pick: (d: DayRollup) => number) => days.reduce((total, d) => total + pick(d), 0);
const merged = (days: readonly DayRollup[], pick: (d: DayRollup) => Histogram) => mergeHistograms(days.map(pick));

/** The figures of a period from its days, oldest first (each date once). */
export function figuresFromDays(days: readonly DayRollup[], options: Pick<AnalyticsOptions, 'answeredWithinMinutes' | 'missedAfterMinutes'>): AnalyticsFigures {
  const conversations = sum(days, (d) => d.conversations);
  const wall = merged(days, (d) => d.firstReplyWall);
  const answeredWithin = countAtMost(wall, options.answeredWithinMinutes * MINUTE);
  const missed = sum(days, (d) => missedOn(d, options.missedAfterMinutes));
  const closed = sum(days, (d) => d.closed);
  const good = sum(days, (d) => d.good);
  const bad = sum(days, (d) => d.bad);

  const heat = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => ({ conversations: 0, hours: 0, openHours: 0 })));
  for (const d of days) {
    const row = heat[weekdayOf(dayOf(d.date))]!;
    d.hours.forEach((cell, hour) => {
      row[hour]!.conversations += cell.conversations;
      row[hour]!.hours += cell.hours;
      row[hour]!.openHours += cell.openHours;
    });
  }

  const agents = new Map<string, AgentDay[]>();
  for (const d of days) for (const a of d.agents) agents.set(a.uid, [...(agents.get(a.uid) ?? []), a]);

  return {
    conversations,
    offline: sum(days, (d) => d.offline),
    firstResponse: {
      wall: distributionOf(wall),
      business: distributionOf(merged(days, (d) => d.firstReplyBusiness)),
      answeredWithin: { minutes: options.answeredWithinMinutes, count: answeredWithin, share: share(answeredWithin, conversations) },
    },
    resolution: {
      closed,
      toFirstClose: distributionOf(merged(days, (d) => d.toFirstClose)),
      toLastClose: distributionOf(merged(days, (d) => d.toLastClose)),
      reopened: sum(days, (d) => d.reopened),
      reopenCount: sum(days, (d) => d.reopenCount),
    },
    missed: { count: missed, share: share(missed, conversations), afterMinutes: options.missedAfterMinutes },
    csat: {
      good,
      bad,
      score: share(good, good + bad),
      rated: good + bad,
      closed,
      responseRate: share(sum(days, (d) => d.ratedClosed), closed),
      badComments: days.flatMap((d) => d.badComments).sort((a, b) => b.at - a.at),
    },
    busiestHours: heat,
    trend: days.map((d) => ({ date: d.date, conversations: d.conversations, answered: d.answered, missed: missedOn(d, options.missedAfterMinutes) })),
    agents: [...agents.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([uid, list]) => {
        const good = list.reduce((t, a) => t + a.good, 0);
        const bad = list.reduce((t, a) => t + a.bad, 0);
        return {
          uid,
          handled: list.reduce((t, a) => t + a.handled, 0),
          firstResponseFromAssignment: distributionOf(mergeHistograms(list.map((a) => a.fromAssignment))),
          firstReply: distributionOf(mergeHistograms(list.map((a) => a.firstReply))),
          closes: list.reduce((t, a) => t + a.closes, 0),
          good,
          bad,
          csat: share(good, good + bad),
        };
      }),
  };
}

/** Every figure of the period [from, to) from the conversations started in it, counted live. */
export function analyticsFigures(rows: readonly AnalyticsRow[], calendar: Calendar, options: AnalyticsOptions): AnalyticsFigures {
  return figuresFromDays(rollupDays(rows, calendar, daySpans(calendar.timeZone, options.from, options.to), options.now), options);
}
