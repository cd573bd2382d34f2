/**
 * The shopper's help routes: the Help view's home, search and suggestions, articles,
 * votes, events, and order lookups. Credential: the visitor token, like every widget
 * route. Reads are bounded per visitor in this instance's memory (they cost no write but
 * an event); order lookups are counted across instances by the lookup itself.
 */
import { type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import {
  helpEventRequest,
  helpHomeQuery,
  helpSearchQuery,
  helpVoteRequest,
  orderLookupRequest,
  PATHS,
  type HelpHome,
  type HelpTopic,
  type HelpSearchResponse,
  type OrderLookupResponse,
  type PublicArticle,
} from '@kotha/common/contract';
import { requireVisitor, visitorOf } from '../auth/credentials';
import type { VisitorTokens } from '../auth/visitor-token';
import type { OrderLookup } from '../help/order-lookup';
import type { ShopperHelp } from '../help/shopper-help';
import { HttpError } from '../http/errors';
import { idCheckedRouter } from '../http/route-ids';
import { parse } from '../http/validate';

/** Help requests one visitor may make in a minute: a shopper typing a question asks once per pause. */
export const HELP_REQUESTS_PER_VISITOR_MINUTE = 120;

export function helpWidgetRoutes(deps: { tokens: VisitorTokens; help: ShopperHelp; orders: OrderLookup; refuseBlocked: RequestHandler; perMinute?: number }) {
  const router = idCheckedRouter();
  const visitor = requireVisitor(deps.tokens, { allowQuery: false });
  const limit = rateLimit({
    windowMs: 60_000,
    limit: deps.perMinute ?? HELP_REQUESTS_PER_VISITOR_MINUTE,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (_req, res) => `${visitorOf(res).siteId}/${visitorOf(res).visitorId}`,
    handler: () => {
      throw new HttpError(429, 'rate_limited', 'Too many help requests. Wait a minute.');
    },
  });
  const shopper = [visitor, limit];

  router.get(PATHS.helpHome, ...shopper, async (req, res) => {
    const query = parse(helpHomeQuery, req.query, 'help query');
    res.json((await deps.help.home(visitorOf(res).siteId, query)) satisfies HelpHome);
  });
  router.get(PATHS.helpSearch, ...shopper, async (req, res) => {
    const query = parse(helpSearchQuery, req.query, 'search');
    const { siteId, visitorId } = visitorOf(res);
    res.json({ hits: await deps.help.search(siteId, visitorId, query) } satisfies HelpSearchResponse);
  });
  router.get(PATHS.helpTopic, ...shopper, async (req, res) => {
    const query = parse(helpHomeQuery, req.query, 'topic query');
    res.json((await deps.help.topic(visitorOf(res).siteId, String(req.params.collectionId), query)) satisfies HelpTopic);
  });
  router.get(PATHS.helpArticle, ...shopper, async (req, res) => {
    const query = parse(helpHomeQuery, req.query, 'article query');
    const { siteId, visitorId } = visitorOf(res);
    // An unpublished article must vanish at once: nobody may keep a copy.
    res.set('Cache-Control', 'no-store').json((await deps.help.article(siteId, visitorId, String(req.params.articleId), query)) satisfies PublicArticle);
  });
  router.post(PATHS.helpVote, ...shopper, async (req, res) => {
    const { siteId, visitorId } = visitorOf(res);
    await deps.help.vote(siteId, visitorId, String(req.params.articleId), parse(helpVoteRequest, req.body, 'vote'));
    res.status(204).end();
  });
  router.post(PATHS.helpEvents, ...shopper, async (req, res) => {
    const { siteId, visitorId } = visitorOf(res);
    await deps.help.event(siteId, visitorId, parse(helpEventRequest, req.body, 'event'));
    res.status(204).end();
  });
  router.post(PATHS.orderLookup, visitor, deps.refuseBlocked, async (req, res) => {
    const { orderNumber, email } = parse(orderLookupRequest, req.body, 'order lookup');
    const { siteId, visitorId } = visitorOf(res);
    const answer = await deps.orders.lookup(siteId, visitorId, orderNumber, email);
    res.set('Cache-Control', 'no-store');
    if (answer.result === 'too-many') res.set('Retry-After', String(answer.retryAfterSeconds));
    res.json(answer satisfies OrderLookupResponse);
  });

  return router;
}
