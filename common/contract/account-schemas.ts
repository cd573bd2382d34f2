/** Validation for the merchant's account requests: the conversation export's range and format. */
import { z } from 'zod';
import { epochMs } from './schemas';

/** Conversations active in [from, to), ms since the epoch. */
export const exportQuery = z
  .object({
    from: epochMs,
    to: epochMs,
    format: z.enum(['json', 'csv']).default('json'),
  })
  .refine((q) => q.to > q.from, { message: 'to must be after from', path: ['to'] });
export type ExportQuery = z.infer<typeof exportQuery>;

/** PUT /v1/inbox/owner-alerts: turns the owners' alerts on or off. */
export const ownerAlertsRequest = z.strictObject({ enabled: z.boolean() });
export type OwnerAlertsRequest = z.infer<typeof ownerAlertsRequest>;

/** PUT /v1/inbox/weekly-digest: turns the owner's weekly digest on or off. */
export const weeklyDigestRequest = z.strictObject({ enabled: z.boolean() });
export type WeeklyDigestRequest = z.infer<typeof weeklyDigestRequest>;
