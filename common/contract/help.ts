/**
 * The help center: articles a site's team writes, the shopper's Help view and the answers
 * suggested while they type, and order status on demand. Types and one pure rule,
 * dependency-free: the widget imports this file alone (its schemas are in help-schemas.ts).
 *
 * Article bodies are Markdown written by the team. The server alone turns them into HTML,
 * with a maintained Markdown library and an allow-list sanitiser (no script, no event
 * handlers, no `javascript:` or `data:` links), for the widget, the dashboard's preview and
 * any email alike: no client ships a Markdown parser.
 */

export type ArticleStatus = 'draft' | 'published';

/** An article as the team edits it: one language version; versions of one article share `groupId`. */
export interface Article {
  id: string;
  /** The article across languages: its versions share it (the first version's id). */
  groupId: string;
  /** The version's language, a BCP 47 tag such as "bn". */
  language: string;
  title: string;
  /** Markdown source. */
  body: string;
  /** The collection it is listed under, or null (then under "More answers"). */
  collectionId: string | null;
  /** Tags and synonyms: words shoppers use that the text may not ("refund" for a returns article). */
  tags: string[];
  status: ArticleStatus;
  createdAt: number;
  updatedAt: number;
}

/** A group of articles ("Shipping", "Returns"); `titles` holds its name per language. */
export interface HelpCollection {
  id: string;
  /** The name by language tag; the site's default language is always present. */
  titles: Record<string, string>;
  /** Lower shows first. */
  position: number;
}

/** The title a collection shows in `language`, else the site's, else its first (the Help view and the Help center tab alike). */
export function collectionTitle(collection: Pick<HelpCollection, 'titles'>, language: string, siteLanguage: string): string {
  return collection.titles[language] ?? collection.titles[siteLanguage] ?? Object.values(collection.titles)[0] ?? '';
}

/** An article as a shopper reads it: published, the body already rendered and sanitised. */
export interface PublicArticle {
  id: string;
  groupId: string;
  language: string;
  title: string;
  /** Sanitised HTML from the Markdown body (server-rendered; safe to insert as HTML). */
  html: string;
  collectionId: string | null;
  updatedAt: number;
}

/** A search or suggestion result. */
export interface ArticleHit {
  id: string;
  title: string;
  /** Plain text around the best match (never HTML), at most about 160 characters. */
  snippet: string;
  collectionId: string | null;
}

/** The Help view's first screen, in one language. */
export interface HelpHome {
  /** The language the articles are in (the shopper's, else the site's default). */
  language: string;
  collections: Array<{ id: string; title: string; articleCount: number }>;
  /** Most read articles, those read on the current page first. */
  popular: ArticleHit[];
}

/** A collection as a shopper browses it: its name and its published articles in one language, most read first. */
export interface HelpTopic {
  id: string;
  title: string;
  language: string;
  articles: ArticleHit[];
}

export interface HelpSearchResponse {
  hits: ArticleHit[];
}

/** Where a vote came from: the article reader, or a suggestion shown while typing. */
export type VoteSource = 'reader' | 'suggestion';

/**
 * What the team sees with a shopper's message sent after self-service: the articles they
 * read (and whether each helped), and the order they asked about.
 */
export interface HelpTrail {
  articles: Array<{ id: string; title: string; helped: boolean | null }>;
  /** Set when the shopper handed over from an order lookup that found the order. */
  orderNumber: string | null;
  /** Why the shopper came to a person. */
  reason: HandOffReason;
}

export type HandOffReason = 'not-helped' | 'talk-to-person' | 'order';

/** An order as the shopper sees it after a lookup that matched the number and the email. */
export interface OrderStatus {
  number: string;
  createdAt: number | null;
  /** As the builder says it: PAID, NOT_PAID, PARTIALLY_PAID, FULLY_REFUNDED… */
  paymentStatus: string | null;
  /** FULFILLED, NOT_FULFILLED, PARTIALLY_FULFILLED. */
  fulfillmentStatus: string | null;
  /** Shipments with tracking, newest first; empty when none. */
  tracking: Array<{ number: string; url: string | null; carrier: string | null }>;
  /** Formatted in the shop's currency. */
  total: string;
  items: Array<{ name: string; quantity: number }>;
}

/**
 * The answer to an order lookup. `not-found` is the same for an unknown number and a wrong
 * email (never reveals which); `unavailable` when the shop has no orders app or it did not
 * answer; `too-many` after the lookup limit (LIMITS.orderLookupsPerVisitorHour).
 */
export type OrderLookupResponse =
  | { result: 'found'; order: OrderStatus }
  | { result: 'not-found' }
  | { result: 'unavailable' }
  | { result: 'too-many'; retryAfterSeconds: number };

/**
 * One shopper session's self-service outcome: `confirmed` ("Yes, that helped"), `assumed`
 * (read an article and did not write to a person within 24 h), `handed` (came to a person),
 * `abandoned` (searched or saw suggestions and did neither).
 */
export type SelfServiceOutcome = 'confirmed' | 'assumed' | 'handed' | 'abandoned';

/** An article's health over a period. */
export interface ArticleHealth {
  id: string;
  groupId: string;
  language: string;
  title: string;
  views: number;
  helped: number;
  notHelped: number;
  /** Conversations started by shoppers after reading it. */
  escalations: number;
}

/** A search shoppers made that found nothing (or nothing they opened). */
export interface ContentGap {
  query: string;
  language: string;
  searches: number;
  /** Searches of it that returned no article at all. */
  noResults: number;
}

export interface HelpHealthResponse {
  from: number;
  to: number;
  articles: ArticleHealth[];
  gaps: ContentGap[];
  outcomes: Record<SelfServiceOutcome, number>;
}

/** The answer to a CSV import: what was created, and each line refused with why. */
export interface HelpImportResponse {
  created: number;
  refused: Array<{ line: number; reason: string }>;
}

/** The team's list: every article version and collection, and the language shoppers fall back to. */
export interface HelpArticlesResponse {
  articles: Article[];
  collections: HelpCollection[];
  /** The site's own language (the fallback for shoppers whose language has no articles). */
  siteLanguage: string;
}

export interface HelpCollectionsResponse {
  collections: HelpCollection[];
}

/** The preview: the Markdown rendered and sanitised exactly as shoppers will see it. */
export interface HelpPreviewResponse {
  html: string;
}
