/**
 * The API as an Express app, built from its dependencies (no import-time singletons),
 * so Cloud Functions, the local stack, the tests and the bench all run the same code.
 */
import cors from 'cors';
import express, { type Express } from 'express';
import type { Firestore } from 'firebase-admin/firestore';
import { HELP_LIMITS, INBOX_PREFIX, LIMITS, PATHS } from '@kotha/common/contract';
import { VisitorTokens } from './auth/visitor-token';
import { ChatService } from './chat/chat-service';
import { ConversationWrites } from './chat/conversation-writes';
import { errorHandler, notFound, type ErrorLogger } from './http/errors';
import { checkIds } from './http/route-ids';
import { Hub } from './realtime/hub';
import { SiteFeeds, type FeedLogger } from './realtime/site-feeds';
import { inboxRoutes } from './routes/inbox';
import { requireMerchant } from './auth/credentials';
import { StreamTickets } from './auth/stream-tickets';
import { widgetRoutes } from './routes/widget';
import { DEFAULT_RATE_LIMITS, newVisitorGate, shopperLimits, type RateLimits } from './http/rate-limits';
import { StreamLimits } from './http/stream-limits';
import { bodyDeadline, jsonBody } from './http/body';
import { REQUEST_ID_HEADER, requestIds, structuredLogger } from './http/log';
import { health } from './http/health';
import { RateCounters } from './store/rate-counters';
import { SuppressionStore } from './store/suppression-store';
import { EmailGuard } from './email/email-guard';
import { ConversationStore } from './store/conversation-store';
import { EventLog } from './store/event-log';
import { MessageStore } from './store/message-store';
import { NoteStore } from './store/note-store';
import { SiteStore } from './store/site-store';
import { Outbox } from './email/outbox';
import { unconfiguredMailer, type Mailer } from './email/mailer';
import { HoursService } from './hours/hours-service';
import { hoursRoutes } from './routes/hours';
import { FollowUpStore } from './store/follow-up-store';
import { HoursStore } from './store/hours-store';
import { SiteLifecycleStore } from './store/site-lifecycle-store';
import { AppLifecycle } from './platform/app-lifecycle';
import { LifecycleQueue } from './platform/lifecycle-queue';
import { LifecycleEventStore } from './store/lifecycle-event-store';
import { OwnerAlerts } from './alerts/owner-alerts';
import type { Platform } from '@kotha/common/platform';
import { analyticsRoutes } from './routes/analytics';
import { AnalyticsService } from './analytics/analytics-service';
import { AnalyticsDayStore } from './store/analytics-day-store';
import { accountRoutes } from './routes/account';
import { DigestStore } from './store/digest-store';
import { ExportStore } from './store/export-store';
import { PlansService } from './plans/plans-service';
import { shopperRecordRoutes } from './routes/shopper-record';
import { identityRoutes } from './routes/identity';
import { VisitorProfileStore } from './store/visitor-profile-store';
import { TeamStore } from './store/team-store';
import { teamRoutes } from './routes/team';
import { visitRoutes } from './routes/visits';
import { endOfChatRoutes } from './routes/end-of-chat';
import { widgetSettingsRoutes } from './routes/widget-settings';
import { setupRoutes } from './routes/setup';
import { addressHasher } from './team/address-hash';
import { refuseBlocked as blockGuard } from './team/block-guard';
import { HelpArticleStore } from './store/help-article-store';
import { HelpCollectionStore } from './store/help-collection-store';
import { HelpEventStore } from './store/help-event-store';
import { HelpLibrary } from './help/help-library';
import { ShopperHelp } from './help/shopper-help';
import { HelpAdmin } from './help/help-admin';
import { HelpHealth } from './help/help-health';
import { OrderLookup } from './help/order-lookup';
import { helpWidgetRoutes } from './routes/help-widget';
import { helpInboxRoutes } from './routes/help-inbox';

export interface ApiConfig {
  visitorTokenKey: string;
  /**
   * 'firestore' also fans events out through per-site Firestore listeners, for more
   * than one instance (production); 'local' uses the in-process hub alone.
   */
  fanOut: 'firestore' | 'local';
  /** Proxies in front of the app whose X-Forwarded-For is trusted (Cloud Run: 1). */
  trustProxyHops?: number;
  /** The abuse bounds; any left out are the contract's (ABUSE_LIMITS). */
  rateLimits?: Partial<RateLimits>;
  /** The merchant dashboard's address, for links in emails. */
  dashboardUrl?: string;
  /**
   * Where the platform's lifecycle events (webhooks) are applied once stored: 'in-process'
   * right here (the local stack, the tests; the default), or 'deferred' to a worker (a
   * Firestore trigger in Cloud Functions calls `lifecycle.process`).
   */
  lifecycleQueue?: 'in-process' | 'deferred';
  /** In-process: how long a webhook may wait for its event to be applied before answering 'queued' (0, the default: it answers at once). */
  webhookAnswerWithinMs?: number;
}

export const DEFAULT_DASHBOARD_URL = 'https://kotha-chat.web.app/dashboard/';

export interface ApiDeps {
  db: Firestore;
  config: ApiConfig;
  /** The website builder the sites are made with; the composition root builds its adapter. */
  platform: Platform;
  clock?: () => number;
  logger?: ErrorLogger & FeedLogger;
  /** Outgoing email; without it, mail waits in the outbox marked as failed to send. */
  mailer?: Mailer;
}

export interface Api {
  app: Express;
  db: Firestore;
  hub: Hub;
  feeds: SiteFeeds | null;
  /** The `sites/{id}` documents (provisioning in tests, the local stack and the bench). */
  sites: SiteStore;
  chat: ChatService;
  hours: HoursService;
  outbox: Outbox;
  platform: Platform;
  /** The platform's lifecycle events: stored by the webhooks, applied by `process` (the Firestore trigger) or `drainDue`. */
  lifecycle: LifecycleQueue;
  /** The plan rules against the platform (the daily reconciliation). */
  plans: PlansService;
  /** Alerts to the site owners' phones (the follow-up job's "still waiting"). */
  alerts: OwnerAlerts;
  /** The hours settings as stored (the owner's email, for the weekly digest). */
  hoursStore: HoursStore;
  /** The Analytics tab's figures and the daily rollups (the rollup job). */
  analytics: AnalyticsService;
}

export function createApi(deps: ApiDeps): Api {
  const clock = deps.clock ?? Date.now;
  const logger = deps.logger ?? structuredLogger();
  const bounds: RateLimits = { ...DEFAULT_RATE_LIMITS, ...deps.config.rateLimits };
  // Counters every instance shares; the address in a key is hashed with the token key.
  const counters = new RateCounters(deps.db, deps.config.visitorTokenKey, clock);
  const suppressions = new SuppressionStore(deps.db);
  const siteStore = new SiteStore(deps.db);
  const conversations = new ConversationStore(deps.db);
  const messages = new MessageStore(deps.db);
  const events = new EventLog(deps.db);
  const hub = new Hub();
  const feeds = deps.config.fanOut === 'firestore' ? new SiteFeeds(events, hub, clock, logger) : null;
  const tokens = new VisitorTokens(deps.config.visitorTokenKey, clock);
  const hoursStore = new HoursStore(deps.db);
  const hours = new HoursService({ hours: hoursStore, followUps: new FollowUpStore(deps.db), clock });
  const outbox = new Outbox(deps.db, deps.mailer ?? unconfiguredMailer, clock, { guard: new EmailGuard({ suppressions, counters, limits: bounds }), suppressions });
  const profiles = new VisitorProfileStore(deps.db);
  const writes = new ConversationWrites({ db: deps.db, hub, clock });
  const { platform } = deps;
  const alerts = new OwnerAlerts({ db: deps.db, channel: platform.ownerAlerts, clock, warn: logger.warn });
  const chat = new ChatService({
    sites: siteStore, conversations, messages, notes: new NoteStore(deps.db), writes, tokens, clock, profiles,
    autoReply: (siteId, record) => hours.autoReply(siteId, record),
    onConversationStarted: (siteId, conversation, text) => void alerts.conversationStarted(siteId, conversation, text),
  });
  // Merchant routes learn who is calling from the platform's verifier.
  const auth = platform;
  const limits = shopperLimits(bounds);
  const streams = new StreamLimits(bounds);
  const team = new TeamStore(deps.db);
  const hashAddress = addressHasher(deps.config.visitorTokenKey);
  const refuseBlocked = blockGuard({ team, tokens, hashAddress });

  const tickets = new StreamTickets(deps.config.visitorTokenKey, clock);

  // The help center: articles and collections, the search shelf each instance keeps, events.
  const helpArticles = new HelpArticleStore(deps.db);
  const helpCollections = new HelpCollectionStore(deps.db);
  const helpEvents = new HelpEventStore(deps.db);
  const shopperHelp = new ShopperHelp({ sites: siteStore, library: new HelpLibrary({ articles: helpArticles, clock }), articles: helpArticles, collections: helpCollections, events: helpEvents, clock });
  const helpAdmin = new HelpAdmin({ articles: helpArticles, collections: helpCollections, sites: siteStore, clock });

  const app = express();
  app.disable('x-powered-by');
  // Rate limits key on the client's address, which only the trusted proxies may report.
  app.set('trust proxy', deps.config.trustProxyHops ?? 0);
  // Credentials travel in headers, never cookies, so any origin may call the API: the
  // widget runs on every merchant's domain.
  // First, so every line logged while serving a request names it.
  app.use(requestIds());
  app.use(cors({ origin: true, maxAge: 86_400, exposedHeaders: ['RateLimit', 'RateLimit-Policy', 'Retry-After', REQUEST_ID_HEADER] }));
  app.use(bodyDeadline(bounds.bodyReadMs));
  // Articles and imports only have larger bodies (HELP_LIMITS); every other route keeps the app's limit.
  app.use([PATHS.helpArticles, PATHS.helpArticleOne, PATHS.helpPreview], jsonBody(HELP_LIMITS.articleBodyBytes));
  app.use(PATHS.helpImport, jsonBody(HELP_LIMITS.importBodyBytes));
  app.use(jsonBody(LIMITS.jsonBodyBytes));
  // Every id from outside, before any handler reads or writes with it.
  app.use(checkIds());
  // `/healthz` for the local stack and the bench; Cloud Run answers that path itself.
  app.get([PATHS.health, '/healthz'], health({ db: deps.db, hub, feeds }));
  app.use(widgetRoutes({ chat, tokens, events, hub, feeds, limits, refuseBlocked, hashAddress, profiles, clock, admitNewVisitor: newVisitorGate(counters, bounds), streams, help: shopperHelp }));
  app.use(helpWidgetRoutes({ tokens, help: shopperHelp, refuseBlocked, orders: new OrderLookup({ platform, counters, events: helpEvents, clock, warn: logger.warn }) }));
  app.use(identityRoutes({ chat, tokens, limits, profiles, refuseBlocked, platform }));
  const sites = new SiteLifecycleStore(deps.db);
  const exports = new ExportStore(deps.db);
  const audit = exports.audit.bind(exports);
  const plans = new PlansService({ sites, platform, clock, warn: logger.warn, audit });
  // The free plan has one agent seat: every inbox request is checked against it.
  app.use(INBOX_PREFIX, requireMerchant(auth, { allowQuery: true, tickets }), plans.seat());
  app.use(inboxRoutes({ chat, auth, tickets, sites: siteStore, events, team, clock, hub, feeds, streams, historySince: (siteId) => plans.historySince(siteId) }));
  app.use(teamRoutes({ chat, auth, sites: siteStore, conversations, team, clock }));
  app.use(visitRoutes({ tokens, conversations, profiles, auth, limits, clock }));
  app.use(endOfChatRoutes({ chat, sites: siteStore, conversations, messages, tokens, limits, outbox, profiles }));
  app.use(widgetSettingsRoutes({ auth, sites: siteStore, platform, clock, warn: logger.warn }));
  app.use(accountRoutes({ auth, plans, exports, alerts, digests: new DigestStore(deps.db), hours: hoursStore, clock }));
  app.use(setupRoutes({ auth, sites: siteStore, hours: hoursStore, team, platform, warn: logger.warn }));
  app.use(shopperRecordRoutes({ auth, conversations, platform }));
  const helpHealth = new HelpHealth({ articles: helpArticles, events: helpEvents, conversations, clock });
  app.use(helpInboxRoutes({ auth, admin: helpAdmin, health: helpHealth }));
  const analytics = new AnalyticsService({ conversations, days: new AnalyticsDayStore(deps.db), hours: hoursStore, plans, help: helpHealth, clock });
  app.use(analyticsRoutes({ auth, analytics }));
  // The platform's own endpoints (its webhooks) deliver its lifecycle events to the queue, which applies them.
  const erasure = { visitorsOfContact: (siteId: string, contactId: string) => profiles.visitorsOfContact(siteId, contactId), deleteVisitor: (siteId: string, visitorId: string) => exports.deleteVisitor(siteId, visitorId) };
  const appLifecycle = new AppLifecycle({ store: siteStore, chat, hours: hoursStore, sites, platform, clock, warn: logger.warn, audit, erasure, helpArticles });
  const lifecycle = new LifecycleQueue({ events: new LifecycleEventStore(deps.db), lifecycle: appLifecycle, clock, warn: logger.warn, mode: deps.config.lifecycleQueue ?? 'in-process', answerWithinMs: deps.config.webhookAnswerWithinMs });
  const platformRoutes = platform.routes?.(lifecycle);
  if (platformRoutes) app.use(platformRoutes);
  const shopperContacts = platform.ensureContact
    ? { ensureContact: platform.ensureContact.bind(platform), linkContact: (siteId: string, visitorId: string, contactId: string) => profiles.linkContact(siteId, visitorId, contactId) }
    : undefined;
  app.use(hoursRoutes({ chat, hours, hoursStore, sites: siteStore, conversations, outbox, tokens, auth, limits, dashboardUrl: deps.config.dashboardUrl ?? DEFAULT_DASHBOARD_URL, clock, shopperContacts, warn: logger.warn, refuseBlocked, hashAddress, platform, help: shopperHelp }));
  app.use((_req, _res, next) => next(notFound('No such route.')));
  app.use(errorHandler(logger));
  return { app, db: deps.db, hub, feeds, sites: siteStore, chat, hours, hoursStore, outbox, platform, lifecycle, plans, alerts, analytics };
}
