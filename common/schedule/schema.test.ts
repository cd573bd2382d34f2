import { describe, expect, it } from 'vitest';
import { scheduleSchema } from './schema';

/** Each issue as 'path: message', the way the HTTP edge reports them. */
function problems(input: unknown): string[] {
  const result = scheduleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const valid = {
  timeZone: 'Asia/Dhaka',
  weekly: { mon: [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '24:00' }], fri: [{ start: '22:00', end: '02:00' }] },
  exceptions: [
    { date: '2024-12-25', closed: true, label: 'Christmas' },
    { date: '2024-12-24', periods: [{ start: '10:00', end: '14:00' }] },
  ],
  override: { mode: 'away', until: 1_735_000_000_000 },
};

describe('scheduleSchema', () => {
  it('accepts a full schedule and returns it unchanged', () => {
    expect(scheduleSchema.parse(valid)).toEqual(valid);
  });

  it('accepts the minimum: a zone and an empty week', () => {
    expect(problems({ timeZone: 'UTC', weekly: {} })).toEqual([]);
  });

  it('rejects an unknown time zone', () => {
    expect(problems({ ...valid, timeZone: 'Mars/Olympus' })).toEqual([
      'timeZone: unknown time zone "Mars/Olympus"; use an IANA name like "Europe/London"',
    ]);
  });

  it.each(['9:00', '24:30', '12:60', '1200', ''])('rejects the start time %j', (start) => {
    expect(problems({ ...valid, weekly: { tue: [{ start, end: '17:00' }] } })).toEqual([
      'weekly.tue.0.start: must be a time as HH:MM, from 00:00 to 23:59',
    ]);
  });

  it('allows 24:00 as an end but not as a start', () => {
    expect(problems({ ...valid, weekly: { tue: [{ start: '24:00', end: '24:00' }] } })).toEqual([
      'weekly.tue.0.start: must be a time as HH:MM, from 00:00 to 23:59',
    ]);
    expect(problems({ ...valid, weekly: { tue: [{ start: '09:00', end: '24:01' }] } })).toEqual([
      'weekly.tue.0.end: must be a time as HH:MM, from 00:00 to 24:00',
    ]);
  });

  it('rejects an unknown weekday key', () => {
    expect(problems({ ...valid, weekly: { monday: [] } })[0]).toMatch(/^weekly: Unrecognized key: "monday"/);
  });

  it('rejects overlapping periods within a day, naming them', () => {
    expect(problems({ ...valid, weekly: { wed: [{ start: '13:00', end: '18:00' }, { start: '09:00', end: '13:30' }] } })).toEqual([
      'weekly.wed: periods 09:00–13:30 and 13:00–18:00 overlap',
    ]);
    // An overnight period overlapping a later one the same evening.
    expect(problems({ ...valid, weekly: { wed: [{ start: '20:00', end: '02:00' }, { start: '23:00', end: '23:30' }] } })).toEqual([
      'weekly.wed: periods 20:00–02:00 and 23:00–23:30 overlap',
    ]);
    // The morning and the night's spill into tomorrow do not overlap.
    expect(problems({ ...valid, weekly: { wed: [{ start: '01:00', end: '03:00' }, { start: '22:00', end: '02:00' }] } })).toEqual([]);
  });

  it.each([
    ['2024-02-30', 'must be a real calendar date'],
    ['2023-02-29', 'must be a real calendar date'],
    ['24-12-25', 'must be a date as YYYY-MM-DD'],
    ['2024/12/25', 'must be a date as YYYY-MM-DD'],
  ])('rejects the date %j', (date, message) => {
    expect(problems({ ...valid, exceptions: [{ date, closed: true }] })).toEqual([`exceptions.0.date: ${message}`]);
  });

  it('accepts a leap day', () => {
    expect(problems({ ...valid, exceptions: [{ date: '2024-02-29', closed: true }] })).toEqual([]);
  });

  it('wants an exception to be either closed or special hours', () => {
    expect(problems({ ...valid, exceptions: [{ date: '2024-12-25' }] })).toEqual([
      'exceptions.0: give closed: true (a holiday) or periods (special hours)',
    ]);
    expect(problems({ ...valid, exceptions: [{ date: '2024-12-25', closed: true, periods: [{ start: '09:00', end: '10:00' }] }] })).toEqual([
      'exceptions.0: give either closed: true or periods, not both',
    ]);
    expect(problems({ ...valid, exceptions: [{ date: '2024-12-25', periods: [] }] })).toEqual([
      'exceptions.0.periods: must not be empty; use closed: true for a closed day',
    ]);
    expect(problems({ ...valid, exceptions: [{ date: '2024-12-25', closed: false }] })).toEqual([
      'exceptions.0.closed: must be true (or leave it out and give periods)',
    ]);
  });

  it('rejects a date given twice', () => {
    expect(problems({ ...valid, exceptions: [{ date: '2024-12-25', closed: true }, { date: '2024-12-25', closed: true }] })).toEqual([
      'exceptions.1.date: 2024-12-25 appears more than once',
    ]);
  });

  it('checks the override', () => {
    expect(problems({ ...valid, override: { mode: 'busy' } })).toEqual(['override.mode: must be "online" or "away"']);
    expect(problems({ ...valid, override: { mode: 'online', until: -5 } })).toEqual(['override.until: must be epoch milliseconds']);
  });
});
