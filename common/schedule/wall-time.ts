/**
 * Local wall time ↔ instant in an IANA zone, with Intl only (no offset tables), so the
 * zone rules are whatever the runtime's ICU knows.
 *
 * Wall time → instant follows one rule: a period [start, end) is open from the first
 * moment the wall clock reads `start` or later until the last moment it reads earlier than
 * `end`. When the clocks change, that means:
 * - a wall time inside a spring-forward gap (02:30 when 02:00 jumps to 03:00) never shows;
 *   it maps to the first instant after the gap (the jump itself, 03:00), for starts and
 *   ends alike, so a period 02:30–05:00 opens at 03:00 and one wholly inside the gap is
 *   empty;
 * - a wall time inside a fall-back overlap (01:30 twice when 02:00 goes back to 01:00)
 *   maps to its first occurrence for a start and its second for an end, so the period
 *   spans every reading of its wall-clock range, the repeated ones included;
 * - except that an end exactly where the clock falls back to (01:00 here) is reached for
 *   good at its first occurrence: the clock never reads earlier than 01:00 again, and a
 *   shop closing at 01:00 should not stay open through the repeated hour.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The site's wall clock at an instant. */
export interface LocalTime {
  /** 'YYYY-MM-DD' */
  date: string;
  /** 'HH:MM' */
  time: string;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes east of UTC: +330 in Kolkata, −240 in New York in summer (the opposite sign of Date#getTimezoneOffset). */
  offsetMinutes: number;
}

/** Wall-time `minutes` (0–1440) on local `day`, counted in days since 1970-01-01. */
export interface WallTime {
  day: number;
  minutes: number;
}

// Building a DateTimeFormat costs far more than using one; schedules touch few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether Intl knows the zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock at `atMs`, read as if it were UTC, in ms (seconds kept, ms dropped). */
function wallClockMs(atMs: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const { type, value } of formatter(timeZone).formatToParts(atMs)) {
    if (type !== 'literal') parts[type] = Number(value);
  }
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

/** The zone's offset at `atMs`, in ms east of UTC. */
function offsetAt(atMs: number, timeZone: string): number {
  return wallClockMs(atMs, timeZone) - Math.floor(atMs / 1000) * 1000;
}

/** The site's local date, time, weekday and UTC offset at `atMs`. */
export function localTime(atMs: number, timeZone: string): LocalTime {
  const wall = wallClockMs(atMs, timeZone);
  const day = Math.floor(wall / DAY);
  const minutes = Math.floor((wall - day * DAY) / MINUTE);
  return {
    date: dateOf(day),
    time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`,
    weekday: weekdayOf(day),
    offsetMinutes: Math.round((wall - Math.floor(atMs / 1000) * 1000) / MINUTE),
  };
}

/** The local day (days since 1970-01-01 on the wall clock) at `atMs`. */
export function localDay(atMs: number, timeZone: string): number {
  return Math.floor(wallClockMs(atMs, timeZone) / DAY);
}

/**
 * The instant a period starting (`'start'`) or ending (`'end'`) at a wall time begins or
 * ends; see the file comment for what happens when the clocks change.
 */
export function wallToInstant(wall: WallTime, timeZone: string, edge: 'start' | 'end'): number {
  const asUtc = wall.day * DAY + wall.minutes * MINUTE;
  // Offsets a day either side bracket any single transition near this wall time (real
  // offsets are within ±14 h); two transitions within two days do not occur in tzdata today.
  const before = offsetAt(asUtc - DAY, timeZone);
  const after = offsetAt(asUtc + DAY, timeZone);
  const first = asUtc - before;
  const second = asUtc - after;
  const firstValid = offsetAt(first, timeZone) === before;
  const secondValid = offsetAt(second, timeZone) === after;
  if (firstValid && secondValid && first < second) {
    // Fall-back overlap. The second occurrence is where the clock fell back to if the
    // moment just before it still read the old offset.
    if (edge === 'start') return first;
    return offsetAt(second - 1000, timeZone) === after ? second : first;
  }
  if (firstValid) return first;
  if (secondValid) return second;
  // A gap: the clock jumped over this wall time. Its first valid instant is the jump,
  // somewhere in (second, first]; find it by bisection to the second.
  let lo = second;
  let hi = first;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (offsetAt(mid, timeZone) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** 'YYYY-MM-DD' → days since 1970-01-01. */
export function dayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY;
}

/** Days since 1970-01-01 → 'YYYY-MM-DD'. */
export function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday; 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** 'HH:MM' → minutes since midnight ('24:00' → 1440). */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return h! * 60 + m!;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
