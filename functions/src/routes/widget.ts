/** The shopper's API, used by the widget. Credential: the visitor token. */
import { Router, type RequestHandler, type Response } from 'express';
import { idCheckedRouter } from '../http/route-ids';
import type { AddressHasher } from '../team/address-hash';
import { messagesQuery, PATHS, sendVisitorMessageRequest, startSessionRequest, streamQuery, type MessagesResponse } from '@kotha/common/contract';
import { toVisitorEvent } from '../domain/conversation';
import { visitorOf, requireVisitor } from '../auth/credentials';
import type { VisitorTokens } from '../auth/visitor-token';
import type { ChatService } from '../chat/chat-service';
import { parse } from '../http/validate';
import type { ShopperLimits } from '../http/rate-limits';
import type { StreamLimits } from '../http/stream-limits';
import { resumeCursor } from '../http/sse';
import { streamEvents, type StreamDeps } from '../realtime/event-stream';
import { STREAM_BEAT_MS } from '../domain/visits';
import type { VisitorProfileStore } from '../store/visitor-profile-store';
import type { ShopperHelp } from '../help/shopper-help';

export interface WidgetRoutesDeps extends StreamDeps {
  chat: ChatService;
  tokens: VisitorTokens;
  limits: ShopperLimits;
  /** New visitors per address and site, across instances (http/rate-limits.ts). */
  admitNewVisitor: (siteId: string, address: string | undefined) => Promise<void>;
  streams: StreamLimits;
  /** Refuses blocked shoppers (team/block-guard.ts). */
  refuseBlocked: RequestHandler;
  hashAddress: AddressHasher;
  /** Where an open stream records its beat: the shopper is still on the site. */
  profiles: VisitorProfileStore;
  clock: () => number;
  /** The help center's hand-over trail (help/shopper-help.ts). */
  help: Pick<ShopperHelp, 'trail' | 'handedOver'>;
}

export function widgetRoutes(deps: WidgetRoutesDeps): Router {
  const router = idCheckedRouter();
  const visitor = requireVisitor(deps.tokens, { allowQuery: false });

  const { sessions: sessionLimit, messages: messageLimit } = deps.limits;

  router.post(PATHS.session, sessionLimit, deps.refuseBlocked, async (req, res) => {
    const body = parse(startSessionRequest, req.body, 'session request');
    res.json(await deps.chat.startSession(body.siteId, body.visitorToken, { admitNewVisitor: () => deps.admitNewVisitor(body.siteId, req.ip) }));
  });

  router.post(PATHS.visitorMessages, visitor, messageLimit, deps.refuseBlocked, async (req, res) => {
    const { locale, help, ...message } = parse(sendVisitorMessageRequest, req.body, 'message');
    const who = visitorOf(res);
    const details = { visitorAddressHash: deps.hashAddress(who.siteId, req.ip), ...(locale ? { visitorLocale: locale } : {}) };
    // A hand-over from self-service carries its trail, titles and order checked by the server.
    const trail = help ? await deps.help.trail(who.siteId, who.visitorId, help) : undefined;
    const result = await deps.chat.sendVisitorMessage(who, { ...message, ...(trail ? { help: trail } : {}) }, details);
    if (trail && !result.duplicate) await deps.help.handedOver(who.siteId, who.visitorId, trail);
    res.status(result.duplicate ? 200 : 201).json(result);
  });

  router.post(PATHS.visitorTyping, visitor, deps.limits.typing, async (req, res) => {
    await deps.chat.visitorTyping(visitorOf(res), String(req.params.conversationId));
    res.status(204).end();
  });

  router.get(PATHS.visitorConversationMessages, visitor, async (req, res) => {
    const query = parse(messagesQuery, req.query, 'query');
    const messages = await deps.chat.listVisitorMessages(visitorOf(res), String(req.params.conversationId), query);
    res.json({ messages } satisfies MessagesResponse);
  });

  const oneVisitor = (_req: unknown, res: Response) => `visitor\u0000${visitorOf(res).siteId}\u0000${visitorOf(res).visitorId}`;
  router.get(PATHS.visitorStream, requireVisitor(deps.tokens, { allowQuery: true }), deps.streams.hold(oneVisitor), async (req, res) => {
    const { since } = parse(streamQuery, { since: req.query.since }, 'stream query');
    const { siteId, visitorId } = visitorOf(res);
    // Persisted, not kept in this instance's hub: the follow-up job runs anywhere and
    // sends "still in line" notes only to shoppers still here (domain/visits.ts). Best
    // effort: a lost beat must never cost the shopper their stream.
    const beat = () => void deps.profiles.streamSeen(siteId, visitorId, deps.clock()).catch(() => undefined);
    beat();
    const beating = setInterval(beat, STREAM_BEAT_MS);
    req.on('close', () => clearInterval(beating));
    await streamEvents(req, res, deps, { siteId, visitorId, resumeFrom: resumeCursor(req, since), project: toVisitorEvent });
  });

  return router;
}
