/** The end of a chat, for the shopper: rate it, and ask for its transcript by email. */
import { Router } from 'express';
import { idCheckedRouter } from '../http/route-ids';
import { PATHS, rateRequest, transcriptRequest } from '@kotha/common/contract';
import { requireVisitor, visitorOf } from '../auth/credentials';
import type { VisitorTokens } from '../auth/visitor-token';
import type { ChatService } from '../chat/chat-service';
import type { Outbox } from '../email/outbox';
import { transcriptMail } from '../email/transcript-mail';
import { Conflict, Limited } from '../domain/errors';
import { notFound } from '../http/errors';
import type { ShopperLimits } from '../http/rate-limits';
import { parse } from '../http/validate';
import type { ConversationStore } from '../store/conversation-store';
import type { MessageStore } from '../store/message-store';
import type { SiteStore } from '../store/site-store';
import type { VisitorProfileStore } from '../store/visitor-profile-store';

/** Messages in one transcript: enough for any real chat, bounded for the email. */
const TRANSCRIPT_MESSAGES = 1_000;

export function endOfChatRoutes(deps: { chat: ChatService; sites: SiteStore; conversations: ConversationStore; messages: MessageStore; tokens: VisitorTokens; limits: ShopperLimits; outbox: Outbox; profiles: VisitorProfileStore }): Router {
  const router = idCheckedRouter();
  const visitor = requireVisitor(deps.tokens, { allowQuery: false });

  router.post(PATHS.visitorRating, visitor, deps.limits.messages, async (req, res) => {
    const { rating, comment } = parse(rateRequest, req.body, 'rating');
    res.json(await deps.chat.rate(visitorOf(res), String(req.params.conversationId), rating, comment));
  });

  // Counted with the shopper's messages: each one sends an email.
  router.post(PATHS.visitorTranscript, visitor, deps.limits.messages, async (req, res) => {
    const body = parse(transcriptRequest, req.body, 'transcript request');
    const who = visitorOf(res);
    const conversationId = String(req.params.conversationId);
    const record = await deps.conversations.getRecord(who.siteId, conversationId);
    if (!record || record.conversation.visitorId !== who.visitorId) throw notFound('No such conversation.');
    const [messages, site, visit] = await Promise.all([
      deps.messages.list(who.siteId, conversationId, { limit: TRANSCRIPT_MESSAGES }),
      deps.sites.get(who.siteId),
      deps.profiles.getVisit(who.siteId, who.visitorId),
    ]);
    const page = visit?.pages.at(-1)?.url ?? record.visitorPageUrl;
    const team = site?.settings.teamName ?? 'Support';
    const mail = transcriptMail({
      to: body.email,
      locale: body.locale ?? record.visitorLocale,
      timeZone: visit?.timeZone ?? null,
      team,
      site: page ? new URL(page).host : team,
      messages,
    });
    const result = await deps.outbox.send(who.siteId, mail, { kind: 'transcript', conversationId });
    if (result === 'suppressed') throw new Conflict('email_suppressed', 'We can’t send email to this address: mail to it bounced or was refused. Try another address.');
    if (result === 'recipient_limit') throw new Limited('email_limit', 'This address has had enough email from chats today. Try again tomorrow.');
    if (result === 'site_limit') throw new Limited('email_limit', 'This shop has sent a lot of email this hour. Try again later.');
    res.status(202).json({ sent: true });
  });

  return router;
}
