/** Validation for the analytics request: a period and the merchant's thresholds. */
import { z } from 'zod';
import { epochMs } from './schemas';

const minutes = (fallback: number) => z.coerce.number().int().min(1).max(24 * 60, 'must be at most a day').default(fallback);

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
