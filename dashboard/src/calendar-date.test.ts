import { describe, expect, it } from 'vitest';
import { formatCalendarDate } from './calendar-date.ts';

describe('formatCalendarDate', () => {
  it('writes the day in the language, never moved by a zone', () => {
    expect(formatCalendarDate('2025-04-14', 'en-US')).toBe('Monday, April 14, 2025');
    expect(formatCalendarDate('2025-04-14', 'de')).toBe('Montag, 14. April 2025');
  });
  it('leaves anything that is not a date as it is', () => {
    expect(formatCalendarDate('soon', 'en')).toBe('soon');
  });
});
