/**
 * Business hours over HTTP: the widget asks whether the team is in and leaves messages
 * outside hours; the merchant reads and writes the hours settings.
 */
import { Router, type RequestHandler } from 'express';
import { idCheckedRouter } from '../http/route-ids';
import type { AddressHasher } from '../team/address-hash';
import { availabilityQuery, hoursSettingsSchema, offlineMessageRequest, PATHS, type AvailabilityResponse, type HoursSettings, type HoursSettingsResponse, type QueueResponse, type SendMessageResponse } from '@kotha/common/contract';
import { merchantOf, requireMerchant, requireVisitor, visitorOf, type MerchantAuthConfig } from '../auth/credentials';
import type { VisitorTokens } from '../auth/visitor-token';
import type { ChatService } from '../chat/chat-service';
import type { Outbox } from '../email/outbox';
import { offlineMessageMail } from '../email/templates';
import type { ShopperHelp } from '../help/shopper-help';
import { withDeadline } from '../http/deadline';
import { notFound } from '../http/errors';
import { shopperAccess } from '../domain/site-access';
import { parse } from '../http/validate';
import type { HoursService } from '../hours/hours-service';
import type { HoursStore } from '../store/hours-store';
import type { ConversationStore } from '../store/conversation-store';
import type { SiteStore } from '../store/site-store';
import type { ShopperLimits } from '../http/rate-limits';
import type { Platform } from '@kotha/common/platform';

export interface HoursRoutesDeps {
  chat: ChatService;
  hours: HoursService;
  hoursStore: HoursStore;
  sites: SiteStore;
  conversations: ConversationStore;
  outbox: Outbox;
  tokens: VisitorTokens;
  auth: MerchantAuthConfig;
  limits: ShopperLimits;
  /** The inbox's address, for links in merchant emails. */
  dashboardUrl: string;
  clock: () => number;
  /**
   * Matches or creates the site's contact for a shopper who left an email (where the
   * platform keeps contacts), and remembers the link (a contact deleted on the platform
   * erases the shopper here).
   */
  shopperContacts?: { ensureContact(siteId: string, email: string, name: string | null): Promise<string | null>; linkContact(siteId: string, visitorId: string, contactId: string): Promise<void> };
  warn?: (message: string, details: Record<string, unknown>) => void;
  /** The help center's hand-over trail (help/shopper-help.ts), when a message left outside hours follows self-service. */
  help?: Pick<ShopperHelp, 'trail' | 'handedOver'>;
  refuseBlocked: RequestHandler;
  hashAddress: AddressHasher;
  /** Where the site's own time zone comes from (the Hours tab starts new hours in it). */
  platform?: Pick<Platform, 'siteProfile'>;
}

/** How long the Hours tab's load waits for the platform's answer about the site's zone. */
const SITE_ZONE_WAIT_MS = 2_000;

export function inboxLink(dashboardUrl: string, conversationId: string): string {
  const url = new URL(dashboardUrl);
  url.searchParams.set('conversation', conversationId);
  return url.toString();
}

export function hoursRoutes(deps: HoursRoutesDeps): Router {
  const router = idCheckedRouter();
  /** The site's zone as the platform keeps it; the tab loads without it if the platform is slow or down. */
  const siteTimeZoneOf = async (siteId: string): Promise<string | null> => {
    if (!deps.platform) return null;
    try {
      return await withDeadline(deps.platform.siteProfile(siteId).then((profile) => profile.timeZone), SITE_ZONE_WAIT_MS, () => null);
    } catch (error) {
      deps.warn?.('could not read the site time zone', { siteId, error: String(error) });
      return null;
    }
  };
  const visitor = requireVisitor(deps.tokens, { allowQuery: false });
  const merchant = requireMerchant(deps.auth, { allowQuery: false });
  const { pageViews: perIp, messages: perVisitor } = deps.limits;

  router.get(PATHS.availability, perIp, async (req, res) => {
    const { siteId } = parse(availabilityQuery, req.query, 'query');
    const site = await deps.sites.document(siteId);
    if (shopperAccess(site) !== 'open') throw notFound('This site does not use Kotha.');
    const availability = await deps.hours.availability(siteId, site!.firstReplies);
    // Every page view asks (the loader hides the launcher outside hours if told to): a
    // CDN or browser may keep the answer a minute, never past the next change.
    const fresh = availability.changesAt === null ? 60 : Math.min(60, Math.floor((availability.changesAt - deps.clock()) / 1000));
    res.set('Cache-Control', fresh > 0 ? `public, max-age=${fresh}` : 'no-store');
    res.json(availability satisfies AvailabilityResponse);
  });

  router.post(PATHS.offlineMessage, visitor, perVisitor, deps.refuseBlocked, async (req, res) => {
    const body = parse(offlineMessageRequest, req.body, 'message');
    const who = visitorOf(res);
    const { conversationId, id, text, email, name, locale, pageUrl, help } = body;
    const details = { offline: true, visitorEmail: email, visitorAddressHash: deps.hashAddress(who.siteId, req.ip), ...(name ? { visitorName: name } : {}), ...(locale ? { visitorLocale: locale } : {}), ...(pageUrl ? { visitorPageUrl: pageUrl } : {}) };
    const trail = help && deps.help ? await deps.help.trail(who.siteId, who.visitorId, help) : undefined;
    const result = await deps.chat.sendVisitorMessage(who, { conversationId, id, text, ...(trail ? { help: trail } : {}) }, details);
    if (trail && !result.duplicate) await deps.help?.handedOver(who.siteId, who.visitorId, trail);
    if (!result.duplicate) {
      // The merchant sees the same person across their site; a platform hiccup must not lose the message.
      const contacts = deps.shopperContacts;
      contacts
        ?.ensureContact(who.siteId, email, name ?? null)
        .then((contactId) => (contactId ? contacts.linkContact(who.siteId, who.visitorId, contactId) : undefined))
        .catch((error: Error) => deps.warn?.('could not match the shopper to a contact of the site', { siteId: who.siteId, error: error.message }));
      const settings = await deps.hours.settings(who.siteId);
      if (settings.merchantEmail) {
        const mail = offlineMessageMail({ to: settings.merchantEmail, shopperEmail: email, shopperName: name ?? null, text, pageUrl: pageUrl ?? null, inboxUrl: inboxLink(deps.dashboardUrl, conversationId) });
        await deps.outbox.send(who.siteId, mail, { kind: 'offline-message', conversationId });
      }
    }
    res.status(result.duplicate ? 200 : 201).json(result satisfies SendMessageResponse);
  });

  router.post(PATHS.visitorRead, visitor, async (req, res) => {
    res.json(await deps.chat.markReadByVisitor(visitorOf(res), String(req.params.conversationId)));
  });

  router.get(PATHS.queue, visitor, async (req, res) => {
    const who = visitorOf(res);
    const [record, site] = await Promise.all([deps.conversations.getRecord(who.siteId, String(req.params.conversationId)), deps.sites.document(who.siteId)]);
    if (!record || record.conversation.visitorId !== who.visitorId) throw notFound('No such conversation.');
    res.json((await deps.hours.queue(who.siteId, record, site?.firstReplies ?? [])) satisfies QueueResponse);
  });

  router.get(PATHS.hoursSettings, merchant, async (_req, res) => {
    const { siteId } = merchantOf(res);
    const [settings, siteTimeZone] = await Promise.all([deps.hours.settings(siteId), siteTimeZoneOf(siteId)]);
    res.json({ ...settings, siteTimeZone } satisfies HoursSettingsResponse);
  });

  router.put(PATHS.hoursSettings, merchant, async (req, res) => {
    const settings = parse(hoursSettingsSchema, req.body, 'hours settings');
    await deps.hoursStore.save(merchantOf(res).siteId, settings, deps.clock());
    res.json(settings satisfies HoursSettings);
  });

  return router;
}
