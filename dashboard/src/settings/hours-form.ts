/**
 * The business-hours editor's rules as pure functions: the week, periods per day,
 * holidays and special dates. The page holds a Schedule and changes it only through these.
 */
import type { Period, Schedule, ScheduleException, Weekday } from '@kotha/common/schedule/model.ts';

const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** 1 January 2024 was a Monday. */
const A_MONDAY = Date.UTC(2024, 0, 1);

/** The week from Monday, each day named in the merchant's language ("Monday", "সোমবার"). */
export function weekdays(locale: string | undefined): ReadonlyArray<{ key: Weekday; label: string }> {
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return WEEK.map((key, index) => ({ key, label: name.format(A_MONDAY + index * 86_400_000) }));
}

/** Where a merchant starts: weekdays 9 to 5 in their own zone. */
export function startingSchedule(timeZone: string): Schedule {
  const nineToFive = (): Period[] => [{ start: '09:00', end: '17:00' }];
  return { timeZone, weekly: { mon: nineToFive(), tue: nineToFive(), wed: nineToFive(), thu: nineToFive(), fri: nineToFive() } };
}

/** A new period after the day's last one (or 09:00–17:00 on a closed day). */
export function addPeriod(schedule: Schedule, day: Weekday): Schedule {
  const periods = schedule.weekly[day] ?? [];
  const last = periods.at(-1);
  const next: Period = last ? { start: last.end === '24:00' ? '00:00' : last.end, end: last.end === '24:00' ? '01:00' : '24:00' } : { start: '09:00', end: '17:00' };
  return { ...schedule, weekly: { ...schedule.weekly, [day]: [...periods, next] } };
}

export function updatePeriod(schedule: Schedule, day: Weekday, index: number, change: Partial<Period>): Schedule {
  const periods = (schedule.weekly[day] ?? []).map((p, i) => (i === index ? { ...p, ...change } : p));
  return { ...schedule, weekly: { ...schedule.weekly, [day]: periods } };
}

/** Removes a period; a day with none left is closed (the key is dropped, never left empty). */
export function removePeriod(schedule: Schedule, day: Weekday, index: number): Schedule {
  const periods = (schedule.weekly[day] ?? []).filter((_, i) => i !== index);
  const weekly = { ...schedule.weekly };
  if (periods.length) weekly[day] = periods;
  else delete weekly[day];
  return { ...schedule, weekly };
}

/** A closed day on `date` (YYYY-MM-DD), kept in date order; the same date twice is refused. */
export function addException(schedule: Schedule, date: string, label?: string): Schedule {
  const exceptions = schedule.exceptions ?? [];
  if (exceptions.some((e) => e.date === date)) return schedule;
  const added: ScheduleException = label ? { date, label, closed: true } : { date, closed: true };
  return { ...schedule, exceptions: [...exceptions, added].sort((a, b) => a.date.localeCompare(b.date)) };
}

/** Turns a date into special hours (or back into a closed day with `periods` null). */
export function setExceptionHours(schedule: Schedule, date: string, periods: Period[] | null): Schedule {
  const exceptions = (schedule.exceptions ?? []).map((e): ScheduleException => {
    if (e.date !== date) return e;
    const base = e.label ? { date, label: e.label } : { date };
    return periods && periods.length ? { ...base, periods } : { ...base, closed: true };
  });
  return { ...schedule, exceptions };
}

export function removeException(schedule: Schedule, date: string): Schedule {
  const exceptions = (schedule.exceptions ?? []).filter((e) => e.date !== date);
  const { exceptions: _old, ...rest } = schedule;
  return exceptions.length ? { ...rest, exceptions } : rest;
}

/** Every IANA zone the browser knows, the merchant's own first. */
export function timeZoneChoices(own: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [own];
  return [own, ...all.filter((z) => z !== own)];
}
