/**
 * Business time: how much of a stretch of time fell inside the schedule's open hours.
 * Analytics report response times both in wall-clock time and in this measure, so a
 * shopper who writes at 16:59 and is answered at 09:01 the next morning counts as two
 * minutes of the team's time, not sixteen hours.
 *
 * The manual override is left out on purpose: it records only the switch in force now,
 * not the ones of the past, so applying it to history would rewrite earlier figures.
 */
import type { Schedule } from './model';
import { indexed, openSpans, type Span } from './intervals';
import { localDay } from './wall-time';

/** The open spans of the hours clipped to [fromMs, toMs), in order. */
export function openSpansBetween(schedule: Schedule, fromMs: number, toMs: number): Span[] {
  if (toMs <= fromMs) return [];
  const { timeZone } = schedule;
  const result: Span[] = [];
  // One day either side: a period of the day before may run past midnight into the range.
  for (const span of openSpans(indexed(schedule), localDay(fromMs, timeZone) - 1, localDay(toMs, timeZone) + 1)) {
    const start = Math.max(span.start, fromMs);
    const end = Math.min(span.end, toMs);
    if (end > start) result.push({ start, end });
  }
  return result;
}

/** Milliseconds of [fromMs, toMs) inside open hours; without a schedule the team is always open. */
export function openMsBetween(schedule: Schedule | null, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return 0;
  if (!schedule) return toMs - fromMs;
  return openSpansBetween(schedule, fromMs, toMs).reduce((sum, s) => sum + s.end - s.start, 0);
}
