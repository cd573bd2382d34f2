const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Largest unit first: the first one the distance reaches is used. */
const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', YEAR],
  ['month', MONTH],
  ['week', WEEK],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/** "now", "5 minutes ago", "yesterday"… for a timestamp relative to `now`. */
export function formatRelativeTime(at: number, now: number, locale?: string): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' });
  const delta = at - now;
  const distance = Math.abs(delta);
  // Under a minute reads as "now": second-level churn in a list is noise.
  if (distance < MINUTE) return format.format(0, 'second');
  for (const [unit, size] of UNITS) {
    if (distance >= size) return format.format(Math.trunc(delta / size), unit);
  }
  return format.format(0, 'second');
}

/** The clock time of a message, e.g. "14:05" or "2:05 PM" per locale. */
export function formatClockTime(at: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** The full date and time, for tooltips. */
export function formatFullTime(at: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
