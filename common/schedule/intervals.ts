/**
 * A schedule's hours as instants: each local day's periods become [start, end) intervals
 * in epoch ms, and touching or overlapping ones merge into maximal open spans.
 * @internal Used by the availability functions; not part of the public face.
 */
import type { Period, Schedule, ScheduleException } from './model';
import { WEEKDAYS } from './model';
import { dateOf, minutesOf, wallToInstant, weekdayOf } from './wall-time';

const DAY_MINUTES = 1440;

/** Where hours come from: the weekly hours or a special-hours exception. */
export type HoursSource = 'schedule' | 'special-hours';

export interface Span {
  start: number;
  end: number;
}

export interface OpenInterval extends Span {
  source: HoursSource;
}

/** The schedule with its exceptions indexed by date, for lookups while walking days. */
export interface IndexedSchedule {
  schedule: Schedule;
  exceptions: ReadonlyMap<string, ScheduleException>;
}

export function indexed(schedule: Schedule): IndexedSchedule {
  return { schedule, exceptions: new Map((schedule.exceptions ?? []).map((e) => [e.date, e])) };
}

/** The exception on local `day`, if any. */
export function exceptionOn({ exceptions }: IndexedSchedule, day: number): ScheduleException | undefined {
  return exceptions.get(dateOf(day));
}

function periodsOn(s: IndexedSchedule, day: number): { periods: Period[]; source: HoursSource } {
  const exception = exceptionOn(s, day);
  if (!exception) return { periods: s.schedule.weekly[WEEKDAYS[weekdayOf(day)]!] ?? [], source: 'schedule' };
  return { periods: 'closed' in exception ? [] : exception.periods, source: 'special-hours' };
}

/**
 * The instants of the periods starting on local `day` (days since 1970-01-01), sorted by
 * start. A period wholly inside a spring-forward gap is empty and left out.
 */
export function intervalsOn(s: IndexedSchedule, day: number): OpenInterval[] {
  const { periods, source } = periodsOn(s, day);
  const { timeZone } = s.schedule;
  const result: OpenInterval[] = [];
  for (const period of periods) {
    const startMinutes = minutesOf(period.start);
    let endMinutes = minutesOf(period.end);
    if (endMinutes <= startMinutes) endMinutes += DAY_MINUTES;
    const start = wallToInstant({ day, minutes: startMinutes }, timeZone, 'start');
    const endWall = { day: day + Math.floor(endMinutes / DAY_MINUTES), minutes: endMinutes % DAY_MINUTES };
    const end = wallToInstant(endWall, timeZone, 'end');
    if (end > start) result.push({ start, end, source });
  }
  return result.sort((a, b) => a.start - b.start);
}

/**
 * Maximal open spans from the periods of local days `fromDay` … `toDay`, in order. Start
 * instants grow with wall time, so every period of a day starts no later than any period
 * of the next day: per-day sorting is enough to merge as the days stream. The last span
 * may continue past `toDay` (the next day's periods were not looked at).
 */
export function* openSpans(s: IndexedSchedule, fromDay: number, toDay: number): Generator<Span> {
  let pending: Span | null = null;
  for (let day = fromDay; day <= toDay; day++) {
    for (const next of intervalsOn(s, day)) {
      if (pending && next.start <= pending.end) {
        pending = { start: pending.start, end: Math.max(pending.end, next.end) };
      } else {
        if (pending) yield pending;
        pending = { start: next.start, end: next.end };
      }
    }
  }
  if (pending) yield pending;
}
