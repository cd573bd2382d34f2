/**
 * Validation for the business-hours requests (see hours.ts for the responses), each type
 * inferred from its schema, as in schemas.ts.
 */
import { z } from 'zod';
import { scheduleSchema } from '../schedule/schema';
import { LIMITS } from './limits';
import { clientId, email, helpTrailInput, languageTag, recordId, requiredText } from './schemas';

const TEXT_MAX = 1000;

/** What the widget does outside business hours. */
const outsideHours = z.enum(['take-message', 'show-hours', 'hide-launcher'], 'must be take-message, show-hours or hide-launcher');
export type OutsideHours = z.infer<typeof outsideHours>;

export const hoursSettingsSchema = z.strictObject({
  /** The hours; null means no hours are set and the team counts as always open. */
  schedule: scheduleSchema.nullable(),
  /**
   * Shown (and sent as an automatic reply) when a shopper writes outside hours; null uses
   * Kotha's own words in the shopper's language.
   */
  awayMessage: requiredText(TEXT_MAX).nullable(),
  /** "Typically replies in …" as the merchant words it; null lets Kotha compute it. */
  replyTimeText: requiredText(200).nullable(),
  outsideHours,
  /** An automatic first reply during hours; null for none. */
  autoReply: requiredText(TEXT_MAX).nullable(),
  /** Minutes between "you're still in line" notes while a shopper waits; 0 turns them off. */
  reminderMinutes: z.number().int().min(0).max(120, 'must be at most 120 minutes'),
  /** Email the merchant when a shopper has waited this many minutes; 0 turns it off. */
  notifyMerchantAfterMinutes: z.number().int().min(0).max(24 * 60, 'must be at most a day'),
  /** Close conversations idle this many hours; 0 never closes them. */
  autoCloseHours: z.number().int().min(0).max(24 * 30, 'must be at most 30 days'),
  /** Where offline messages and "nobody answered" notices go; null sends none. */
  merchantEmail: email.nullable(),
});
export type HoursSettings = z.infer<typeof hoursSettingsSchema>;

export const availabilityQuery = z.object({ siteId: recordId });

/** A message left outside hours: it starts a conversation and reaches the merchant by email. */
export const offlineMessageRequest = z.strictObject({
  conversationId: clientId,
  id: clientId,
  text: requiredText(LIMITS.messageText),
  email,
  name: requiredText(LIMITS.visitorName).optional(),
  /** The shopper's language, for the emails they get back. */
  locale: languageTag.optional(),
  /** The page they wrote from: the reply email links back to it. */
  pageUrl: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2048).optional(),
  /** What the shopper read in the help center before writing, as on a chat message. */
  help: helpTrailInput.optional(),
});
export type OfflineMessageRequest = z.infer<typeof offlineMessageRequest>;
