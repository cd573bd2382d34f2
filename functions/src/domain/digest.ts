/**
 * The weekly digest's rules, pure: when a site's digest is due (Monday from 08:00 in the
 * site's zone), which week it covers (the last full Monday-to-Sunday week there, and the
 * week before it for the comparison), the ISO week that names it (at most one digest per
 * week), and what each figure's line says against the week before: how it moved, and
 * whether that is better or worse for the shop (a first response that went up is slower,
 * so worse, though its arrow points up like more conversations). The figures themselves
 * come from the analytics service, as on the Analytics tab.
 */
import type { AnalyticsFigures } from '@kotha/common/contract';
import { dateOf, localDay, localTime, wallToInstant, weekdayOf } from '@kotha/common/schedule';

/** The local hour from which Monday's digest goes out. */
export const DIGEST_HOUR = 8;
/** The tab's default "answered within" target and Missed threshold (minutes), used by the digest too. */
export const DIGEST_TARGET_MINUTES = 5;

export interface DigestWeek {
  /** The ISO week of the week reported, e.g. '2026-W49'. */
  week: string;
  /** Its first and last local dates ('YYYY-MM-DD', Monday and Sunday). */
  firstDate: string;
  lastDate: string;
  /** [from, to) of the week reported, and of the week before it (ms). */
  from: number;
  to: number;
  previousFrom: number;
}

/** ISO 8601 week of a local day (days since 1970-01-01): the week belongs to the year of its Thursday. */
export function isoWeek(day: number): string {
  const monday = day - ((weekdayOf(day) + 6) % 7);
  const thursday = monday + 3;
  const year = Number(dateOf(thursday).slice(0, 4));
  const firstThursday = Date.UTC(year, 0, 1) / 86_400_000;
  const week = Math.floor((thursday - firstThursday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The week the digest due at `now` reports, or null when it is not Monday from DIGEST_HOUR in `timeZone`. */
export function dueDigestWeek(now: number, timeZone: string): DigestWeek | null {
  const local = localTime(now, timeZone);
  if (local.weekday !== 1 || Number(local.time.slice(0, 2)) < DIGEST_HOUR) return null;
  return lastFullWeek(now, timeZone);
}

/** The latest Monday DIGEST_HOUR:00 in `timeZone` at or before `now`: when that week's digest fell due. */
export function latestDigestTime(now: number, timeZone: string): number {
  const today = localDay(now, timeZone);
  const monday = today - ((weekdayOf(today) + 6) % 7);
  const at = (day: number) => wallToInstant({ day, minutes: DIGEST_HOUR * 60 }, timeZone, 'start');
  return at(monday) <= now ? at(monday) : at(monday - 7);
}

/** The last full Monday-to-Sunday week before `now` in `timeZone` (DST weeks are 167 or 169 hours). */
export function lastFullWeek(now: number, timeZone: string): DigestWeek {
  const today = localDay(now, timeZone);
  const thisMonday = today - ((weekdayOf(today) + 6) % 7);
  const monday = thisMonday - 7;
  const start = (day: number) => wallToInstant({ day, minutes: 0 }, timeZone, 'start');
  return { week: isoWeek(monday), firstDate: dateOf(monday), lastDate: dateOf(monday + 6), from: start(monday), to: start(thisMonday), previousFrom: start(monday - 7) };
}

export type Trend = 'up' | 'down' | 'same' | 'new';

/** Which way is good for a figure: more answered in time is, a slower reply is not; more conversations is neither. */
export type GoodWay = 'higher' | 'lower' | 'neutral';

/**
 * A figure this week, the week before, how it moved (`percent` is rounded, null when there
 * is nothing to compare with) and whether that is good: `verdict` is null when it did not
 * move, cannot be compared, or moving says nothing good or bad (conversations).
 */
export interface DigestFigure<T> {
  value: T | null;
  previous: T | null;
  trend: Trend | null;
  percent: number | null;
  verdict: 'better' | 'worse' | null;
}

function verdictOf(trend: Trend | null, good: GoodWay): DigestFigure<number>['verdict'] {
  if (good === 'neutral' || trend === null || trend === 'same') return null;
  const rose = trend === 'up' || trend === 'new';
  return rose === (good === 'higher') ? 'better' : 'worse';
}

export interface DigestContent {
  /** No conversation at all this week: the email says so plainly instead of showing figures of nothing. */
  quiet: boolean;
  conversations: DigestFigure<number>;
  /** Medians (ms). */
  firstResponseWall: DigestFigure<number>;
  firstResponseBusiness: DigestFigure<number>;
  /** Share 0–1 answered within `targetMinutes`. */
  answeredWithin: DigestFigure<number>;
  targetMinutes: number;
  missed: DigestFigure<number>;
  /** Good ÷ rated, 0–1. */
  csat: DigestFigure<number>;
  /** The week's busiest local hour: weekday (0 = Sunday), hour, and its conversations; null when none. */
  busiestHour: { weekday: number; hour: number; conversations: number } | null;
}

/** How a figure moved: percent change for counts and durations, points for shares (both rounded); and whether for the better, given which way is good. */
export function compare(value: number | null, previous: number | null, kind: 'relative' | 'points', good: GoodWay): DigestFigure<number> {
  const judged = (trend: Trend | null, percent: number | null): DigestFigure<number> => ({ value, previous, trend, percent, verdict: verdictOf(trend, good) });
  if (value === null || previous === null) return judged(null, null);
  if (kind === 'points') {
    const points = Math.round((value - previous) * 100);
    return judged(points > 0 ? 'up' : points < 0 ? 'down' : 'same', points);
  }
  if (previous === 0) return judged(value === 0 ? 'same' : 'new', null);
  const percent = Math.round(((value - previous) / previous) * 100);
  return judged(percent > 0 ? 'up' : percent < 0 ? 'down' : 'same', percent);
}

/** The busiest weekday × hour of the week (the earliest of equals), or null without conversations. */
function busiest(figures: AnalyticsFigures): DigestContent['busiestHour'] {
  let best: DigestContent['busiestHour'] = null;
  // Monday first, so a tie goes to the earlier moment of the Monday-to-Sunday week.
  for (const weekday of [1, 2, 3, 4, 5, 6, 0]) {
    figures.busiestHours[weekday]?.forEach((cell, hour) => {
      if (cell.conversations > 0 && (!best || cell.conversations > best.conversations)) best = { weekday, hour, conversations: cell.conversations };
    });
  }
  return best;
}

/** The digest's figures: this week's against the week before's, as the Analytics tab defines them. */
export function digestContent(week: AnalyticsFigures, before: AnalyticsFigures): DigestContent {
  const had = (f: AnalyticsFigures) => f.conversations > 0;
  // A week without conversations has no share answered to compare with.
  const answered = (f: AnalyticsFigures) => (had(f) ? f.firstResponse.answeredWithin.share : null);
  return {
    quiet: week.conversations === 0,
    // More conversations is demand, neither good nor bad for the team's work.
    conversations: compare(week.conversations, before.conversations, 'relative', 'neutral'),
    firstResponseWall: compare(week.firstResponse.wall.median, before.firstResponse.wall.median, 'relative', 'lower'),
    firstResponseBusiness: compare(week.firstResponse.business.median, before.firstResponse.business.median, 'relative', 'lower'),
    answeredWithin: compare(answered(week), answered(before), 'points', 'higher'),
    targetMinutes: week.firstResponse.answeredWithin.minutes,
    missed: compare(week.missed.count, before.missed.count, 'relative', 'lower'),
    csat: compare(week.csat.score, before.csat.score, 'points', 'higher'),
    busiestHour: busiest(week),
  };
}
