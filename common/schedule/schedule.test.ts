import { describe, expect, it } from 'vitest';
import { availability, isOpen, nextChange, nextOpening, type Schedule } from './';

/** The instant of an ISO time with an explicit offset, e.g. '2024-03-10T03:00-04:00'. */
const at = (iso: string) => Date.parse(iso);
const opensAt = (iso: string) => ({ open: true, at: at(iso) });
const closesAt = (iso: string) => ({ open: false, at: at(iso) });

describe('weekly hours', () => {
  // 2024-06-03 is a Monday.
  const split: Schedule = {
    timeZone: 'Asia/Kolkata',
    weekly: { mon: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '17:30' }] },
  };

  it('has several periods a day, closed in between', () => {
    expect(isOpen(split, at('2024-06-03T08:59+05:30'))).toBe(false);
    expect(isOpen(split, at('2024-06-03T09:00+05:30'))).toBe(true);
    expect(isOpen(split, at('2024-06-03T11:59+05:30'))).toBe(true);
    expect(isOpen(split, at('2024-06-03T12:00+05:30'))).toBe(false);
    expect(isOpen(split, at('2024-06-03T13:30+05:30'))).toBe(true);
    expect(isOpen(split, at('2024-06-03T17:30+05:30'))).toBe(false);
  });

  it('reports the next flip each way', () => {
    expect(nextChange(split, at('2024-06-03T10:00+05:30'))).toEqual(closesAt('2024-06-03T12:00+05:30'));
    expect(nextChange(split, at('2024-06-03T12:00+05:30'))).toEqual(opensAt('2024-06-03T13:00+05:30'));
    expect(nextChange(split, at('2024-06-03T18:00+05:30'))).toEqual(opensAt('2024-06-10T09:00+05:30'));
  });

  it('runs a period whose end is at or before its start into the next day', () => {
    const late: Schedule = { timeZone: 'America/New_York', weekly: { fri: [{ start: '22:00', end: '02:00' }] } };
    expect(isOpen(late, at('2024-06-07T21:59-04:00'))).toBe(false);
    expect(isOpen(late, at('2024-06-08T01:00-04:00'))).toBe(true); // Saturday 01:00
    expect(isOpen(late, at('2024-06-08T02:00-04:00'))).toBe(false);
    expect(nextChange(late, at('2024-06-07T23:00-04:00'))).toEqual(closesAt('2024-06-08T02:00-04:00'));
  });

  it('runs Saturday night into Sunday across the week boundary', () => {
    const late: Schedule = { timeZone: 'UTC', weekly: { sat: [{ start: '20:00', end: '20:00' }] } };
    expect(isOpen(late, at('2024-06-09T19:59Z'))).toBe(true);
    expect(nextChange(late, at('2024-06-09T10:00Z'))).toEqual(closesAt('2024-06-09T20:00Z'));
  });

  it('merges touching and overlapping periods, including one spilling into the next day', () => {
    const s: Schedule = {
      timeZone: 'UTC',
      weekly: {
        fri: [{ start: '09:00', end: '12:00' }, { start: '12:00', end: '02:00' }],
        sat: [{ start: '01:00', end: '05:00' }],
      },
    };
    expect(nextChange(s, at('2024-06-07T10:00Z'))).toEqual(closesAt('2024-06-08T05:00Z'));
  });

  it('is open around the clock with 00:00–24:00 every day, and never changes', () => {
    const always: Schedule = {
      timeZone: 'Europe/London',
      weekly: Object.fromEntries(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, [{ start: '00:00', end: '24:00' }]])),
    };
    expect(isOpen(always, at('2024-03-31T01:30+01:00'))).toBe(true);
    expect(nextChange(always, at('2024-03-30T12:00Z'))).toBeNull();
  });

  it('never changes when always closed', () => {
    const never: Schedule = { timeZone: 'UTC', weekly: {} };
    expect(isOpen(never, 0)).toBe(false);
    expect(nextChange(never, 0)).toBeNull();
    expect(nextOpening(never, 0)).toBeNull();
    expect(availability(never, 0)).toEqual({ open: false, reason: 'schedule', changesAt: null });
  });
});

describe('exceptions', () => {
  const weekdays = [{ start: '09:00', end: '17:00' }];
  const shop: Schedule = {
    timeZone: 'Europe/London',
    weekly: { mon: weekdays, tue: [{ start: '09:00', end: '02:00' }], wed: weekdays, thu: weekdays },
    exceptions: [
      { date: '2024-12-24', periods: [{ start: '10:00', end: '14:00' }], label: 'Christmas Eve' },
      { date: '2024-12-25', closed: true, label: 'Christmas' },
    ],
  };

  it('closes a holiday all day, and says so', () => {
    expect(availability(shop, at('2024-12-25T10:00Z'))).toEqual({ open: false, reason: 'holiday', changesAt: at('2024-12-26T09:00Z') });
  });

  it('keeps the previous night running into a holiday: a period belongs to the day it starts', () => {
    // Here Christmas Eve's special hours replace Tuesday's 09:00–02:00, so nothing spills over.
    expect(availability(shop, at('2024-12-25T00:30Z')).open).toBe(false);
    const tuesdayNight: Schedule = { ...shop, exceptions: [{ date: '2024-12-25', closed: true }] };
    expect(availability(tuesdayNight, at('2024-12-25T01:00Z'))).toEqual({ open: true, reason: 'schedule', changesAt: at('2024-12-25T02:00Z') });
  });

  it('replaces the weekly hours with special hours', () => {
    expect(availability(shop, at('2024-12-24T09:30Z'))).toEqual({ open: false, reason: 'special-hours', changesAt: at('2024-12-24T10:00Z') });
    expect(availability(shop, at('2024-12-24T11:00Z'))).toEqual({ open: true, reason: 'special-hours', changesAt: at('2024-12-24T14:00Z') });
    expect(availability(shop, at('2024-12-24T15:00Z'))).toEqual({ open: false, reason: 'special-hours', changesAt: at('2024-12-26T09:00Z') });
  });

  it('applies on the local date of the schedule zone, not UTC', () => {
    const tokyo: Schedule = { timeZone: 'Asia/Tokyo', weekly: { wed: weekdays }, exceptions: [{ date: '2024-12-25', closed: true }] };
    // 2024-12-25T00:30Z is 09:30 on the 25th in Tokyo.
    expect(availability(tokyo, at('2024-12-25T00:30Z')).reason).toBe('holiday');
  });
});

describe('override', () => {
  const hours: Schedule = { timeZone: 'UTC', weekly: { mon: [{ start: '09:00', end: '17:00' }] } };
  const monday = (time: string) => at(`2024-06-03T${time}Z`);

  it('online with no end: open, and never changes', () => {
    const s: Schedule = { ...hours, override: { mode: 'online' } };
    expect(availability(s, monday('20:00'))).toEqual({ open: true, reason: 'override', changesAt: null });
    expect(nextOpening(s, monday('20:00'))).toBe(monday('20:00'));
  });

  it('away with no end: closed during the hours, and never opens', () => {
    const s: Schedule = { ...hours, override: { mode: 'away' } };
    expect(availability(s, monday('10:00'))).toEqual({ open: false, reason: 'override', changesAt: null });
    expect(nextOpening(s, monday('10:00'))).toBeNull();
  });

  it('away until a time inside the hours: opens at that time', () => {
    const s: Schedule = { ...hours, override: { mode: 'away', until: monday('11:00') } };
    expect(availability(s, monday('10:00'))).toEqual({ open: false, reason: 'override', changesAt: monday('11:00') });
    expect(availability(s, monday('11:00'))).toEqual({ open: true, reason: 'schedule', changesAt: monday('17:00') });
  });

  it('away until a time outside the hours: opens when the hours next do', () => {
    const s: Schedule = { ...hours, override: { mode: 'away', until: monday('18:00') } };
    expect(nextChange(s, monday('10:00'))).toEqual({ open: true, at: at('2024-06-10T09:00Z') });
  });

  it('online until a time inside the hours: stays open to the end of the hours', () => {
    const s: Schedule = { ...hours, override: { mode: 'online', until: monday('10:00') } };
    expect(availability(s, monday('07:00'))).toEqual({ open: true, reason: 'override', changesAt: monday('17:00') });
  });

  it('online until a time outside the hours: closes then', () => {
    const s: Schedule = { ...hours, override: { mode: 'online', until: monday('20:00') } };
    expect(nextChange(s, monday('18:00'))).toEqual({ open: false, at: monday('20:00') });
  });

  it('is ignored once its time has passed', () => {
    const s: Schedule = { ...hours, override: { mode: 'away', until: monday('08:00') } };
    expect(availability(s, monday('10:00'))).toEqual({ open: true, reason: 'schedule', changesAt: monday('17:00') });
  });
});

describe('nextOpening', () => {
  const s: Schedule = { timeZone: 'Asia/Kathmandu', weekly: { mon: [{ start: '09:00', end: '17:00' }] } };
  it('is now when open, else the next opening', () => {
    expect(nextOpening(s, at('2024-06-03T10:00+05:45'))).toBe(at('2024-06-03T10:00+05:45'));
    expect(nextOpening(s, at('2024-06-03T08:00+05:45'))).toBe(at('2024-06-03T09:00+05:45'));
    expect(nextOpening(s, at('2024-06-03T17:00+05:45'))).toBe(at('2024-06-10T09:00+05:45'));
  });
});

describe('daylight saving', () => {
  describe('America/New_York (02:00 → 03:00 on 2024-03-10, 02:00 → 01:00 on 2024-11-03)', () => {
    const zone = 'America/New_York';
    it('opens a period starting in the gap at the end of the gap', () => {
      const s: Schedule = { timeZone: zone, weekly: { sun: [{ start: '02:30', end: '05:00' }] } };
      expect(nextChange(s, at('2024-03-10T00:00-05:00'))).toEqual(opensAt('2024-03-10T03:00-04:00'));
      expect(isOpen(s, at('2024-03-10T01:59-05:00'))).toBe(false);
      expect(isOpen(s, at('2024-03-10T03:00-04:00'))).toBe(true);
    });
    it('skips a period lying wholly inside the gap', () => {
      const s: Schedule = { timeZone: zone, weekly: { sun: [{ start: '02:15', end: '02:45' }] } };
      expect(nextChange(s, at('2024-03-10T00:00-05:00'))).toEqual(opensAt('2024-03-17T02:15-04:00'));
    });
    it('ends a period ending in the gap at the end of the gap', () => {
      const s: Schedule = { timeZone: zone, weekly: { sun: [{ start: '01:00', end: '02:30' }] } };
      expect(nextChange(s, at('2024-03-10T01:30-05:00'))).toEqual(closesAt('2024-03-10T03:00-04:00'));
    });
    it('keeps an overnight period to its wall-clock end: 22:00–06:00 is 7 hours that night', () => {
      const s: Schedule = { timeZone: zone, weekly: { sat: [{ start: '22:00', end: '06:00' }] } };
      expect(nextChange(s, at('2024-03-09T23:00-05:00'))).toEqual(closesAt('2024-03-10T06:00-04:00'));
      expect(at('2024-03-10T06:00-04:00') - at('2024-03-09T22:00-05:00')).toBe(7 * 3_600_000);
    });
    it('starts a period at the first 01:30 and ends one at the second 01:30', () => {
      const starts: Schedule = { timeZone: zone, weekly: { sun: [{ start: '01:30', end: '03:00' }] } };
      expect(nextChange(starts, at('2024-11-03T00:00-04:00'))).toEqual(opensAt('2024-11-03T01:30-04:00'));
      // Open straight through the repeated hour, including the second 01:00–01:29.
      expect(isOpen(starts, at('2024-11-03T01:10-05:00'))).toBe(true);
      expect(nextChange(starts, at('2024-11-03T01:30-04:00'))).toEqual(closesAt('2024-11-03T03:00-05:00'));

      const ends: Schedule = { timeZone: zone, weekly: { sun: [{ start: '00:00', end: '01:30' }] } };
      expect(isOpen(ends, at('2024-11-03T01:45-04:00'))).toBe(true);
      expect(nextChange(ends, at('2024-11-03T00:00-04:00'))).toEqual(closesAt('2024-11-03T01:30-05:00'));
    });
    it('closes a period ending at 01:00 at the first 01:00, not after the repeated hour', () => {
      const s: Schedule = { timeZone: zone, weekly: { sat: [{ start: '20:00', end: '01:00' }] } };
      expect(nextChange(s, at('2024-11-02T21:00-04:00'))).toEqual(closesAt('2024-11-03T01:00-04:00'));
      expect(isOpen(s, at('2024-11-03T01:30-04:00'))).toBe(false);
    });
  });

  describe('Europe/London (01:00 → 02:00 on 2024-03-31, 02:00 → 01:00 on 2024-10-27)', () => {
    const zone = 'Europe/London';
    it('opens a period starting in the gap at 02:00 BST', () => {
      const s: Schedule = { timeZone: zone, weekly: { sun: [{ start: '01:30', end: '04:00' }] } };
      expect(nextChange(s, at('2024-03-31T00:00Z'))).toEqual(opensAt('2024-03-31T02:00+01:00'));
    });
    it('covers the whole repeated hour', () => {
      const s: Schedule = { timeZone: zone, weekly: { sun: [{ start: '01:00', end: '01:59' }] } };
      expect(nextChange(s, at('2024-10-27T00:00+01:00'))).toEqual(opensAt('2024-10-27T01:00+01:00'));
      expect(nextChange(s, at('2024-10-27T01:00+01:00'))).toEqual(closesAt('2024-10-27T01:59Z'));
    });
    it('keeps ordinary hours on wall time across the change', () => {
      const s: Schedule = { timeZone: zone, weekly: { sat: [{ start: '09:00', end: '17:00' }], sun: [{ start: '09:00', end: '17:00' }] } };
      expect(nextChange(s, at('2024-03-30T18:00Z'))).toEqual(opensAt('2024-03-31T08:00Z'));
      expect(nextChange(s, at('2024-10-26T18:00Z'))).toEqual(opensAt('2024-10-27T09:00Z'));
    });
  });

  describe('unusual zones', () => {
    const nineToFive = (timeZone: string): Schedule => ({ timeZone, weekly: { mon: [{ start: '09:00', end: '17:00' }] } });
    it('Asia/Kolkata (+5:30)', () => {
      expect(nextChange(nineToFive('Asia/Kolkata'), at('2024-06-03T00:00Z'))).toEqual(opensAt('2024-06-03T03:30Z'));
    });
    it('Asia/Kathmandu (+5:45)', () => {
      expect(nextChange(nineToFive('Asia/Kathmandu'), at('2024-06-03T00:00Z'))).toEqual(opensAt('2024-06-03T03:15Z'));
    });
    it('America/St_Johns (−3:30, −2:30 in summer; 02:00 → 03:00 on 2024-03-10)', () => {
      expect(nextChange(nineToFive('America/St_Johns'), at('2024-01-15T00:00Z'))).toEqual(opensAt('2024-01-15T12:30Z'));
      expect(nextChange(nineToFive('America/St_Johns'), at('2024-07-15T00:00Z'))).toEqual(opensAt('2024-07-15T11:30Z'));
      const gap: Schedule = { timeZone: 'America/St_Johns', weekly: { sun: [{ start: '02:30', end: '04:00' }] } };
      expect(nextChange(gap, at('2024-03-10T00:00-03:30'))).toEqual(opensAt('2024-03-10T03:00-02:30'));
    });
    it('Australia/Lord_Howe (half-hour shift: 02:00 → 01:30 on 2024-04-07, 02:00 → 02:30 on 2024-10-06)', () => {
      const repeated: Schedule = { timeZone: 'Australia/Lord_Howe', weekly: { sun: [{ start: '01:45', end: '03:00' }] } };
      expect(nextChange(repeated, at('2024-04-07T00:00+11:00'))).toEqual(opensAt('2024-04-07T01:45+11:00'));
      expect(isOpen(repeated, at('2024-04-07T01:35+10:30'))).toBe(true);
      const ending: Schedule = { timeZone: 'Australia/Lord_Howe', weekly: { sun: [{ start: '00:00', end: '01:45' }] } };
      expect(nextChange(ending, at('2024-04-07T00:00+11:00'))).toEqual(closesAt('2024-04-07T01:45+10:30'));
      const gap: Schedule = { timeZone: 'Australia/Lord_Howe', weekly: { sun: [{ start: '02:10', end: '04:00' }] } };
      expect(nextChange(gap, at('2024-10-06T00:00+10:30'))).toEqual(opensAt('2024-10-06T02:30+11:00'));
    });
  });
});
