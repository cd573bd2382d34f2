import { expect, it } from 'vitest';
import { customUntil, snoozeChoices } from './snooze-times.ts';

it('offers an hour, four hours, tomorrow 9:00 and next Monday 9:00, all in the future', () => {
  const wednesday = new Date(2026, 11, 2, 15, 30).getTime();
  const choices = snoozeChoices(wednesday, 'en-US');
  expect(choices.map((c) => c.id)).toEqual(['hour', 'evening', 'tomorrow', 'week']);
  expect(new Date(choices[2]!.until)).toEqual(new Date(2026, 11, 3, 9, 0));
  expect(new Date(choices[3]!.until)).toEqual(new Date(2026, 11, 7, 9, 0));
  for (const c of choices) expect(c.until).toBeGreaterThan(wednesday);
  // On a Monday, "next week" is the Monday after.
  expect(new Date(snoozeChoices(new Date(2026, 11, 7, 8, 0).getTime(), 'en')[3]!.until)).toEqual(new Date(2026, 11, 14, 9, 0));
});

it('reads a picked date and time, refusing the past', () => {
  const now = new Date(2026, 11, 2, 15, 30).getTime();
  expect(customUntil('2026-12-04T10:15', now)).toBe(new Date(2026, 11, 4, 10, 15).getTime());
  expect(customUntil('2026-12-01T10:15', now)).toBeNull();
  expect(customUntil('', now)).toBeNull();
});
