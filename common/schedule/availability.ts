/**
 * Is the chat open at an instant, and when does that change: the schedule's hours, its
 * dated exceptions and the manual override, evaluated at an instant the caller supplies
 * (nothing here reads the clock).
 *
 * Overlapping or touching periods are merged: open is the union of every period, so a
 * Friday 22:00–02:00 that runs into Saturday's 01:00–05:00 is one span until 05:00.
 * (scheduleSchema rejects overlaps within one day's list as a likely typo; these
 * functions never rely on that.)
 */
import { HORIZON_DAYS, type Availability, type AvailabilityReason, type Override, type Schedule } from './model';
import { exceptionOn, indexed, intervalsOn, openSpans, type IndexedSchedule } from './intervals';
import { localDay } from './wall-time';

const DAY = 86_400_000;

interface State {
  open: boolean;
  reason: AvailabilityReason;
}

/** Whether the chat is open at `atMs`. */
export function isOpen(schedule: Schedule, atMs: number): boolean {
  return stateAt(indexed(schedule), atMs).open;
}

/**
 * When the open state next flips after `atMs`, and to what; null if it does not flip
 * within HORIZON_DAYS (always closed, always open, or an override with no end).
 */
export function nextChange(schedule: Schedule, atMs: number): { open: boolean; at: number } | null {
  return changeAfter(indexed(schedule), atMs);
}

/** The first instant from `atMs` on when the chat is open: `atMs` itself if open now; null if not within HORIZON_DAYS. */
export function nextOpening(schedule: Schedule, atMs: number): number | null {
  const s = indexed(schedule);
  if (stateAt(s, atMs).open) return atMs;
  return changeAfter(s, atMs)?.at ?? null;
}

/** Open or closed at `atMs`, which rule decides it, and when it changes. */
export function availability(schedule: Schedule, atMs: number): Availability {
  const s = indexed(schedule);
  const { open, reason } = stateAt(s, atMs);
  return { open, reason, changesAt: changeAfter(s, atMs)?.at ?? null };
}

function overrideAt(override: Override | undefined, atMs: number): Override | null {
  if (!override) return null;
  return override.until === undefined || atMs < override.until ? override : null;
}

function stateAt(s: IndexedSchedule, atMs: number): State {
  const override = overrideAt(s.schedule.override, atMs);
  if (override) return { open: override.mode === 'online', reason: 'override' };
  return scheduleStateAt(s, atMs);
}

/**
 * The hours alone. Open: the reason is where the covering period comes from. Closed:
 * today's exception if there is one (closed → holiday; outside special hours → special-hours).
 */
function scheduleStateAt(s: IndexedSchedule, atMs: number): State {
  const today = localDay(atMs, s.schedule.timeZone);
  // Yesterday's periods may run past midnight into today; tomorrow's are checked in case
  // a zone ever falls back across midnight (its wall clock then revisits yesterday).
  for (let day = today - 1; day <= today + 1; day++) {
    const covering = intervalsOn(s, day).find((i) => i.start <= atMs && atMs < i.end);
    if (covering) return { open: true, reason: covering.source };
  }
  const exception = exceptionOn(s, today);
  if (!exception) return { open: false, reason: 'schedule' };
  return { open: false, reason: 'closed' in exception ? 'holiday' : 'special-hours' };
}

function changeAfter(s: IndexedSchedule, atMs: number): { open: boolean; at: number } | null {
  const limit = atMs + HORIZON_DAYS * DAY;
  const override = overrideAt(s.schedule.override, atMs);
  if (!override) {
    const at = scheduleChangeAfter(s, atMs, limit);
    return at === null ? null : { open: !scheduleStateAt(s, atMs).open, at };
  }
  if (override.until === undefined) return null;
  const openNow = override.mode === 'online';
  const openAfter = scheduleStateAt(s, override.until).open;
  if (openAfter !== openNow) return override.until <= limit ? { open: openAfter, at: override.until } : null;
  const at = scheduleChangeAfter(s, override.until, limit);
  return at === null ? null : { open: !openNow, at };
}

/** The first instant after `fromMs` where the hours alone flip, if not later than `limitMs`. */
function scheduleChangeAfter(s: IndexedSchedule, fromMs: number, limitMs: number): number | null {
  const { timeZone } = s.schedule;
  // Days past the limit's are not needed: their periods start after the limit, so any span
  // ending by the limit is final.
  for (const span of openSpans(s, localDay(fromMs, timeZone) - 1, localDay(limitMs, timeZone) + 1)) {
    if (span.end <= fromMs) continue;
    const at = span.start > fromMs ? span.start : span.end;
    return at <= limitMs ? at : null;
  }
  return null;
}
