import { describe, expect, it } from 'vitest';
import { scheduleSchema } from '@kotha/common/schedule/schema.ts';
import { addException, addPeriod, removeException, removePeriod, setExceptionHours, startingSchedule, timeZoneChoices, updatePeriod, weekdays } from './hours-form.ts';

describe('the hours editor', () => {
  it('starts from weekdays 9 to 5, a schedule the API accepts', () => {
    const schedule = startingSchedule('Asia/Dhaka');
    expect(scheduleSchema.safeParse(schedule).success).toBe(true);
    expect(Object.keys(schedule.weekly)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
  });

  it('adds a second period after the first, edits and removes periods, closing a day with none', () => {
    let s = startingSchedule('Europe/Paris');
    s = addPeriod(s, 'mon');
    expect(s.weekly.mon).toEqual([{ start: '09:00', end: '17:00' }, { start: '17:00', end: '24:00' }]);
    s = updatePeriod(s, 'mon', 1, { start: '18:00', end: '02:00' });
    expect(scheduleSchema.safeParse(s).success).toBe(true); // crosses midnight
    s = removePeriod(removePeriod(s, 'mon', 0), 'mon', 0);
    expect('mon' in s.weekly).toBe(false);
    s = addPeriod(s, 'sun');
    expect(s.weekly.sun).toEqual([{ start: '09:00', end: '17:00' }]);
  });

  it('keeps holidays in date order, once per date, and switches them to special hours and back', () => {
    let s = startingSchedule('Asia/Kolkata');
    s = addException(s, '2026-12-25', 'Christmas');
    s = addException(s, '2026-11-08', 'Diwali');
    s = addException(s, '2026-12-25');
    expect(s.exceptions).toEqual([{ date: '2026-11-08', label: 'Diwali', closed: true }, { date: '2026-12-25', label: 'Christmas', closed: true }]);
    s = setExceptionHours(s, '2026-12-25', [{ start: '10:00', end: '14:00' }]);
    expect(s.exceptions?.[1]).toEqual({ date: '2026-12-25', label: 'Christmas', periods: [{ start: '10:00', end: '14:00' }] });
    expect(scheduleSchema.safeParse(s).success).toBe(true);
    s = setExceptionHours(s, '2026-12-25', null);
    expect(s.exceptions?.[1]).toEqual({ date: '2026-12-25', label: 'Christmas', closed: true });
    s = removeException(removeException(s, '2026-12-25'), '2026-11-08');
    expect(s).not.toHaveProperty('exceptions');
  });

  it('offers every zone, the merchant’s own first', () => {
    const zones = timeZoneChoices('Asia/Kathmandu');
    expect(zones[0]).toBe('Asia/Kathmandu');
    expect(zones).toContain('Australia/Lord_Howe');
    expect(zones.filter((z) => z === 'Asia/Kathmandu')).toHaveLength(1);
  });
});

describe('weekdays', () => {
  it('runs Monday to Sunday, named in the merchant’s language', () => {
    expect(weekdays('en').map((d) => d.label)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(weekdays('en').map((d) => d.key)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(weekdays('bn')[0]?.label).toBe('সোমবার');
    expect(weekdays('te')[6]?.label).toBe('ఆదివారం');
  });
});
