import { describe, expect, it } from 'vitest';
import { dayOf, localTime, wallToInstant } from './wall-time';

/** The instant of an ISO time with an explicit offset, e.g. '2024-03-10T03:00-04:00'. */
const at = (iso: string) => Date.parse(iso);
const wall = (date: string, time: string) => {
  const [h, m] = time.split(':').map(Number);
  return { day: dayOf(date), minutes: h! * 60 + m! };
};

describe('localTime', () => {
  it.each([
    ['Asia/Kolkata', '2024-06-03T09:00+05:30', { date: '2024-06-03', time: '09:00', weekday: 1, offsetMinutes: 330 }],
    ['Asia/Kathmandu', '2024-06-03T00:10+05:45', { date: '2024-06-03', time: '00:10', weekday: 1, offsetMinutes: 345 }],
    ['America/St_Johns', '2024-01-15T23:59-03:30', { date: '2024-01-15', time: '23:59', weekday: 1, offsetMinutes: -210 }],
    ['America/St_Johns', '2024-07-15T12:00-02:30', { date: '2024-07-15', time: '12:00', weekday: 1, offsetMinutes: -150 }],
    ['Australia/Lord_Howe', '2024-01-15T12:00+11:00', { date: '2024-01-15', time: '12:00', weekday: 1, offsetMinutes: 660 }],
    ['Australia/Lord_Howe', '2024-07-15T12:00+10:30', { date: '2024-07-15', time: '12:00', weekday: 1, offsetMinutes: 630 }],
    ['America/New_York', '2024-11-03T01:30-04:00', { date: '2024-11-03', time: '01:30', weekday: 0, offsetMinutes: -240 }],
    ['America/New_York', '2024-11-03T01:30-05:00', { date: '2024-11-03', time: '01:30', weekday: 0, offsetMinutes: -300 }],
    ['Europe/London', '2024-12-31T23:59:59Z', { date: '2024-12-31', time: '23:59', weekday: 2, offsetMinutes: 0 }],
  ])('%s at %s', (zone, iso, expected) => {
    expect(localTime(at(iso), zone)).toEqual(expected);
  });

  it('handles instants before 1970', () => {
    expect(localTime(at('1969-12-31T23:30Z'), 'UTC')).toEqual({ date: '1969-12-31', time: '23:30', weekday: 3, offsetMinutes: 0 });
  });
});

describe('wallToInstant', () => {
  it('maps an ordinary wall time to its one instant, either way', () => {
    for (const edge of ['start', 'end'] as const) {
      expect(wallToInstant(wall('2024-06-03', '09:00'), 'Asia/Kathmandu', edge)).toBe(at('2024-06-03T09:00+05:45'));
    }
  });

  it('maps 24:00 (minute 1440) to the next midnight', () => {
    expect(wallToInstant({ day: dayOf('2024-06-03'), minutes: 1440 }, 'Asia/Kolkata', 'end')).toBe(at('2024-06-04T00:00+05:30'));
  });

  describe('spring-forward gap: the first instant after the gap, for starts and ends alike', () => {
    it.each([
      ['America/New_York', '2024-03-10', '02:30', '2024-03-10T03:00-04:00'],
      ['America/New_York', '2024-03-10', '02:00', '2024-03-10T03:00-04:00'],
      ['Europe/London', '2024-03-31', '01:15', '2024-03-31T02:00+01:00'],
      ['America/St_Johns', '2024-03-10', '02:45', '2024-03-10T03:00-02:30'],
      // Lord Howe moves its clocks by half an hour: 02:00 → 02:30.
      ['Australia/Lord_Howe', '2024-10-06', '02:10', '2024-10-06T02:30+11:00'],
    ])('%s %s %s', (zone, date, time, expected) => {
      expect(wallToInstant(wall(date, time), zone, 'start')).toBe(at(expected));
      expect(wallToInstant(wall(date, time), zone, 'end')).toBe(at(expected));
    });

    it('leaves the wall time just after the gap alone', () => {
      expect(wallToInstant(wall('2024-03-10', '03:00'), 'America/New_York', 'start')).toBe(at('2024-03-10T03:00-04:00'));
    });
  });

  describe('fall-back overlap: a start at the first occurrence, an end at the second', () => {
    it.each([
      ['America/New_York', '2024-11-03', '01:30', '2024-11-03T01:30-04:00', '2024-11-03T01:30-05:00'],
      ['Europe/London', '2024-10-27', '01:30', '2024-10-27T01:30+01:00', '2024-10-27T01:30Z'],
      ['America/St_Johns', '2024-11-03', '01:15', '2024-11-03T01:15-02:30', '2024-11-03T01:15-03:30'],
      ['Australia/Lord_Howe', '2024-04-07', '01:45', '2024-04-07T01:45+11:00', '2024-04-07T01:45+10:30'],
    ])('%s %s %s', (zone, date, time, first, second) => {
      expect(wallToInstant(wall(date, time), zone, 'start')).toBe(at(first));
      expect(wallToInstant(wall(date, time), zone, 'end')).toBe(at(second));
    });

    it.each([
      ['America/New_York', '2024-11-03', '01:00', '2024-11-03T01:00-04:00'],
      ['Europe/London', '2024-10-27', '01:00', '2024-10-27T01:00+01:00'],
      ['Australia/Lord_Howe', '2024-04-07', '01:30', '2024-04-07T01:30+11:00'],
    ])('except an end exactly where the clock falls back to: its first occurrence (%s %s %s)', (zone, date, time, first) => {
      expect(wallToInstant(wall(date, time), zone, 'start')).toBe(at(first));
      expect(wallToInstant(wall(date, time), zone, 'end')).toBe(at(first));
    });
  });
});
