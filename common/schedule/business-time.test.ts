import { describe, expect, it } from 'vitest';
import { openMsBetween, openSpansBetween, type Schedule } from './';

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;

// 2024-06-03 is a Monday.
const weekdays9to5: Schedule = {
  timeZone: 'Asia/Dhaka',
  weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
};

describe('business time', () => {
  it('counts only open minutes: 16:58 → next morning 09:03 is 2 + 3 minutes', () => {
    expect(openMsBetween(weekdays9to5, at('2024-06-03T16:58+06:00'), at('2024-06-04T09:03+06:00'))).toBe(5 * MIN);
  });

  it('is the whole stretch inside one open period, and nothing over a weekend', () => {
    expect(openMsBetween(weekdays9to5, at('2024-06-03T10:00+06:00'), at('2024-06-03T10:07+06:00'))).toBe(7 * MIN);
    expect(openMsBetween(weekdays9to5, at('2024-06-08T10:00+06:00'), at('2024-06-09T18:00+06:00'))).toBe(0);
  });

  it('skips a holiday', () => {
    const withHoliday: Schedule = { ...weekdays9to5, exceptions: [{ date: '2024-06-04', closed: true }] };
    // Monday 16:00 → Wednesday 09:30: one hour on Monday, none on the holiday, 30 minutes on Wednesday.
    expect(openMsBetween(withHoliday, at('2024-06-03T16:00+06:00'), at('2024-06-05T09:30+06:00'))).toBe(90 * MIN);
  });

  it('counts a period running past midnight from the day before', () => {
    const late: Schedule = { timeZone: 'UTC', weekly: { fri: [{ start: '22:00', end: '02:00' }] } };
    // 2024-06-08 is a Saturday: 00:30 → 03:00 holds Friday's period until 02:00.
    expect(openSpansBetween(late, at('2024-06-08T00:30Z'), at('2024-06-08T03:00Z'))).toEqual([{ start: at('2024-06-08T00:30Z'), end: at('2024-06-08T02:00Z') }]);
  });

  it('counts a 24-hour day that loses an hour to the clocks as 23 hours', () => {
    const always: Schedule = { timeZone: 'America/New_York', weekly: { sun: [{ start: '00:00', end: '00:00' }] } };
    // 2024-03-10: New York springs forward.
    expect(openMsBetween(always, at('2024-03-10T00:00-05:00'), at('2024-03-11T00:00-04:00'))).toBe(23 * 60 * MIN);
  });

  it('is always open without a schedule, and empty for an empty range', () => {
    expect(openMsBetween(null, 0, 42)).toBe(42);
    expect(openMsBetween(weekdays9to5, 100, 100)).toBe(0);
  });
});
