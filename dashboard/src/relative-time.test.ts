import { describe, expect, it } from 'vitest';
import { formatRelativeTime } from './relative-time.ts';

const now = Date.UTC(2025, 5, 15, 12, 0, 0);
const ago = (ms: number) => formatRelativeTime(now - ms, now, 'en');

describe('formatRelativeTime', () => {
  it('says now under a minute, either way', () => {
    expect(ago(0)).toBe('now');
    expect(ago(59_000)).toBe('now');
    expect(formatRelativeTime(now + 30_000, now, 'en')).toBe('now');
  });
  it('picks the largest unit reached', () => {
    expect(ago(60_000)).toBe('1 minute ago');
    expect(ago(5 * 60_000 + 30_000)).toBe('5 minutes ago');
    expect(ago(2 * 3_600_000)).toBe('2 hours ago');
    expect(ago(24 * 3_600_000)).toBe('yesterday');
    expect(ago(3 * 86_400_000)).toBe('3 days ago');
    expect(ago(8 * 86_400_000)).toBe('last week');
    expect(ago(65 * 86_400_000)).toBe('2 months ago');
    expect(ago(400 * 86_400_000)).toBe('last year');
  });
  it('handles the future', () => {
    expect(formatRelativeTime(now + 2 * 3_600_000, now, 'en')).toBe('in 2 hours');
  });
  it('follows the locale', () => {
    expect(ago(2 * 3_600_000).length).toBeGreaterThan(0);
    expect(formatRelativeTime(now - 2 * 3_600_000, now, 'de')).toBe('vor 2 Stunden');
  });
});
