/** Validation for the analytics request: a period and the merchant's thresholds. */
import { z } from 'zod';
import { epochMs } from './schemas';

/**
 * The minutes a threshold may be: every minute to an hour, every 5 to three hours, every 30
 * to a day. Durations are counted in buckets with these edges (functions/src/domain/
 * analytics/histogram.ts), so every figure against a threshold is exact.
 */
export function isThresholdMinutes(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && (n <= 60 || (n <= 180 && n % 5 === 0) || (n <= 24 * 60 && n % 30 === 0));
}

const minutes = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60, 'must be at most a day')
    .refine(isThresholdMinutes, 'must be whole minutes up to 60, then a multiple of 5 up to 180, then of 30')
    .default(fallback);

/** Conversations started in [from, to), ms since the epoch; at most a year. */
export const analyticsQuery = z
  .object({
    from: epochMs,
    to: epochMs,
    /** "% answered within N minutes". */
    answeredWithin: minutes(5),
    /** Missed: no reply from a person within N minutes. */
    missedAfter: minutes(5),
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => q.to > q.from, { message: 'to must be after from', path: ['to'] })
  .refine((q) => q.to - q.from <= 366 * 86_400_000, { message: 'must span at most a year', path: ['from'] });
export type AnalyticsQuery = z.infer<typeof analyticsQuery>;
