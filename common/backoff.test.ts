import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, BACKOFF_MIN_MS, backoffDelay } from './backoff';

describe('backoffDelay', () => {
  it('doubles from one second', () => {
    const middle = () => 0.5;
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, middle))).toEqual([
      1000, 2000, 4000, 8000, 16000,
    ]);
  });

  it('stays within 1 s and 30 s whatever the jitter and attempt', () => {
    for (const random of [() => 0, () => 0.999999]) {
      for (let attempt = 0; attempt < 100; attempt++) {
        const delay = backoffDelay(attempt, random);
        expect(delay).toBeGreaterThanOrEqual(BACKOFF_MIN_MS);
        expect(delay).toBeLessThanOrEqual(BACKOFF_MAX_MS);
      }
    }
    expect(backoffDelay(50, () => 0.5)).toBe(BACKOFF_MAX_MS);
  });

  it('spreads clients apart with jitter', () => {
    expect(backoffDelay(3, () => 0)).toBe(6000);
    expect(backoffDelay(3, () => 1)).toBe(10000);
  });
});
