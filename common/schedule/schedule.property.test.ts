/**
 * The schedule against a brute-force reference that never converts wall time to an
 * instant: it walks UTC in 15-minute steps, reads each step's wall clock with
 * Intl.DateTimeFormat#formatToParts, and finds each period's span by scanning, with the
 * rules stated as the walk sees them:
 * - a period starts at the first step whose wall clock reads at or after its start;
 * - it ends after the last step whose wall clock reads before its end.
 * (So a start in a gap is the end of the gap, a start in a repeated hour its first
 * occurrence, an end in a repeated hour its second unless it is exactly where the clock
 * fell back to.) With every period edge on a quarter hour, and every zone's offset and
 * transitions too (true for these zones in 2020–2030), the open state is constant
 * between steps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availability, isOpen, localTime, nextChange, nextOpening, WEEKDAYS, type Period, type Schedule, type ScheduleException } from './';
import { dayOf, wallToInstant } from './wall-time';

const STEP = 15 * 60_000;
const DAY = 86_400_000;
const ZONES = [
  'UTC',
  'America/New_York',
  'Europe/London',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Pacific/Chatham', // +12:45/+13:45, changes at 02:45
  'America/Santiago', // changes at midnight
  'Asia/Tokyo',
];

/** Runs per property; raise it for a deep search, e.g. SCHEDULE_PROPERTY_RUNS=5000. */
const RUNS = Number(process.env.SCHEDULE_PROPERTY_RUNS) || 200;
const TIMEOUT = Math.max(30_000, RUNS * 100);

const WALK_DAYS = 12;
const MARGIN_DAYS = 3; // the walk starts this long before the window checked
const CHECKED_DAYS = 2; // instants checked: the first two days of the window
const TRUSTED_DAYS = WALK_DAYS - MARGIN_DAYS - 1; // flips found up to here are exact

// ---- the reference ----

const referenceFormatters = new Map<string, Intl.DateTimeFormat>();

/** Wall clock as minutes since 1970-01-01 00:00 local. */
function wallMinutes(t: number, zone: string): number {
  let f = referenceFormatters.get(zone);
  if (!f) {
    const numeric = 'numeric';
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: numeric, month: numeric, day: numeric, hour: numeric, minute: numeric });
    referenceFormatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(t).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) / 60_000;
}

function hhmm(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
}

interface Walk {
  steps: number[];
  open: boolean[];
}

/** The open state at every step from `from` for `days` days, by scanning wall clocks. */
function referenceWalk(schedule: Schedule, from: number, days: number): Walk {
  const steps = Array.from({ length: (days * DAY) / STEP }, (_, k) => from + k * STEP);
  const walls = steps.map((t) => wallMinutes(t, schedule.timeZone));
  const open = steps.map(() => false);
  const firstDay = Math.floor(Math.min(...walls) / 1440);
  const lastDay = Math.floor(Math.max(...walls) / 1440);
  for (let day = firstDay; day <= lastDay; day++) {
    const date = new Date(day * DAY).toISOString().slice(0, 10);
    const exception = schedule.exceptions?.find((e) => e.date === date);
    const weekday = WEEKDAYS[new Date(day * DAY).getUTCDay()]!;
    const periods = exception ? ('closed' in exception ? [] : exception.periods) : (schedule.weekly[weekday] ?? []);
    for (const { start, end } of periods) {
      const wallStart = day * 1440 + hhmm(start);
      const wallEnd = day * 1440 + (hhmm(end) <= hhmm(start) ? hhmm(end) + 1440 : hhmm(end));
      const first = walls.findIndex((w) => w >= wallStart);
      if (first < 0) continue;
      const after = walls.findLastIndex((w) => w < wallEnd) + 1;
      for (let k = first; k < after; k++) open[k] = true;
    }
  }
  const { override } = schedule;
  if (override) {
    steps.forEach((t, k) => {
      if (override.until === undefined || t < override.until) open[k] = override.mode === 'online';
    });
  }
  return { steps, open };
}

// ---- generators ----

const quarter = (q: number) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;

const YEARS = { from: Date.UTC(2020, 0, 1), to: Date.UTC(2031, 0, 1) };
const transitionCache = new Map<string, number[]>();

/** The zone's offset changes in 2020–2030, found by stepping a day at a time and bisecting to the minute. */
function transitions(zone: string): number[] {
  const cached = transitionCache.get(zone);
  if (cached) return cached;
  const offset = (t: number) => wallMinutes(t, zone) - Math.floor(t / 60_000);
  const found: number[] = [];
  for (let t = YEARS.from; t < YEARS.to; t += DAY) {
    if (offset(t) === offset(t + DAY)) continue;
    let lo = t;
    let hi = t + DAY;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  transitionCache.set(zone, found);
  return found;
}

const anyTime = fc.integer({ min: YEARS.from / STEP, max: YEARS.to / STEP - 1 }).map((q) => q * STEP);

/** A window start: any quarter hour in 2020–2030, or mostly one putting a clock change inside the checked days. */
function startArb(zone: string): fc.Arbitrary<number> {
  const changes = transitions(zone);
  if (changes.length === 0) return anyTime;
  const nearChange = fc
    .tuple(fc.constantFrom(...changes), fc.integer({ min: 0, max: CHECKED_DAYS * 96 - 1 }))
    .map(([change, q]) => Math.floor(change / STEP) * STEP - q * STEP);
  return fc.oneof({ arbitrary: anyTime, weight: 1 }, { arbitrary: nearChange, weight: 3 });
}

/**
 * Quarter hours where the zone's clock changes: the wall time it jumps from and the one it
 * jumps to (02:00 and 03:00 in New York in March, 02:00 and 01:00 in November). Period
 * edges land on or next to them often, or few runs would test a gap or an overlap.
 */
function changeQuarters(zone: string): number[] {
  const quarters = new Set<number>();
  for (const change of transitions(zone)) {
    for (const wall of [wallMinutes(change - 60_000, zone) + 1, wallMinutes(change, zone)]) {
      quarters.add(Math.round((((wall % 1440) + 1440) % 1440) / 15) % 96);
    }
  }
  return [...quarters];
}

/** Periods on quarter hours, their edges often where the zone's clock changes. */
function periodArb(zone: string): fc.Arbitrary<Period> {
  const hot = changeQuarters(zone);
  const edge = (any: fc.Arbitrary<number>) => {
    if (hot.length === 0) return any;
    const exact = fc.constantFrom(...hot);
    const near = fc.tuple(exact, fc.constantFrom(-1, 1)).map(([q, d]) => (q + d + 96) % 96);
    return fc.oneof({ arbitrary: any, weight: 1 }, { arbitrary: exact, weight: 2 }, { arbitrary: near, weight: 1 });
  };
  return fc.record({
    start: edge(fc.integer({ min: 0, max: 95 })).map(quarter),
    end: edge(fc.integer({ min: 1, max: 96 })).map(quarter),
  });
}

const caseArb = fc
  .constantFrom(...ZONES)
  .chain((timeZone) => {
    const period = periodArb(timeZone);
    const day = fc.array(period, { maxLength: 3 });
    return fc.record({
      timeZone: fc.constant(timeZone),
      from: startArb(timeZone),
      weekly: fc.record(Object.fromEntries(WEEKDAYS.map((d) => [d, day])) as Record<(typeof WEEKDAYS)[number], typeof day>),
      exceptions: fc.uniqueArray(
        fc.record({
          dayOffset: fc.integer({ min: -1, max: 8 }),
          periods: fc.option(fc.array(period, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        }),
        { maxLength: 3, selector: (e) => e.dayOffset },
      ),
      override: fc.option(
        fc.record({
          mode: fc.constantFrom('online' as const, 'away' as const),
          untilSteps: fc.option(fc.integer({ min: 0, max: 4 * 96 }), { nil: undefined }),
        }),
        { nil: undefined },
      ),
    });
  })
  .map(({ timeZone, from, weekly, exceptions, override }) => {
    const firstDay = dayOf(localTime(from, timeZone).date);
    const schedule: Schedule = {
      timeZone,
      weekly,
      exceptions: exceptions.map(({ dayOffset, periods }): ScheduleException => {
        const date = new Date((firstDay + dayOffset) * DAY).toISOString().slice(0, 10);
        return periods ? { date, periods } : { date, closed: true };
      }),
    };
    if (override) {
      const { mode, untilSteps } = override;
      schedule.override = untilSteps === undefined ? { mode } : { mode, until: from + untilSteps * STEP };
    }
    return { schedule, from };
  });

/** Instants to check: a step in the checked days and an offset within it. */
const picksArb = fc.array(fc.tuple(fc.nat(CHECKED_DAYS * 96 - 1), fc.nat(STEP - 1)), { minLength: 5, maxLength: 10 });

const zoneAndStart = fc.constantFrom(...ZONES).chain((zone) => fc.tuple(fc.constant(zone), startArb(zone)));

// ---- properties ----

describe('schedule against a brute-force walk', () => {
  it('isOpen, nextChange, nextOpening and availability agree with the walk', () => {
    fc.assert(
      fc.property(caseArb, picksArb, ({ schedule, from }, picks) => {
        const walk = referenceWalk(schedule, from - MARGIN_DAYS * DAY, WALK_DAYS);
        const base = MARGIN_DAYS * 96;
        const trustedUntil = from + TRUSTED_DAYS * DAY;
        // Random instants, plus the steps either side of each flip in the checked window.
        const checks = picks.map(([k, offset]) => [base + k, offset] as const);
        for (let k = base + 1; k < base + CHECKED_DAYS * 96; k++) {
          if (walk.open[k] !== walk.open[k - 1]) checks.push([k, 0], [k - 1, STEP - 1]);
        }
        for (const [k, offset] of checks) {
          const t = walk.steps[k]! + offset;
          const open = walk.open[k]!;
          expect(isOpen(schedule, t), `isOpen at ${new Date(t).toISOString()}`).toBe(open);

          const flip = walk.open.findIndex((o, j) => j > k && o !== open);
          const expected = flip >= 0 && walk.steps[flip]! <= trustedUntil ? { open: !open, at: walk.steps[flip]! } : null;
          const change = nextChange(schedule, t);
          if (expected) expect(change, `nextChange at ${new Date(t).toISOString()}`).toEqual(expected);
          else if (change) expect(change.at).toBeGreaterThan(trustedUntil);

          expect(nextOpening(schedule, t)).toBe(open ? t : (change?.at ?? null));
          expect(availability(schedule, t)).toMatchObject({ open, changesAt: change?.at ?? null });
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe('wall time round trip', () => {
  it("a period starting at an instant's own wall time starts by then, and both edges read back that wall time", () => {
    fc.assert(
      fc.property(zoneAndStart, fc.integer({ min: 0, max: 2 * 96 }), ([zone, from], steps) => {
        const t = from + steps * STEP;
        const local = localTime(t, zone);
        const wall = { day: dayOf(local.date), minutes: hhmm(local.time) };
        const start = wallToInstant(wall, zone, 'start');
        const end = wallToInstant(wall, zone, 'end');
        expect(start).toBeLessThanOrEqual(t);
        expect(end).toBeGreaterThanOrEqual(start);
        expect(end - start).toBeLessThanOrEqual(60 * 60_000);
        expect(localTime(start, zone)).toMatchObject({ date: local.date, time: local.time });
        expect(localTime(end, zone)).toMatchObject({ date: local.date, time: local.time });
      }),
      { numRuns: RUNS * 3 },
    );
  }, TIMEOUT);
});
