/**
 * A Wix site's business schedule (Site Properties v4: `businessSchedule` and `timeZone`)
 * as Kotha's Schedule, so a new install starts with the hours the merchant already gave
 * Wix. Pure: the install flow fetches the properties and stores the result.
 *
 * Wix periods run from `openDay openTime` to `closeDay closeTime` and may span days
 * (FRIDAY 19:00 → SATURDAY 02:00); Kotha periods belong to the day they start on and may
 * run past midnight once, so longer spans are cut at midnights. Special hour periods are
 * UTC instants; they become dated exceptions in the site's zone.
 */
import type { Period, Schedule, ScheduleException, Weekday } from '@kotha/common/schedule/model';
import { WEEKDAYS } from '@kotha/common/schedule/model';
import { scheduleSchema } from '@kotha/common/schedule/schema';
import { localTime } from '@kotha/common/schedule/wall-time';

/** The part of Wix's site properties this reads (field names as Wix documents them). */
export interface WixSiteProperties {
  timeZone?: string | null;
  businessSchedule?: {
    periods?: Array<{ openDay?: string; openTime?: string; closeDay?: string; closeTime?: string }>;
    specialHourPeriod?: Array<{ startDate?: string; endDate?: string; isClosed?: boolean; comment?: string }>;
  };
}

const WIX_DAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];
const WEEK_MINUTES = 7 * 1440;
const HHMM = /^([01]\d|2[0-4]):[0-5]\d$/;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (m: number) => (m === 1440 ? '24:00' : `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

/** Kotha's schedule from Wix's, or null when Wix has no usable hours (Kotha then stays always open). */
export function scheduleFromWix(properties: WixSiteProperties): Schedule | null {
  const timeZone = properties.timeZone;
  const periods = properties.businessSchedule?.periods ?? [];
  if (!timeZone || periods.length === 0) return null;

  const weekly: Partial<Record<Weekday, Period[]>> = {};
  for (const p of periods) {
    const openDay = WIX_DAYS.indexOf(p.openDay ?? '');
    const closeDay = WIX_DAYS.indexOf(p.closeDay ?? '');
    if (openDay < 0 || closeDay < 0 || !HHMM.test(p.openTime ?? '') || !HHMM.test(p.closeTime ?? '')) continue;
    // Minutes into the week (Sunday 00:00 = 0); a close at or before the open wraps to next week.
    let start = openDay * 1440 + minutes(p.openTime!);
    let end = closeDay * 1440 + minutes(p.closeTime!);
    if (end <= start) end += WEEK_MINUTES;
    // A span of a day or less is one period (it may run past midnight); longer ones are cut at midnights.
    while (start < end) {
      const day = Math.floor(start / 1440);
      const dayEnd = (day + 1) * 1440;
      const stop = end - start <= 1440 ? end : dayEnd;
      const endClock = stop > dayEnd ? clock(stop - dayEnd) : clock(stop - day * 1440);
      (weekly[WEEKDAYS[day % 7]!] ??= []).push({ start: clock(start - day * 1440), end: endClock });
      start = stop;
    }
  }

  const exceptions: ScheduleException[] = [];
  for (const special of properties.businessSchedule?.specialHourPeriod ?? []) {
    const from = Date.parse(special.startDate ?? '');
    const to = Date.parse(special.endDate ?? '');
    if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) continue;
    const label = special.comment?.trim().slice(0, 100) || undefined;
    const first = localTime(from, timeZone);
    const last = localTime(to - 1, timeZone);
    if (special.isClosed === false) {
      // Open hours on one date; a special opening spanning dates has no one-day equivalent.
      if (first.date !== last.date) continue;
      const end = localTime(to, timeZone);
      const periods: Period[] = [{ start: first.time, end: end.date === first.date ? end.time : '24:00' }];
      exceptions.push(label ? { date: first.date, label, periods } : { date: first.date, periods });
      continue;
    }
    // Closed: every date the closure touches in the site's zone.
    for (let at = from; localTime(at, timeZone).date <= last.date; at += 86_400_000) {
      const date = localTime(at, timeZone).date;
      if (!exceptions.some((e) => e.date === date)) exceptions.push(label ? { date, label, closed: true } : { date, closed: true });
    }
  }

  const schedule: Schedule = { timeZone, weekly, ...(exceptions.length ? { exceptions: exceptions.sort((a, b) => a.date.localeCompare(b.date)) } : {}) };
  // Whatever Wix holds that Kotha cannot express (overlaps, an unknown zone) leaves the chat always open rather than wrong.
  return scheduleSchema.safeParse(schedule).success ? schedule : null;
}
