/**
 * Validation (zod) for the chat's bodies and queries, and the shared fields every schema
 * file builds on. Each request type is inferred from its schema and exported beside it:
 * the schema is the one statement of the shape. Clients import these types with
 * `import type` only, so they never bundle zod.
 */
import { z } from 'zod';
import { CLIENT_ID_PATTERN, ID_PATTERN } from '../ids';
import { LOCALES } from '../locales/catalog';
import { HELP_LIMITS, LIMITS } from './limits';
import { cleanText, hasText } from './text';

/** Client-generated ids (ids.ts): url-safe, long enough to be unique, short enough to index. */
export const clientId = z.string().regex(CLIENT_ID_PATTERN, 'must be 8 to 64 characters of A-Z, a-z, 0-9, _ or -');

/** Any other id (ids.ts): a site, a visitor, a label, a canned response, a platform user. */
export const recordId = z.string().regex(ID_PATTERN, 'must be an id of 1 to 64 letters, digits, _ or -');

/** Free text a person wrote, cleaned by the one rule of text.ts and trimmed, at most `max` characters. */
export const plainText = (max: number) => z.string().overwrite(cleanText).trim().max(max, `must be at most ${max} characters`);

/** Free text that must say something: empty once invisible characters are set aside is refused. */
export const requiredText = (max: number) =>
  z.string().overwrite(cleanText).trim().refine(hasText, 'must not be empty').max(max, `must be at most ${max} characters`);

const messageText = requiredText(LIMITS.messageText);

/** A BCP 47 language tag such as "bn" or "pt-BR". */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "bn" or "pt-BR"');

/** A page's address as a browser reports it: http(s) only. */
export const webAddress = z
  .string()
  .max(2000)
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) address');

export const email = z.string().trim().max(254, 'must be at most 254 characters').pipe(z.email('must be an email address'));

/** Milliseconds since the epoch, from a query string or JSON. */
export const epochMs = z.coerce.number().int().min(0);

export const conversationStatus = z.enum(['open', 'closed']);

export const startSessionRequest = z.strictObject({
  /** The public site key from the embed (the Wix instanceId). */
  siteId: recordId,
  /** A token from an earlier session, to resume it. */
  visitorToken: z.string().max(2048).optional(),
  visitorName: requiredText(LIMITS.visitorName).optional(),
});
export type StartSessionRequest = z.infer<typeof startSessionRequest>;

/** The trail a message sent after self-service carries (the server adds the titles). */
export const helpTrailInput = z.strictObject({
  articles: z.array(z.strictObject({ id: recordId, helped: z.boolean().nullable() })).max(HELP_LIMITS.trailArticles),
  orderNumber: z.string().regex(HELP_LIMITS.orderNumberPattern).nullable().default(null),
  reason: z.enum(['not-helped', 'talk-to-person', 'order']),
});
export type HelpTrailInput = z.infer<typeof helpTrailInput>;

export const sendVisitorMessageRequest = z.strictObject({
  /** Client-generated; a new id starts a new conversation. */
  conversationId: clientId,
  /** Client-generated; a retried send with the same id is stored once. */
  id: clientId,
  text: messageText,
  /** The widget's language: automatic messages and emails to the shopper use it. */
  locale: languageTag.optional(),
  /** Sent after self-service: what the shopper read and why they came to a person (help.ts, HelpTrail). */
  help: helpTrailInput.optional(),
});
export type SendVisitorMessageRequest = z.infer<typeof sendVisitorMessageRequest>;

export const messagesQuery = z.object({
  /** Messages stored strictly after this time. */
  since: epochMs.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.messagesPageMax).optional(),
});

export const earlierMessagesQuery = z.strictObject({
  /** Messages stored strictly before this time. */
  before: epochMs,
  limit: z.coerce.number().int().min(1).max(LIMITS.messagesPageMax).optional(),
});

export const sendAgentMessageRequest = z.strictObject({
  id: clientId,
  text: messageText,
});
export type SendAgentMessageRequest = z.infer<typeof sendAgentMessageRequest>;

export const setStatusRequest = z.strictObject({ status: conversationStatus });
export type SetStatusRequest = z.infer<typeof setStatusRequest>;

/** The widget's look, set by the merchant: served with the session and written into the embed. */
export const widgetSettingsSchema = z.strictObject({
  teamName: requiredText(60),
  greeting: plainText(300),
  /** A #rrggbb colour; the widget picks a readable text colour for it. */
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0b6e4f').transform((c) => c.toLowerCase()),
  /** Which corner the launcher sits in; 'auto' follows the reading direction. */
  launcherSide: z.enum(['auto', 'left', 'right'], 'must be auto, left or right'),
  /** Extra distance (px) of the launcher from the bottom edge, e.g. to clear a shop's own button. */
  launcherOffset: z.number().int().min(0).max(200, 'must be at most 200 pixels'),
  /** A soft sound for the shopper when a reply arrives while the chat is closed or the tab is in the background. */
  sound: z.boolean(),
  /** Ask for an email address with the first message (off: the chat starts with no wall, and asks later, skippably). */
  requireEmail: z.boolean(),
  /** Words beside the launcher's icon, e.g. "Chat with us"; empty for the round icon alone. */
  launcherText: plainText(30),
  /** The widget's language fixed by the merchant (a locale code), or '' to follow the site and the shopper. */
  locale: z.enum(['', ...LOCALES], 'must be one of the widget’s languages, or empty to follow the site'),
  localized: z
    .array(
      z.strictObject({
        locale: z.enum(LOCALES, 'must be one of the widget’s languages'),
        teamName: z.string().trim().max(60, 'must be at most 60 characters'),
        greeting: z.string().trim().max(300, 'must be at most 300 characters'),
      }),
    )
    .max(LOCALES.length)
    .refine((list) => new Set(list.map((texts) => texts.locale)).size === list.length, 'must name each language once')
    .optional(),
});
export type WidgetSettings = z.infer<typeof widgetSettingsSchema>;
/** The merchant's own words in one widget language. */
export type LocalizedTexts = NonNullable<WidgetSettings['localized']>[number];

export const rateRequest = z.strictObject({
  rating: z.enum(['good', 'bad'], 'must be good or bad'),
  comment: plainText(1000).optional(),
});
export type RateRequest = z.infer<typeof rateRequest>;

export const transcriptRequest = z.strictObject({
  email,
  /** The widget's language: the email is written in it. */
  locale: languageTag.optional(),
});
export type TranscriptRequest = z.infer<typeof transcriptRequest>;

/** The longest snooze: beyond it, closing the conversation says it better. */
export const MAX_SNOOZE_MS = 90 * 24 * 60 * 60 * 1000;
export const snoozeRequest = z.strictObject({
  /** When it comes back (ms since the epoch): later than now, within MAX_SNOOZE_MS. */
  until: z.number().int().min(0),
});
export type SnoozeRequest = z.infer<typeof snoozeRequest>;

export const addNoteRequest = z.strictObject({
  /** Client-generated; a retried note is stored once. */
  id: clientId,
  text: messageText,
});
export type AddNoteRequest = z.infer<typeof addNoteRequest>;

/** The stream's resume point: `Last-Event-ID` header or `?since=`. */
export const streamQuery = z.object({
  since: epochMs.optional(),
});
