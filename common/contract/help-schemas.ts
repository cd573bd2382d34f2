/** Validation for the help center's bodies and queries (types in help.ts). */
import { z } from 'zod';
import { HELP_LIMITS } from './limits';
import { email, epochMs, languageTag, plainText, recordId, requiredText, webAddress } from './schemas';

const tag = requiredText(HELP_LIMITS.tag);
const markdown = z.string().max(HELP_LIMITS.articleBody, `must be at most ${HELP_LIMITS.articleBody} characters`);

export const articleStatus = z.enum(['draft', 'published']);

/** A new article, or a new language version of one (`groupId` of the article it translates). */
export const createArticleRequest = z.strictObject({
  title: requiredText(HELP_LIMITS.articleTitle),
  body: markdown,
  language: languageTag,
  collectionId: recordId.nullable().default(null),
  tags: z.array(tag).max(HELP_LIMITS.tags).default([]),
  status: articleStatus.default('draft'),
  groupId: recordId.optional(),
});
export type CreateArticleRequest = z.infer<typeof createArticleRequest>;

/** An edit: any of the fields; publishing and unpublishing are a `status` change. */
export const updateArticleRequest = z
  .strictObject({
    title: requiredText(HELP_LIMITS.articleTitle),
    body: markdown,
    collectionId: recordId.nullable(),
    tags: z.array(tag).max(HELP_LIMITS.tags),
    status: articleStatus,
  })
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, 'must change at least one field');
export type UpdateArticleRequest = z.infer<typeof updateArticleRequest>;

export const collectionRequest = z.strictObject({
  titles: z
    .record(languageTag, requiredText(HELP_LIMITS.collectionTitle))
    .refine((titles) => Object.keys(titles).length > 0, 'must name the collection in at least one language'),
});
export type CollectionRequest = z.infer<typeof collectionRequest>;

export const collectionOrderRequest = z.strictObject({ ids: z.array(recordId).max(HELP_LIMITS.collections) });
export type CollectionOrderRequest = z.infer<typeof collectionOrderRequest>;

/** CSV text of question,answer rows (a header row is recognised and skipped). */
export const helpImportRequest = z.strictObject({
  csv: z.string().min(1, 'must not be empty').max(HELP_LIMITS.importBytes, `must be at most ${HELP_LIMITS.importBytes} characters`),
  language: languageTag,
  collectionId: recordId.nullable().default(null),
  status: articleStatus.default('draft'),
});
export type HelpImportRequest = z.infer<typeof helpImportRequest>;

export const helpPreviewRequest = z.strictObject({ body: markdown });
export type HelpPreviewRequest = z.infer<typeof helpPreviewRequest>;

export const helpHealthQuery = z
  .object({ from: epochMs, to: epochMs })
  .refine((q) => q.to > q.from, { message: 'to must be after from', path: ['to'] });
export type HelpHealthQuery = z.infer<typeof helpHealthQuery>;

/** `page`: where the shopper is, so "popular on this page" learns (the Help home, a topic, an article). */
export const helpHomeQuery = z.object({ lang: languageTag.optional(), page: webAddress.optional() });
export type HelpHomeQuery = z.infer<typeof helpHomeQuery>;

export const helpSearchQuery = z.object({
  q: requiredText(HELP_LIMITS.query),
  lang: languageTag.optional(),
  limit: z.coerce.number().int().min(1).max(HELP_LIMITS.searchResults).default(5),
  /** `suggest`: while typing (recorded as suggestions, not as a search). */
  mode: z.enum(['search', 'suggest']).default('search'),
});
export type HelpSearchQuery = z.infer<typeof helpSearchQuery>;

export const helpVoteRequest = z.strictObject({ helped: z.boolean(), source: z.enum(['reader', 'suggestion']) });
export type HelpVoteRequest = z.infer<typeof helpVoteRequest>;

/** What only the widget sees. */
export const helpEventRequest = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('suggestions-shown'), articleIds: z.array(recordId).min(1).max(HELP_LIMITS.suggestions), query: plainText(HELP_LIMITS.query) }),
]);
export type HelpEventRequest = z.infer<typeof helpEventRequest>;

/** The trail a message sent after self-service carries: with the message's schema (schemas.ts), which needs it. */
export { helpTrailInput, type HelpTrailInput } from './schemas';

export const orderLookupRequest = z.strictObject({
  orderNumber: z.string().trim().regex(HELP_LIMITS.orderNumberPattern, 'must be an order number'),
  email,
});
export type OrderLookupRequest = z.infer<typeof orderLookupRequest>;
