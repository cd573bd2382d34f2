/**
 * The help center's paths. The shopper's are here on their own so the widget's Help chunk
 * imports only them (the panel never ships them); routes.ts spreads both into the one table.
 */
import { withParam } from './widget-routes';

const HELP_HOME = '/v1/widget/help';
const HELP_SEARCH = '/v1/widget/help/search';
const HELP_TOPIC = '/v1/widget/help/collections/:collectionId';
const HELP_ARTICLE = '/v1/widget/help/articles/:articleId';
const HELP_VOTE = '/v1/widget/help/articles/:articleId/vote';
const HELP_EVENTS = '/v1/widget/help/events';
const ORDER_LOOKUP = '/v1/widget/orders/lookup';

/** The shopper's help paths (Bearer visitor token, like every widget route). */
export const HELP_WIDGET_PATHS = {
  /** GET ?lang=&page=: collections and popular articles (HelpHome). */
  helpHome: HELP_HOME,
  /** GET ?q=&lang=&limit=&mode=search|suggest (HelpSearchResponse). */
  helpSearch: HELP_SEARCH,
  /** GET ?lang=: a collection's published articles (HelpTopic). */
  helpTopic: HELP_TOPIC,
  /** GET ?lang=: one published article (PublicArticle). */
  helpArticle: HELP_ARTICLE,
  /** POST { helped, source }. */
  helpVote: HELP_VOTE,
  /** POST what only the widget sees (suggestions shown). */
  helpEvents: HELP_EVENTS,
  /** POST { orderNumber, email } (OrderLookupResponse). */
  orderLookup: ORDER_LOOKUP,
} as const;

export const HELP_WIDGET_ROUTES = {
  helpHome: HELP_HOME,
  helpSearch: HELP_SEARCH,
  helpTopic: /* @__PURE__ */ withParam(HELP_TOPIC, 'collectionId'),
  helpArticle: /* @__PURE__ */ withParam(HELP_ARTICLE, 'articleId'),
  helpVote: /* @__PURE__ */ withParam(HELP_VOTE, 'articleId'),
  helpEvents: HELP_EVENTS,
  orderLookup: ORDER_LOOKUP,
} as const;

/** The team's help-center paths (the merchant's credential, under /v1/inbox). */
export const HELP_INBOX_PATHS = {
  helpArticles: '/v1/inbox/help/articles',
  helpArticleOne: '/v1/inbox/help/articles/:articleId',
  helpCollections: '/v1/inbox/help/collections',
  helpCollectionOne: '/v1/inbox/help/collections/:collectionId',
  /** PUT { ids }: the collections' order. */
  helpCollectionOrder: '/v1/inbox/help/collection-order',
  /** POST { csv, language, collectionId?, status? }: question,answer pairs (HelpImportResponse). */
  helpImport: '/v1/inbox/help/import',
  /** POST { body }: the Markdown rendered exactly as shoppers will see it ({ html }). */
  helpPreview: '/v1/inbox/help/preview',
  /** GET ?from=&to=: article health, content gaps and self-service outcomes (HelpHealthResponse). */
  helpHealth: '/v1/inbox/help/health',
} as const;

export const HELP_INBOX_ROUTES = {
  helpArticles: HELP_INBOX_PATHS.helpArticles,
  helpArticleOne: /* @__PURE__ */ withParam(HELP_INBOX_PATHS.helpArticleOne, 'articleId'),
  helpCollections: HELP_INBOX_PATHS.helpCollections,
  helpCollectionOne: /* @__PURE__ */ withParam(HELP_INBOX_PATHS.helpCollectionOne, 'collectionId'),
  helpCollectionOrder: HELP_INBOX_PATHS.helpCollectionOrder,
  helpImport: HELP_INBOX_PATHS.helpImport,
  helpPreview: HELP_INBOX_PATHS.helpPreview,
  helpHealth: HELP_INBOX_PATHS.helpHealth,
} as const;
