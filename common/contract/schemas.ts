/** Request validation schemas (zod) for every body and query the API accepts. */
import { z } from 'zod';
import { LOCALES } from '../locales/catalog';
import { INBOX_VIEWS, TEAM_LIMITS } from './team';
import { LIMITS, type SendAgentMessageRequest, type SendVisitorMessageRequest, type SetStatusRequest, type StartSessionRequest } from './api';

/** Client-generated ids: url-safe, long enough to be unique, short enough to index. */
export const clientId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 characters of A-Z, a-z, 0-9, _ or -');

const messageText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.messageText, `must be at most ${LIMITS.messageText} characters`);

/** A BCP 47 language tag such as "bn" or "pt-BR". */
export const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag like "bn" or "pt-BR"');

/** Milliseconds since the epoch, from a query string or JSON. */
const epochMs = z.coerce.number().int().min(0);

export const conversationStatus = z.enum(['open', 'closed']);

export const startSessionRequest = z.strictObject({
  /** The public site key from the embed (the Wix instanceId). */
  siteId: z.string().min(1).max(128),
  /** A token from an earlier session, to resume it. */
  visitorToken: z.string().max(2048).optional(),
  visitorName: z.string().trim().min(1).max(LIMITS.visitorName).optional(),
});

export const sendVisitorMessageRequest = z.strictObject({
  /** Client-generated; a new id starts a new conversation. */
  conversationId: clientId,
  /** Client-generated; a retried send with the same id is stored once. */
  id: clientId,
  text: messageText,
  locale: languageTag.optional(),
});

export const messagesQuery = z.object({
  /** Messages stored strictly after this time. */
  since: epochMs.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.messagesPageMax).optional(),
});

export const inboxQuery = z.strictObject({
  view: z.enum(INBOX_VIEWS).default('open'),
  /** Only conversations with this label. */
  label: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be a label id').optional(),
  /** Words of a shopper's name, email or messages. */
  q: z.string().trim().min(1).max(TEAM_LIMITS.searchText, `must be at most ${TEAM_LIMITS.searchText} characters`).optional(),
  /** The previous page's `nextCursor`. */
  cursor: epochMs.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.inboxPageMax).optional(),
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

export const setStatusRequest = z.strictObject({ status: conversationStatus });

export const widgetSettingsSchema = z.strictObject({
  teamName: z.string().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
  greeting: z.string().trim().max(300, 'must be at most 300 characters'),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #0b6e4f').transform((c) => c.toLowerCase()),
  launcherSide: z.enum(['auto', 'left', 'right'], 'must be auto, left or right'),
  launcherOffset: z.number().int().min(0).max(200, 'must be at most 200 pixels'),
  sound: z.boolean(),
  requireEmail: z.boolean(),
  launcherText: z.string().trim().max(30, 'must be at most 30 characters'),
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

export const rateRequest = z.strictObject({
  rating: z.enum(['good', 'bad'], 'must be good or bad'),
  comment: z.string().trim().max(1000, 'must be at most 1000 characters').optional(),
});

/** The longest snooze: beyond it, closing the conversation says it better. */
export const MAX_SNOOZE_MS = 90 * 24 * 60 * 60 * 1000;
export const snoozeRequest = z.strictObject({ until: z.number().int().min(0) });

export const addNoteRequest = z.strictObject({ id: clientId, text: messageText });

/** The stream's resume point: `Last-Event-ID` header or `?since=`. */
export const streamQuery = z.object({
  since: epochMs.optional(),
});

/** Compile-time proof that each schema parses to exactly the contract's request type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const schemasMatchContract: [
  Same<z.output<typeof startSessionRequest>, StartSessionRequest>,
  Same<z.output<typeof sendVisitorMessageRequest>, SendVisitorMessageRequest>,
  Same<z.output<typeof sendAgentMessageRequest>, SendAgentMessageRequest>,
  Same<z.output<typeof setStatusRequest>, SetStatusRequest>,
] = [true, true, true, true];
void schemasMatchContract;
