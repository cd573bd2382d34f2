/**
 * The rules the Analytics tab's figures rest on, per conversation, as pure functions over
 * its facts and the site's business calendar: which conversations started inside business
 * hours, which were missed, and the busiest-hours cells of a span of time. Days are rolled
 * up from these (rollup.ts), and the period's figures added up from the days. Each
 * definition is the one the merchant reads in the figure's tooltip and in the README; the
 * tests pin them on hand-worked fixtures.
 */
import type { AgentFigures, AnalyticsFigures, Distribution, HeatCell, Rating } from '@kotha/common/contract';

export type { AgentFigures, AnalyticsFigures, Distribution, HeatCell };
import { isOpen, localTime, openSpansBetween, type Schedule } from '@kotha/common/schedule';

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
  /** When the shopper left, if before the first reply by a person (facts.ts); 0 otherwise. */
  shopperLeftAt: number;
}

/** When the team was open, and the zone its days and hours are counted in. */
export interface Calendar {
  /** null: no hours set, the team counts as always open. */
  schedule: Schedule | null;
  timeZone: string;
}

/** The calendar of a site's hours settings: their schedule and its zone (UTC and always open without hours). */
export function calendarOf(hours: { schedule: Schedule | null }): Calendar {
  return { schedule: hours.schedule, timeZone: hours.schedule?.timeZone ?? 'UTC' };
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

/** The hours alone decide "inside business hours": the manual switch is not known for the past. */
export function hoursOnly(schedule: Schedule): Schedule {
  const { override: _ignored, ...rest } = schedule;
  return rest;
}

export function startedInHours(calendar: Calendar, at: number): boolean {
  return calendar.schedule === null || isOpen(hoursOnly(calendar.schedule), at);
}

/** The first reply by a person came after the shopper had left (their page gone for 2 minutes). */
export function leftBeforeReply(row: AnalyticsRow): boolean {
  return row.shopperLeftAt > 0 && row.firstReplyAt > 0;
}

/**
 * Missed: started inside business hours (not an offline message), and no reply from a
 * person before the shopper left (their page went away for 2 minutes or more) or within N
 * minutes. A conversation still inside its N minutes is not missed yet.
 */
export function isMissed(row: AnalyticsRow, calendar: Calendar, afterMinutes: number, now: number): boolean {
  if (row.offline || !startedInHours(calendar, row.createdAt)) return false;
  if (leftBeforeReply(row)) return true;
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
