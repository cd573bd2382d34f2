/** The merchant's API, used by the dashboard. Credential: the platform's (on Wix an access token, or the legacy signed instance). */
import { Router, type Response } from 'express';
import { idCheckedRouter } from '../http/route-ids';
import {
  addNoteRequest,
  earlierMessagesQuery,
  snoozeRequest,
  type EarlierMessagesResponse,
  inboxQuery,
  PATHS,
  sendAgentMessageRequest,
  setStatusRequest,
  streamQuery,
  type ConversationResponse,
  type ConversationUpdateResponse,
  type InboxResponse,
  type MeResponse,
  type StreamTicketResponse,
} from '@kotha/common/contract';
import { toInboxEvent } from '../domain/conversation';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import type { StreamTickets } from '../auth/stream-tickets';
import type { ChatService } from '../chat/chat-service';
import { parse } from '../http/validate';
import type { StreamLimits } from '../http/stream-limits';
import { resumeCursor } from '../http/sse';
import { streamEvents, type StreamDeps } from '../realtime/event-stream';
import type { SiteStore } from '../store/site-store';
import type { TeamStore } from '../store/team-store';
import { agentFor } from '../team/agents';

export interface InboxRoutesDeps extends StreamDeps {
  chat: ChatService;
  auth: MerchantAuthConfig;
  /** Short-lived tickets that open the inbox stream, so no long-lived credential goes in its URL. */
  tickets: StreamTickets;
  sites: SiteStore;
  team: TeamStore;
  clock: () => number;
  streams: StreamLimits;
  /** The oldest activity the site's plan shows in the inbox (ms), or undefined for all. */
  historySince?: (siteId: string) => Promise<number | undefined>;
}

export function inboxRoutes(deps: InboxRoutesDeps): Router {
  const router = idCheckedRouter();
  const merchant = requireMerchant(deps.auth, { allowQuery: false });
  const id = (value: unknown) => String(value);

  // Opening the inbox makes the Wix user a member of the team (assignable, listed).
  router.get(PATHS.me, merchant, async (_req, res) => {
    const { siteId, uid } = merchantOf(res);
    const agent = { ...(await agentFor(deps, siteId, uid)), lastSeenAt: deps.clock() };
    const [site] = await Promise.all([deps.sites.get(siteId), deps.team.saveAgent(siteId, agent)]);
    res.json({ siteId, agent, teamName: site?.settings.teamName ?? '' } satisfies MeResponse);
  });

  router.get(PATHS.inbox, merchant, async (req, res) => {
    const query = parse(inboxQuery, req.query, 'query');
    const { siteId, uid } = merchantOf(res);
    const since = await deps.historySince?.(siteId);
    res.json((await deps.chat.listInbox(siteId, uid, { ...query, since })) satisfies InboxResponse);
  });

  router.get(PATHS.conversation, merchant, async (req, res) => {
    const result = await deps.chat.getConversation(merchantOf(res).siteId, id(req.params.conversationId));
    res.json(result satisfies ConversationResponse);
  });

  router.get(PATHS.agentMessages, merchant, async (req, res) => {
    const { before, limit } = parse(earlierMessagesQuery, req.query, 'query');
    const result = await deps.chat.earlierMessages(merchantOf(res).siteId, id(req.params.conversationId), before, limit);
    res.json(result satisfies EarlierMessagesResponse);
  });

  router.post(PATHS.agentMessages, merchant, async (req, res) => {
    const body = parse(sendAgentMessageRequest, req.body, 'message');
    const { siteId, uid } = merchantOf(res);
    const agent = await agentFor(deps, siteId, uid);
    const result = await deps.chat.sendAgentMessage(siteId, agent, id(req.params.conversationId), body);
    res.status(result.duplicate ? 200 : 201).json(result);
  });

  router.post(PATHS.conversationNotes, merchant, async (req, res) => {
    const body = parse(addNoteRequest, req.body, 'note');
    const { siteId, uid } = merchantOf(res);
    const result = await deps.chat.addNote(siteId, uid, id(req.params.conversationId), body);
    res.status(result.duplicate ? 200 : 201).json(result);
  });

  router.post(PATHS.conversationStatus, merchant, async (req, res) => {
    const { status } = parse(setStatusRequest, req.body, 'status change');
    const { siteId, uid } = merchantOf(res);
    const result = await deps.chat.setStatus(siteId, id(req.params.conversationId), status, uid);
    res.json(result satisfies ConversationUpdateResponse);
  });

  router.post(PATHS.agentTyping, merchant, async (req, res) => {
    const { siteId, uid } = merchantOf(res);
    await deps.chat.agentTyping(siteId, await agentFor(deps, siteId, uid), id(req.params.conversationId));
    res.status(204).end();
  });

  router.post(PATHS.conversationSnooze, merchant, async (req, res) => {
    const { until } = parse(snoozeRequest, req.body, 'snooze');
    res.json((await deps.chat.snooze(merchantOf(res).siteId, id(req.params.conversationId), until)) satisfies ConversationUpdateResponse);
  });

  router.post(PATHS.conversationRead, merchant, async (req, res) => {
    const result = await deps.chat.markReadByAgent(merchantOf(res).siteId, id(req.params.conversationId));
    res.json(result satisfies ConversationUpdateResponse);
  });

  // The credential comes in the header: a ticket never buys another ticket.
  router.post(PATHS.streamTicket, merchant, (_req, res) => {
    res.json(deps.tickets.issue(merchantOf(res), PATHS.inboxStream) satisfies StreamTicketResponse);
  });

  // A ticket from streamTicket; the legacy `?instance=` of dashboards opened before tickets still works.
  const oneAgent = (_req: unknown, res: Response) => `agent\u0000${merchantOf(res).siteId}\u0000${merchantOf(res).uid}`;
  router.get(PATHS.inboxStream, requireMerchant(deps.auth, { allowQuery: true, tickets: deps.tickets }), deps.streams.hold(oneAgent), async (req, res) => {
    const { since } = parse(streamQuery, { since: req.query.since }, 'stream query');
    const { siteId } = merchantOf(res);
    await streamEvents(req, res, deps, { siteId, resumeFrom: resumeCursor(req, since), project: toInboxEvent });
  });

  return router;
}
