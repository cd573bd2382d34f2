/** Validation for the business-hours requests (see hours.ts for the shapes). */
import { z } from 'zod';
import { scheduleSchema } from '../schedule/schema';
import { LIMITS } from './limits';
import type { HoursSettings, OfflineMessageRequest } from './hours';
import { clientId, languageTag } from './schemas';

const TEXT_MAX = 1000;
const optionalText = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`);

export const email = z.string().trim().max(254, 'must be at most 254 characters').pipe(z.email('must be an email address'));

export const hoursSettingsSchema: z.ZodType<HoursSettings, unknown> = z.strictObject({
  schedule: scheduleSchema.nullable(),
  awayMessage: optionalText(TEXT_MAX).min(1, 'must not be empty').nullable(),
  replyTimeText: optionalText(200).min(1).nullable(),
  outsideHours: z.enum(['take-message', 'show-hours', 'hide-launcher'], 'must be take-message, show-hours or hide-launcher'),
  autoReply: optionalText(TEXT_MAX).min(1).nullable(),
  reminderMinutes: z.number().int().min(0).max(120, 'must be at most 120 minutes'),
  notifyMerchantAfterMinutes: z.number().int().min(0).max(24 * 60, 'must be at most a day'),
  autoCloseHours: z.number().int().min(0).max(24 * 30, 'must be at most 30 days'),
  merchantEmail: email.nullable(),
});

export const availabilityQuery = z.object({ siteId: z.string().min(1).max(128) });

export const offlineMessageRequest = z.strictObject({
  conversationId: clientId,
  id: clientId,
  text: z.string().trim().min(1, 'must not be empty').max(LIMITS.messageText, `must be at most ${LIMITS.messageText} characters`),
  email,
  name: z.string().trim().min(1).max(LIMITS.visitorName).optional(),
  locale: languageTag.optional(),
  pageUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2048).optional(),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchContract: [Same<z.output<typeof offlineMessageRequest>, OfflineMessageRequest>] = [true];
void schemasMatchContract;
