/**
 * Every path of the API, in one table: PATHS holds the patterns (Express syntax; the
 * server mounts these), ROUTES the concrete paths clients call, under the same keys.
 * The shopper's paths are written once, in widget-routes.ts, and spread in here: the
 * widget imports that file alone, so it never ships the team's paths.
 *
 * Shopper routes take `Authorization: Bearer <visitorToken>`; merchant routes (everything
 * under INBOX_PREFIX) take the platform's credential in `Authorization` (on Wix an access
 * token, bare or as `Bearer …`, or the legacy `Instance <signed instance>`). EventSource
 * cannot set headers: the shopper's stream takes `?token=`, the inbox stream a one-minute
 * `?ticket=` from `streamTicket` (and still the legacy `?instance=` of older dashboards).
 * Wix's webhooks carry their own signature in the body.
 */
import { HELP_INBOX_PATHS, HELP_INBOX_ROUTES, HELP_WIDGET_PATHS, HELP_WIDGET_ROUTES } from './help-routes';
import { PAGE_VIEW_PATH, WIDGET_PATHS, WIDGET_ROUTES, withConversation, withParam } from './widget-routes';

/** Every merchant path starts with it; the server checks the team's seat for all of them at once. */
export const INBOX_PREFIX = '/v1/inbox';

export const PATHS = {
  ...WIDGET_PATHS,
  ...HELP_WIDGET_PATHS,
  ...HELP_INBOX_PATHS,
  me: '/v1/inbox/me',
  inbox: '/v1/inbox/conversations',
  conversation: '/v1/inbox/conversations/:conversationId',
  agentMessages: '/v1/inbox/conversations/:conversationId/messages',
  conversationStatus: '/v1/inbox/conversations/:conversationId/status',
  conversationRead: '/v1/inbox/conversations/:conversationId/read',
  conversationSnooze: '/v1/inbox/conversations/:conversationId/snooze',
  conversationNotes: '/v1/inbox/conversations/:conversationId/notes',
  conversationLabels: '/v1/inbox/conversations/:conversationId/labels',
  conversationAssignee: '/v1/inbox/conversations/:conversationId/assignee',
  agentTyping: '/v1/inbox/conversations/:conversationId/typing',
  shopperContext: '/v1/inbox/conversations/:conversationId/shopper',
  /** The shopper's record on the website builder (contact, member, orders); the path keeps its first name. */
  shopperRecord: '/v1/inbox/conversations/:conversationId/wix',
  inboxStream: '/v1/inbox/stream',
  /** POST with the merchant's credential: a short-lived ticket that opens the inbox stream. */
  streamTicket: '/v1/inbox/stream/ticket',
  labels: '/v1/inbox/labels',
  label: '/v1/inbox/labels/:labelId',
  canned: '/v1/inbox/canned',
  cannedOne: '/v1/inbox/canned/:cannedId',
  agents: '/v1/inbox/agents',
  agentProfile: '/v1/inbox/agents/me',
  blocked: '/v1/inbox/blocked',
  blockedOne: '/v1/inbox/blocked/:visitorId',
  hoursSettings: '/v1/inbox/hours',
  widgetSettings: '/v1/inbox/widget-settings',
  plan: '/v1/inbox/plan',
  /** The first run: where to try the chat, and the setup steps done. */
  setup: '/v1/inbox/setup',
  /** Whether the site's owners get alerts on their phone (Team & tools). */
  ownerAlerts: '/v1/inbox/owner-alerts',
  /** Whether the site's owner gets the weekly analytics digest by email (Team & tools). */
  weeklyDigest: '/v1/inbox/weekly-digest',
  /** Conversations of a time range as CSV or JSON (Premium). */
  export: '/v1/inbox/export',
  /** Figures of a period (JSON), or one row per conversation (CSV). */
  analytics: '/v1/inbox/analytics',
  /** Everything stored for the site (a privacy request, every plan). */
  privacyExport: '/v1/inbox/privacy/export',
  eraseVisitor: '/v1/inbox/privacy/visitors/:visitorId',
  wixWebhooks: '/v1/wix/webhooks',
  /** 200 when the instance reaches Firestore, else 503 (uptime checks; Cloud Run keeps `/healthz` for itself). */
  health: '/v1/health',
} as const;

/** Concrete paths for clients: a string where the pattern has no parameter, else a builder. */
export const ROUTES = {
  ...WIDGET_ROUTES,
  ...HELP_WIDGET_ROUTES,
  ...HELP_INBOX_ROUTES,
  pageView: PAGE_VIEW_PATH,
  me: PATHS.me,
  inbox: PATHS.inbox,
  conversation: /* @__PURE__ */ withConversation(PATHS.conversation),
  agentMessages: /* @__PURE__ */ withConversation(PATHS.agentMessages),
  conversationStatus: /* @__PURE__ */ withConversation(PATHS.conversationStatus),
  conversationRead: /* @__PURE__ */ withConversation(PATHS.conversationRead),
  conversationSnooze: /* @__PURE__ */ withConversation(PATHS.conversationSnooze),
  conversationNotes: /* @__PURE__ */ withConversation(PATHS.conversationNotes),
  conversationLabels: /* @__PURE__ */ withConversation(PATHS.conversationLabels),
  conversationAssignee: /* @__PURE__ */ withConversation(PATHS.conversationAssignee),
  agentTyping: /* @__PURE__ */ withConversation(PATHS.agentTyping),
  shopperContext: /* @__PURE__ */ withConversation(PATHS.shopperContext),
  shopperRecord: /* @__PURE__ */ withConversation(PATHS.shopperRecord),
  inboxStream: PATHS.inboxStream,
  streamTicket: PATHS.streamTicket,
  labels: PATHS.labels,
  label: /* @__PURE__ */ withParam(PATHS.label, 'labelId'),
  canned: PATHS.canned,
  cannedOne: /* @__PURE__ */ withParam(PATHS.cannedOne, 'cannedId'),
  agents: PATHS.agents,
  agentProfile: PATHS.agentProfile,
  blocked: PATHS.blocked,
  blockedOne: /* @__PURE__ */ withParam(PATHS.blockedOne, 'visitorId'),
  hoursSettings: PATHS.hoursSettings,
  widgetSettings: PATHS.widgetSettings,
  plan: PATHS.plan,
  setup: PATHS.setup,
  ownerAlerts: PATHS.ownerAlerts,
  weeklyDigest: PATHS.weeklyDigest,
  export: PATHS.export,
  analytics: PATHS.analytics,
  privacyExport: PATHS.privacyExport,
  eraseVisitor: /* @__PURE__ */ withParam(PATHS.eraseVisitor, 'visitorId'),
  wixWebhooks: PATHS.wixWebhooks,
  health: PATHS.health,
} as const;
