import { afterEach, describe, expect, it, vi } from 'vitest';
import { withDeadline } from './deadline';

afterEach(() => vi.useRealTimers());

describe('withDeadline', () => {
  it("gives the work's answer in time, else onLate's value or throw, and leaves no timer behind", async () => {
    vi.useFakeTimers();
    const slow = <T>(value: T, ms: number) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

    const quick = withDeadline(slow('zone', 10), 100, () => null);
    await vi.advanceTimersByTimeAsync(10);
    expect(await quick).toBe('zone');
    expect(vi.getTimerCount()).toBe(0);

    const late = withDeadline(slow('zone', 1_000), 100, () => null);
    await vi.advanceTimersByTimeAsync(100);
    expect(await late).toBeNull();

    const refused = withDeadline(slow('order', 1_000), 100, () => {
      throw new Error('unavailable');
    });
    const outcome = refused.catch((error: Error) => error.message);
    await vi.advanceTimersByTimeAsync(100);
    expect(await outcome).toBe('unavailable');

    const failed = withDeadline(Promise.reject(new Error('down')), 100, () => null);
    await expect(failed).rejects.toThrow('down');
    expect(vi.getTimerCount()).toBe(2); // only the two slow works' own timers
  });
});
