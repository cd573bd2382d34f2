/**
 * The shopper's visit: page views reported by the widget (a beacon, so the token is in a
 * text/plain body, which also spares a CORS preflight), and the context the team sees
 * beside a conversation.
 */
import express, { Router } from 'express';
import { idCheckedRouter } from '../http/route-ids';
import Bowser from 'bowser';
import { PATHS, pageViewReport, type ShopperContext } from '@kotha/common/contract';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import type { VisitorTokens } from '../auth/visitor-token';
import type { ConversationStore } from '../store/conversation-store';
import type { VisitorProfileStore } from '../store/visitor-profile-store';
import { recordPageView } from '../domain/visits';
import { badRequest, notFound, unauthorized } from '../http/errors';
import { parse } from '../http/validate';
import { parseJson } from '../http/body';
import type { ShopperLimits } from '../http/rate-limits';

/** The shopper's device in words, from their browser's user-agent. */
export function deviceOf(userAgent: string | null): ShopperContext['device'] {
  if (!userAgent) return { browser: null, os: null, type: null };
  const parsed = Bowser.parse(userAgent);
  const type = parsed.platform.type;
  return {
    browser: [parsed.browser.name, parsed.browser.version?.split('.')[0]].filter(Boolean).join(' ') || null,
    os: [parsed.os.name, parsed.os.versionName ?? parsed.os.version].filter(Boolean).join(' ') || null,
    type: type === 'mobile' || type === 'tablet' || type === 'desktop' ? type : null,
  };
}

export function visitRoutes(deps: { tokens: VisitorTokens; conversations: ConversationStore; profiles: VisitorProfileStore; auth: MerchantAuthConfig; limits: ShopperLimits; clock: () => number }): Router {
  const router = idCheckedRouter();

  router.post(PATHS.pageView, deps.limits.pageViews, express.text({ type: () => true, limit: '8kb' }), async (req, res) => {
    let body: unknown;
    try {
      body = parseJson(typeof req.body === 'string' ? req.body : '');
    } catch {
      throw badRequest('The page view must be JSON.');
    }
    const report = parse(pageViewReport, body, 'page view');
    const visitor = await deps.tokens.verify(report.token);
    if (!visitor) throw unauthorized('The visitor token is invalid or expired.');
    const visit = await deps.profiles.getVisit(visitor.siteId, visitor.visitorId);
    const next = recordPageView(visit, {
      url: report.url,
      title: report.title?.trim() || null,
      at: deps.clock(),
      referrer: report.referrer || null,
      userAgent: req.get('user-agent')?.slice(0, 400) ?? null,
      language: report.language ?? null,
      timeZone: report.timeZone ?? null,
    });
    await deps.profiles.saveVisit(visitor.siteId, visitor.visitorId, next);
    res.status(204).end();
  });

  router.get(PATHS.shopperContext, requireMerchant(deps.auth, { allowQuery: false }), async (req, res) => {
    const { siteId } = merchantOf(res);
    const conversation = await deps.conversations.get(siteId, String(req.params.conversationId));
    if (!conversation) throw notFound('No such conversation.');
    const [visit, others] = await Promise.all([
      deps.profiles.getVisit(siteId, conversation.visitorId),
      deps.conversations.listForVisitor(siteId, conversation.visitorId, 11),
    ]);
    const context: ShopperContext = {
      name: conversation.visitorName,
      email: conversation.visitorEmail,
      pages: visit?.pages ?? [],
      referrer: visit?.referrer ?? null,
      device: deviceOf(visit?.userAgent ?? null),
      language: visit?.language ?? null,
      timeZone: visit?.timeZone ?? null,
      firstSeenAt: visit?.firstSeenAt ?? null,
      lastSeenAt: visit?.lastSeenAt ?? null,
      pastConversations: others.filter((c) => c.id !== conversation.id).slice(0, 10),
    };
    res.json(context);
  });

  return router;
}
