/**
 * The figures of the Analytics tab as pure functions over per-conversation facts and the
 * site's business calendar. Each definition here is the one the merchant reads in the
 * figure's tooltip and in the README; the tests pin them on hand-worked fixtures.
 *
 * The cohort is the conversations a shopper started in [from, to): what became of them
 * afterwards (replies, closes, ratings) counts with them, so a period's figures do not
 * change shape when a chat runs past midnight.
 */
import type { AgentFigures, AnalyticsFigures, Distribution, HeatCell, Rating } from '@kotha/common/contract';

export type { AgentFigures, AnalyticsFigures, Distribution, HeatCell };
import { isOpen, localTime, openMsBetween, openSpansBetween, type Schedule } from '@kotha/common/schedule';

const MINUTE = 60_000;
const STEP = 15 * MINUTE;

/** One conversation as analytics sees it (conversation fields + facts.ts + the first reply time). */
export interface AnalyticsRow {
  id: string;
  /** The shopper's first message: conversations are created by it. */
  createdAt: number;
  offline: boolean;
  /** The first reply written by a person (0: none yet). Automatic messages never set it. */
  firstReplyAt: number;
  firstReplyUid: string;
  lastReplyUid: string;
  assigneeUid: string | null;
  assignedAt: number;
  assignedReplyAt: number;
  firstClosedAt: number;
  lastClosedAt: number;
  closedByUid: string;
  reopenCount: number;
  rating: Rating | null;
  ratingComment: string | null;
}

/** When the team was open, and the zone its days and hours are counted in. */
export interface Calendar {
  /** null: no hours set, the team counts as always open. */
  schedule: Schedule | null;
  timeZone: string;
}

export interface AnalyticsOptions {
  from: number;
  to: number;
  /** Now: a conversation still inside its N minutes is not missed yet. */
  now: number;
  /** "% answered within N minutes", and "missed" when no one replied within N minutes. */
  answeredWithinMinutes: number;
  missedAfterMinutes: number;
}

/** Median (mean of the middle two for an even count), p90 by nearest rank, mean rounded to the ms. */
export function distribution(values: readonly number[]): Distribution {
  const n = values.length;
  if (n === 0) return { count: 0, median: null, p90: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  const median = n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { count: n, median, p90: sorted[Math.ceil(0.9 * n) - 1]!, mean: Math.round(sorted.reduce((a, b) => a + b, 0) / n) };
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/** The hours alone decide "inside business hours": the manual switch is not known for the past. */
function hoursOnly(schedule: Schedule): Schedule {
  const { override: _ignored, ...rest } = schedule;
  return rest;
}

export function startedInHours(calendar: Calendar, at: number): boolean {
  return calendar.schedule === null || isOpen(hoursOnly(calendar.schedule), at);
}

/**
 * Missed: started inside business hours (not an offline message), and no person replied
 * within N minutes. A conversation still inside its N minutes is not missed yet.
 */
export function isMissed(row: AnalyticsRow, calendar: Calendar, afterMinutes: number, now: number): boolean {
  if (row.offline || !startedInHours(calendar, row.createdAt)) return false;
  const deadline = row.createdAt + afterMinutes * MINUTE;
  return row.firstReplyAt > 0 ? row.firstReplyAt > deadline : now > deadline;
}

/** Conversations by weekday × hour of their start, with the hours that existed and were open. */
export function busiestHours(createdAts: readonly number[], calendar: Calendar, from: number, to: number): HeatCell[][] {
  const cells = Array.from({ length: 7 }, () => Array.from({ length: 24 }, () => ({ conversations: 0, minutes: 0, openMinutes: 0 })));
  const cellAt = (at: number) => {
    const { weekday, time } = localTime(at, calendar.timeZone);
    return cells[weekday]![Number(time.slice(0, 2))]!;
  };
  for (const at of createdAts) cellAt(at).conversations++;
  // Walk the range in quarter hours (every zone's offset is a multiple of 15 minutes), so a
  // 23- or 25-hour day adds exactly the wall-clock hours it had.
  const spans = calendar.schedule ? openSpansBetween(hoursOnly(calendar.schedule), from, to) : [{ start: from, end: to }];
  let span = 0;
  for (let t = Math.ceil(from / STEP) * STEP; t + STEP <= to; t += STEP) {
    const cell = cellAt(t);
    cell.minutes += 15;
    while (span < spans.length && spans[span]!.end <= t) span++;
    const s = spans[span];
    if (s && s.start <= t && t + STEP <= s.end) cell.openMinutes += 15;
    else if (s) cell.openMinutes += Math.max(0, Math.min(s.end, t + STEP) - Math.max(s.start, t)) / MINUTE;
  }
  return cells.map((row) => row.map(({ conversations, minutes, openMinutes }) => ({ conversations, hours: minutes / 60, openHours: openMinutes / 60 })));
}

function localDates(calendar: Calendar, from: number, to: number): string[] {
  const dates: string[] = [];
  let date = localTime(from, calendar.timeZone).date;
  const last = localTime(Math.max(from, to - 1), calendar.timeZone).date;
  while (date <= last) {
    dates.push(date);
    date = new Date(Date.parse(`${date}T00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  return dates;
}

function agentFigures(rows: readonly AnalyticsRow[]): AgentFigures[] {
  const uids = new Set<string>();
  for (const r of rows) for (const uid of [r.assigneeUid ?? '', r.lastReplyUid, r.firstReplyUid, r.closedByUid]) if (uid) uids.add(uid);
  return [...uids].sort().map((uid) => {
    const handled = rows.filter((r) => (r.assigneeUid || r.lastReplyUid) === uid);
    const rated = rows.filter((r) => r.lastReplyUid === uid && r.rating !== null);
    const good = rated.filter((r) => r.rating === 'good').length;
    return {
      uid,
      handled: handled.length,
      firstResponseFromAssignment: distribution(rows.filter((r) => r.assigneeUid === uid && r.assignedAt > 0 && r.assignedReplyAt > 0).map((r) => r.assignedReplyAt - r.assignedAt)),
      firstReply: distribution(rows.filter((r) => !r.offline && r.firstReplyUid === uid && r.firstReplyAt > 0).map((r) => r.firstReplyAt - r.createdAt)),
      closes: rows.filter((r) => r.lastClosedAt > 0 && r.closedByUid === uid).length,
      good,
      bad: rated.length - good,
      csat: share(good, rated.length),
    };
  });
}

/** Every figure of the period [from, to) from the conversations started in it. */
export function analyticsFigures(all: readonly AnalyticsRow[], calendar: Calendar, options: AnalyticsOptions): AnalyticsFigures {
  const { from, to, now } = options;
  const inRange = all.filter((r) => r.createdAt >= from && r.createdAt < to);
  // Offline messages are counted apart: they wait for the team by design, so they would
  // only blur response times and are never missed.
  const live = inRange.filter((r) => !r.offline);
  const replied = live.filter((r) => r.firstReplyAt > 0);
  const within = options.answeredWithinMinutes * MINUTE;
  const answeredWithin = replied.filter((r) => r.firstReplyAt - r.createdAt <= within).length;
  const closed = inRange.filter((r) => r.firstClosedAt > 0);
  const rated = inRange.filter((r) => r.rating !== null);
  const good = rated.filter((r) => r.rating === 'good').length;
  const missed = live.filter((r) => isMissed(r, calendar, options.missedAfterMinutes, now));
  const missedIds = new Set(missed.map((r) => r.id));

  const trend = localDates(calendar, from, to).map((date) => ({ date, conversations: 0, answered: 0, missed: 0 }));
  const byDate = new Map(trend.map((d) => [d.date, d]));
  for (const r of live) {
    const day = byDate.get(localTime(r.createdAt, calendar.timeZone).date);
    if (!day) continue;
    day.conversations++;
    if (r.firstReplyAt > 0) day.answered++;
    if (missedIds.has(r.id)) day.missed++;
  }

  return {
    conversations: live.length,
    offline: inRange.length - live.length,
    firstResponse: {
      wall: distribution(replied.map((r) => r.firstReplyAt - r.createdAt)),
      business: distribution(replied.map((r) => openMsBetween(calendar.schedule && hoursOnly(calendar.schedule), r.createdAt, r.firstReplyAt))),
      answeredWithin: { minutes: options.answeredWithinMinutes, count: answeredWithin, share: share(answeredWithin, live.length) },
    },
    resolution: {
      closed: closed.length,
      toFirstClose: distribution(closed.map((r) => r.firstClosedAt - r.createdAt)),
      toLastClose: distribution(closed.map((r) => r.lastClosedAt - r.createdAt)),
      reopened: inRange.filter((r) => r.reopenCount > 0).length,
      reopenCount: inRange.reduce((sum, r) => sum + r.reopenCount, 0),
    },
    missed: { count: missed.length, share: share(missed.length, live.length), afterMinutes: options.missedAfterMinutes },
    csat: {
      good,
      bad: rated.length - good,
      score: share(good, rated.length),
      rated: rated.length,
      closed: closed.length,
      responseRate: share(rated.filter((r) => r.firstClosedAt > 0).length, closed.length),
      badComments: rated
        .filter((r) => r.rating === 'bad' && r.ratingComment)
        .map((r) => ({ conversationId: r.id, at: r.lastClosedAt || r.createdAt, comment: r.ratingComment!, uid: r.lastReplyUid }))
        .sort((a, b) => b.at - a.at),
    },
    // Every conversation shows demand, offline messages included: they show when shoppers came while closed.
    busiestHours: busiestHours(inRange.map((r) => r.createdAt), calendar, from, to),
    trend,
    agents: agentFigures(inRange),
  };
}
