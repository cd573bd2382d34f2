/** The Help chunk's requests, as data for the panel's API client (which adds the token and sends them). */
import type { ApiRequest } from '../panel/api-client';
import { HELP_WIDGET_ROUTES as ROUTES } from '@kotha/common/contract/help-routes';
import type { HelpHome, HelpSearchResponse, HelpTopic, OrderLookupResponse, PublicArticle, VoteSource } from '@kotha/common/contract/help';
import type { HelpEventRequest, HelpVoteRequest, OrderLookupRequest } from '@kotha/common/contract/help-schemas';

const query = (params: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();

/** The page the shopper is on, whose articles come first: sent only when it is a web address. */
const webPage = (page: string) => (/^https?:/.test(page) ? page : undefined);

const homeRequest = (token: string, lang: string, page: string): ApiRequest => ({
  path: `${ROUTES.helpHome}?${query({ lang, page: webPage(page) })}`,
  method: 'GET',
  token,
  fresh: true,
});

const searchRequest = (token: string, q: string, lang: string, mode: 'search' | 'suggest', limit: number): ApiRequest => ({
  path: `${ROUTES.helpSearch}?${query({ q, lang, mode, limit: String(limit) })}`,
  method: 'GET',
  token,
  fresh: true,
});

const topicRequest = (token: string, id: string, lang: string): ApiRequest => ({
  path: `${ROUTES.helpTopic(id)}?${query({ lang })}`,
  method: 'GET',
  token,
  fresh: true,
});

const articleRequest = (token: string, id: string, lang: string, page: string): ApiRequest => ({
  path: `${ROUTES.helpArticle(id)}?${query({ lang, page: webPage(page) })}`,
  method: 'GET',
  token,
  fresh: true,
});

const voteRequest = (token: string, id: string, helped: boolean, source: VoteSource): ApiRequest => ({
  path: ROUTES.helpVote(id),
  method: 'POST',
  token,
  body: { helped, source } satisfies HelpVoteRequest,
});

const eventRequest = (token: string, body: HelpEventRequest): ApiRequest => ({ path: ROUTES.helpEvents, method: 'POST', token, body });

const orderRequest = (token: string, body: OrderLookupRequest): ApiRequest => ({ path: ROUTES.orderLookup, method: 'POST', token, body });

/** What the Help chunk asks the server, with the shopper's session. */
export interface HelpApi {
  home(lang: string): Promise<HelpHome>;
  search(q: string, lang: string, mode: 'search' | 'suggest', limit: number): Promise<HelpSearchResponse>;
  /** A collection's articles. */
  topic(id: string, lang: string): Promise<HelpTopic>;
  article(id: string, lang: string): Promise<PublicArticle>;
  vote(id: string, helped: boolean, source: VoteSource): Promise<unknown>;
  suggestionsShown(articleIds: string[], query: string): Promise<unknown>;
  lookupOrder(orderNumber: string, email: string): Promise<OrderLookupResponse>;
}

export interface HelpApiDeps {
  request: <T>(request: ApiRequest) => Promise<T>;
  /** The visitor token of the shopper's session (started if needed). */
  token: () => Promise<string>;
}

export function createHelpApi({ request, token }: HelpApiDeps): HelpApi {
  const send = async <T,>(make: (token: string) => ApiRequest) => request<T>(make(await token()));
  return {
    home: (lang) => send((t) => homeRequest(t, lang, location.href)),
    search: (q, lang, mode, limit) => send((t) => searchRequest(t, q, lang, mode, limit)),
    topic: (id, lang) => send((t) => topicRequest(t, id, lang)),
    article: (id, lang) => send((t) => articleRequest(t, id, lang, location.href)),
    vote: (id, helped, source) => send((t) => voteRequest(t, id, helped, source)),
    suggestionsShown: (articleIds, q) => send((t) => eventRequest(t, { kind: 'suggestions-shown', articleIds, query: q })),
    lookupOrder: (orderNumber, email) => send((t) => orderRequest(t, { orderNumber, email })),
  };
}
