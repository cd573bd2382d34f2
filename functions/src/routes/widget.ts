/** The shopper's API, used by the widget. Credential: the visitor token. */
import { Router } from 'express';
import { rateLimit } from 'express-rate-limit';
import { messagesQuery, PATHS, sendVisitorMessageRequest, startSessionRequest, streamQuery, type MessagesResponse } from '../contract';
import { toVisitorEvent } from '../domain/conversation';
import { visitorOf, requireVisitor } from '../auth/credentials';
import type { VisitorTokens } from '../auth/visitor-token';
import type { ChatService } from '../chat/chat-service';
import { parse } from '../http/validate';
import { HttpError } from '../http/errors';
import { resumeCursor } from '../http/sse';
import { streamEvents, type StreamDeps } from '../realtime/event-stream';

/** Per minute, per API instance, in memory: a flood is cut where it lands. */
export interface RateLimits {
  /** New sessions per client address (shoppers behind one NAT share it). */
  sessionsPerIp: number;
  /** Messages per visitor: generous for people, tight for scripts. */
  messagesPerVisitor: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { sessionsPerIp: 120, messagesPerVisitor: 40 };

export interface WidgetRoutesDeps extends StreamDeps {
  chat: ChatService;
  tokens: VisitorTokens;
  rateLimits: RateLimits;
}

export const tooMany = (message: string) => () => {
  throw new HttpError(429, 'rate_limited', message);
};

export function widgetRoutes(deps: WidgetRoutesDeps): Router {
  const router = Router();
  const visitor = requireVisitor(deps.tokens, { allowQuery: false });

  const sessionLimit = rateLimit({ windowMs: 60_000, limit: deps.rateLimits.sessionsPerIp, standardHeaders: 'draft-8', legacyHeaders: false, handler: tooMany('Too many new sessions. Wait a minute.') });
  const messageLimit = rateLimit({
    windowMs: 60_000,
    limit: deps.rateLimits.messagesPerVisitor,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (_req, res) => `${visitorOf(res).siteId}/${visitorOf(res).visitorId}`,
    handler: tooMany('You are sending messages too fast. Wait a moment and try again.'),
  });

  router.post(PATHS.session, sessionLimit, async (req, res) => {
    const body = parse(startSessionRequest, req.body, 'session request');
    res.json(await deps.chat.startSession(body.siteId, body.visitorToken));
  });

  router.post(PATHS.visitorMessages, visitor, messageLimit, async (req, res) => {
    const { locale, ...message } = parse(sendVisitorMessageRequest, req.body, 'message');
    const result = await deps.chat.sendVisitorMessage(visitorOf(res), message, locale ? { visitorLocale: locale } : {});
    res.status(result.duplicate ? 200 : 201).json(result);
  });

  router.get(PATHS.visitorConversationMessages, visitor, async (req, res) => {
    const query = parse(messagesQuery, req.query, 'query');
    const messages = await deps.chat.listVisitorMessages(visitorOf(res), String(req.params.conversationId), query);
    res.json({ messages } satisfies MessagesResponse);
  });

  router.get(PATHS.visitorStream, requireVisitor(deps.tokens, { allowQuery: true }), async (req, res) => {
    const { since } = parse(streamQuery, { since: req.query.since }, 'stream query');
    const { siteId, visitorId } = visitorOf(res);
    await streamEvents(req, res, deps, { siteId, visitorId, resumeFrom: resumeCursor(req, since), project: toVisitorEvent });
  });

  return router;
}
