import { describe, expect, it } from 'vitest';
import { isOpen } from '@kotha/common/schedule';
import { scheduleFromWix } from './business-schedule';

const period = (openDay: string, openTime: string, closeDay: string, closeTime: string) => ({ openDay, openTime, closeDay, closeTime });

describe('scheduleFromWix', () => {
  it('takes weekly hours with several periods a day and the site zone', () => {
    const schedule = scheduleFromWix({
      timeZone: 'Asia/Dhaka',
      businessSchedule: { periods: [period('MONDAY', '09:00', 'MONDAY', '13:00'), period('MONDAY', '14:00', 'MONDAY', '18:00'), period('SATURDAY', '10:00', 'SATURDAY', '24:00')] },
    });
    expect(schedule).toEqual({ timeZone: 'Asia/Dhaka', weekly: { mon: [{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }], sat: [{ start: '10:00', end: '24:00' }] } });
  });

  it('keeps a period that runs past midnight on the day it starts, and cuts longer spans at midnights', () => {
    const late = scheduleFromWix({ timeZone: 'Europe/Berlin', businessSchedule: { periods: [period('FRIDAY', '19:00', 'SATURDAY', '02:00'), period('SATURDAY', '22:00', 'SUNDAY', '03:00')] } })!;
    expect(late.weekly).toEqual({ fri: [{ start: '19:00', end: '02:00' }], sat: [{ start: '22:00', end: '03:00' }] });
    const long = scheduleFromWix({ timeZone: 'UTC', businessSchedule: { periods: [period('MONDAY', '09:00', 'WEDNESDAY', '17:00')] } })!;
    expect(long.weekly).toEqual({ mon: [{ start: '09:00', end: '24:00' }], tue: [{ start: '00:00', end: '24:00' }], wed: [{ start: '00:00', end: '17:00' }] });
    // Tuesday noon UTC is open; Wednesday 18:00 is not.
    expect(isOpen(long, Date.UTC(2026, 10, 24, 12))).toBe(true);
    expect(isOpen(long, Date.UTC(2026, 10, 25, 18))).toBe(false);
  });

  it('turns special closures into closed dates in the site zone, and special openings into hours', () => {
    const schedule = scheduleFromWix({
      timeZone: 'Asia/Kolkata',
      businessSchedule: {
        periods: [period('MONDAY', '09:00', 'MONDAY', '17:00')],
        specialHourPeriod: [
          // Diwali: 8–9 Nov 2026 in India (UTC+5:30).
          { startDate: '2026-11-07T18:30:00Z', endDate: '2026-11-09T18:30:00Z', isClosed: true, comment: 'Diwali' },
          { startDate: '2026-12-24T04:30:00Z', endDate: '2026-12-24T08:30:00Z', isClosed: false },
        ],
      },
    })!;
    expect(schedule.exceptions).toEqual([
      { date: '2026-11-08', label: 'Diwali', closed: true },
      { date: '2026-11-09', label: 'Diwali', closed: true },
      { date: '2026-12-24', periods: [{ start: '10:00', end: '14:00' }] },
    ]);
  });

  it('gives no schedule when Wix has no hours or no zone, or hours Kotha cannot express', () => {
    expect(scheduleFromWix({ timeZone: 'Asia/Dhaka' })).toBeNull();
    expect(scheduleFromWix({ businessSchedule: { periods: [period('MONDAY', '09:00', 'MONDAY', '17:00')] } })).toBeNull();
    expect(scheduleFromWix({ timeZone: 'Not/AZone', businessSchedule: { periods: [period('MONDAY', '09:00', 'MONDAY', '17:00')] } })).toBeNull();
    // Overlapping periods on one day.
    expect(scheduleFromWix({ timeZone: 'UTC', businessSchedule: { periods: [period('MONDAY', '09:00', 'MONDAY', '17:00'), period('MONDAY', '12:00', 'MONDAY', '19:00')] } })).toBeNull();
  });
});
