import { describe, expect, it } from 'vitest';
import { byWeekday, changePercent, customPeriod, dateInput, formatDuration, formatShare, funnelSteps, periodOf, previousPeriod, shade } from './analytics-view.ts';

const DAY = 86_400_000;

describe('the Analytics tab', () => {
  it('turns a preset into a period, and finds the one before', () => {
    expect(periodOf('7', 10 * DAY, 9 * DAY)).toEqual({ from: 3 * DAY, to: 10 * DAY });
    expect(periodOf('today', 10 * DAY + 5, 10 * DAY)).toEqual({ from: 10 * DAY, to: 10 * DAY + 5 });
    expect(previousPeriod({ from: 3 * DAY, to: 10 * DAY })).toEqual({ from: -4 * DAY, to: 3 * DAY });
  });

  it('turns the days a merchant picked into a period from midnight to midnight, never past now', () => {
    const now = new Date(2026, 11, 7, 15, 30).getTime();
    expect(customPeriod('2026-11-01', '2026-11-30', now)).toEqual({ from: new Date(2026, 10, 1).getTime(), to: new Date(2026, 11, 1).getTime() });
    expect(customPeriod('2026-12-06', '2026-12-31', now)).toEqual({ from: new Date(2026, 11, 6).getTime(), to: now });
    expect(customPeriod('2026-11-30', '2026-11-01', now)).toBeNull();
    expect(customPeriod('', '2026-11-01', now)).toBeNull();
    expect(customPeriod('2024-01-01', '2026-11-01', now)).toBeNull();
    expect(dateInput(new Date(2026, 0, 5, 23).getTime())).toBe('2026-01-05');
  });

  it('compares with the previous period only when there is one', () => {
    expect(changePercent(15, 10)).toBe(50);
    expect(changePercent(5, 10)).toBe(-50);
    expect(changePercent(5, 0)).toBeNull();
    expect(changePercent(null, 3)).toBeNull();
  });

  it('shades a cell relative to the busiest one', () => {
    expect([0, 1, 5, 10].map((n) => shade(n, 10))).toEqual([0, 1, 2, 4]);
    expect(shade(3, 0)).toBe(0);
  });

  it('writes durations and shares with the language’s own units', () => {
    expect(formatDuration(null, 'en')).toBe('—');
    expect(formatDuration(30_000, 'en')).toBe('30 sec');
    expect(formatDuration(4 * 60_000, 'en')).toBe('4 min');
    expect(formatDuration(965 * 60_000, 'en')).toBe('16 hr');
    expect(formatDuration(3 * DAY, 'en')).toBe('3 days');
    expect(formatShare(1 / 3, 'en')).toBe('33%');
    expect(formatShare(null, 'en')).toBe('—');
  });

  it('builds the self-service funnel, each step within the one before', () => {
    // 5 visits: 1 said it helped, 1 read and wrote to no one, 2 came to a person, 1 left without an answer.
    const figures = { sessions: 5, outcomes: { confirmed: 1, abandoned: 1 }, selfServed: 2 };
    expect(funnelSteps(figures)).toEqual([
      { step: 'sessions', value: 5 },
      { step: 'answered', value: 4 },
      { step: 'selfServed', value: 2 },
      { step: 'confirmed', value: 1 },
    ]);
  });

  it('adds the busiest hours up per weekday, Monday first', () => {
    const grid = Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => ({ conversations: d === 0 && h === 10 ? 3 : d === 1 && h < 2 ? 2 : 0 })));
    expect(byWeekday(grid)).toEqual([
      { weekday: 1, conversations: 4 },
      { weekday: 2, conversations: 0 },
      { weekday: 3, conversations: 0 },
      { weekday: 4, conversations: 0 },
      { weekday: 5, conversations: 0 },
      { weekday: 6, conversations: 0 },
      { weekday: 0, conversations: 3 },
    ]);
  });
});
