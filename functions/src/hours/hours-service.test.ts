import { describe, expect, it } from 'vitest';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import { estimatedWait, openAt } from './hours-service';

describe('estimatedWait', () => {
  it('counts a typical reply per shopper in line, less what was waited, never under a minute', () => {
    expect(estimatedWait(4, 3, 0)).toBe(12);
    expect(estimatedWait(4, 3, 5 * 60_000)).toBe(7);
    expect(estimatedWait(4, 1, 30 * 60_000)).toBe(1);
    expect(estimatedWait(null, 2, 0)).toBeNull();
  });
});

describe('openAt', () => {
  it('is always open without hours, and follows the schedule with them', () => {
    expect(openAt(DEFAULT_HOURS, 0)).toEqual({ open: true, reason: 'always-open', changesAt: null, nextOpening: null, timeZone: null });
    const sunday = Date.UTC(2026, 10, 22, 12);
    const weekdays = { ...DEFAULT_HOURS, schedule: { timeZone: 'UTC', weekly: { mon: [{ start: '09:00', end: '17:00' }] } } };
    expect(openAt(weekdays, sunday)).toMatchObject({ open: false, nextOpening: Date.UTC(2026, 10, 23, 9), changesAt: Date.UTC(2026, 10, 23, 9) });
  });
});
