/**
 * A local stand-in for the Wix HTTP APIs Kotha calls, with Wix's documented request and
 * response shapes: OAuth client-credentials tokens (POST /oauth2/token), Token Info
 * (POST /oauth2/token-info), Embed Script (POST /apps/v1/scripts), Get Site Properties
 * (GET /site-properties/v4/properties), Get App Instance (GET /apps/v1/instance), Contacts,
 * Members, eCommerce orders and Notify (POST /notifications/v3/notify). Tests and the local
 * stack start it; it records what it was asked, for assertions.
 *
 * It is as strict as Wix where Kotha could go wrong:
 * - permissions: each endpoint takes the permissions Wix's reference lists for it, and a
 *   site grants what the manifest asks for (PERMISSIONS) unless a test says otherwise;
 *   anything else is refused with 403, as on a site;
 * - apps made by Wix: orders need Wix Stores/eCommerce and members the Members Area,
 *   listed in Get App Instance's `site.installedWixApps`; a site without them is refused;
 * - the embedded script: a parameter map that differs from the template's is refused (400);
 * - billing: `expirationDate` only for yearly and longer cycles, and a plan whose paid
 *   period ended without renewal reads as free (Wix sends no webhook then);
 * - contacts: a second contact with the same email is refused (DUPLICATE_CONTACT_EXISTS);
 * - Notify: unknown templates are refused, and past the monthly quota Wix answers 429;
 * - time: `latencyMs` delays every answer, `down` makes every call fail (503), and
 *   `deliver` sends a webhook with Wix's deadline (1,250 ms: a later answer is a failure).
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import type { WixSiteProperties } from '../src/business-schedule';
import { EMBEDDED_SCRIPT, NOTIFICATIONS, PERMISSION_NAMES, templateParameters } from '../src/manifest';

/** How long Wix waits for a webhook's answer before counting it as failed. */
export const WIX_WEBHOOK_DEADLINE_MS = 1_250;

export interface StandinContact {
  id: string;
  info: { name?: { first?: string; last?: string }; emails?: { items?: Array<{ email: string; tag?: string }> } };
  primaryInfo?: { email?: string };
  source?: { sourceType: string; appId?: string };
  createdDate?: string;
}

export interface StandinOrder {
  id: string;
  number: string;
  createdDate: string;
  status: string;
  paymentStatus?: string;
  fulfillmentStatus?: string;
  priceSummary: { total: { amount: string; formattedAmount: string } };
  lineItems: Array<{ productName: { original: string }; quantity: number }>;
  buyerInfo: { email: string };
  /** As List Fulfillments For Single Order gives them: shipments, with tracking when the merchant entered it. */
  fulfillments?: Array<{ id: string; createdDate: string; trackingInfo?: { trackingNumber: string; shippingProvider?: string; trackingLink?: string } }>;
}

/** A site's subscription as Wix keeps it; what Get App Instance shows of it depends on the cycle and the date. */
export interface StandinBilling {
  packageName: string;
  billingCycle: 'MONTHLY' | 'YEARLY' | 'TWO_YEARS' | 'THREE_YEARS' | 'FOUR_YEARS' | 'FIVE_YEARS' | 'ONE_TIME' | 'NO_CYCLE' | string;
  /** The end of the current paid period (shown to the app only for yearly and longer cycles). */
  expirationDate?: string;
  autoRenewing: boolean;
}

export interface StandinSite {
  properties: WixSiteProperties & { businessName?: string; email?: string; language?: string };
  contacts?: StandinContact[];
  orders?: StandinOrder[];
  members?: Array<{ id: string; loginEmail: string; contact?: { firstName?: string; lastName?: string }; profile?: { nickname?: string } }>;
  /** Get App Instance's `site.url`: the published site's address; absent while unpublished. */
  url?: string;
  /** The embed parameters the site's version of the app declares; the manifest's current ones by default. */
  embedParameters?: readonly string[];
  /** The subscription; absent on the free plan. */
  billing?: StandinBilling;
  /** The permissions the site granted at install, by their Dev Center names; the manifest's by default. */
  permissions?: string[];
  /** Get App Instance's `site.installedWixApps`; Wix Stores and the Members Area by default. */
  installedWixApps?: string[];
}

/** The apps made by Wix a site has when a test does not say. */
export const DEFAULT_WIX_APPS = ['wix_stores', 'wix_members'];

/** Cycles for which Get App Instance gives `billing.expirationDate` ("available only for yearly and multi-yearly plans"). */
const CYCLES_WITH_END = new Set(['YEARLY', 'TWO_YEARS', 'THREE_YEARS', 'FOUR_YEARS', 'FIVE_YEARS']);

/** Permissions every app has without asking. */
const AUTOMATIC = ['Manage Your App'];

/** The permissions that open each endpoint, any one of them, as Wix's reference lists them. */
const NEEDS = {
  embedScript: ['Manage Embedded Scripts'],
  siteProperties: ['Manage Your App', 'Read site, business, and email details', 'Manage Restaurants - all permissions'],
  readContacts: ['Read Contacts', 'Read Contacts (PII)', 'Manage Contacts', 'Read Members and Contacts - all read permissions', 'Manage Members and Contacts - all permissions'],
  writeContacts: ['Manage Contacts', 'Manage Members and Contacts - all permissions'],
  readMembers: ['Read Members', 'Manage Members', 'Read Members and Contacts - all read permissions', 'Manage Members and Contacts - all permissions'],
  readOrders: ['Read Orders', 'Manage Orders', 'Read eCommerce - all read permissions', 'Manage eCommerce - all permissions', 'Read Stores - all read permissions', 'Manage Stores - all permissions', 'Manage Stores'],
  appInstance: ['Manage Your App'],
  notify: ['Manage Notifications'],
} as const;

export interface NotifyCall {
  instanceId: string;
  body: { notificationTemplateId?: string; dynamicValues?: Record<string, { text?: string }> };
  at: number;
}

export interface WebhookDelivery {
  url: string;
  /** False when Wix would count it failed: no 200 within the deadline. */
  ok: boolean;
  status: number | null;
  ms: number;
  /** The answer's JSON, when there was one in time. */
  body: Record<string, unknown> | null;
}

export interface WixStandin {
  url: string;
  sites: Map<string, StandinSite>;
  embeds: Array<{ instanceId: string; properties: { parameters: Record<string, string>; disabled?: boolean } }>;
  /** Access tokens Wix issued to dashboard users: token → who. */
  userTokens: Map<string, { instanceId: string; uid: string; clientId: string; exp: number; subjectType?: 'USER' | 'MEMBER' }>;
  /** App tokens issued, per site. */
  tokenRequests: Map<string, number>;
  /** Notify calls Wix accepted. */
  notifications: NotifyCall[];
  /** Notification template ids registered in the Dev Center. */
  notificationTemplates: Set<string>;
  /** Notify calls allowed per site per month. */
  notifyQuota: number;
  /** Notify calls refused because the month's quota was used up (429). */
  notifyRefusals: number;
  down: boolean;
  /** Added to every answer, as Wix's own time. */
  latencyMs: number;
  /** Added to the answers of one path (e.g. '/ecom/v1/orders/search'), on top of `latencyMs`. */
  pathLatencyMs: Map<string, number>;
  /** The app's public key (PEM) for webhooks, as the Dev Center shows it. */
  publicKey: string;
  /**
   * A webhook as Wix signs it: an RS256 JWT whose `data` is the JSON envelope (eventType,
   * instanceId, data as JSON text, identity), issued at `iat` (seconds).
   */
  signWebhook(eventType: string, instanceId: string, data: Record<string, unknown>, options?: { iat?: number }): Promise<string>;
  /** Sends a webhook body to Kotha as Wix does, with Wix's deadline. */
  deliver(url: string, jwt: string): Promise<WebhookDelivery>;
  deliveries: WebhookDelivery[];
  stop(): Promise<void>;
}

const refuse = (res: express.Response, status: number, message: string, code?: string, data?: Record<string, unknown>) =>
  res.status(status).json({ message, details: code ? { applicationError: { code, description: message, data: data ?? {} } } : {} });

export async function startWixStandin(app: { appId: string; appSecret: string }, port = 0): Promise<WixStandin> {
  const appTokens = new Map<string, { instanceId: string; exp: number }>();
  const notifyCounts = new Map<string, number>();
  const keys = await generateKeyPair('RS256', { extractable: true });
  const privateKey: CryptoKey = keys.privateKey;
  const state: WixStandin = {
    url: '',
    sites: new Map(),
    embeds: [],
    userTokens: new Map(),
    tokenRequests: new Map(),
    notifications: [],
    notificationTemplates: new Set(),
    notifyQuota: NOTIFICATIONS.monthlyQuota,
    notifyRefusals: 0,
    down: false,
    latencyMs: 0,
    pathLatencyMs: new Map(),
    deliveries: [],
    publicKey: await exportSPKI(keys.publicKey),
    signWebhook: async (eventType, instanceId, data, options = {}) => {
      const iat = options.iat ?? Math.floor(Date.now() / 1000);
      const envelope = { eventType, instanceId, data: JSON.stringify(data), identity: JSON.stringify({ identityType: 'APP', appId: app.appId }) };
      return new SignJWT({ data: JSON.stringify(envelope) }).setProtectedHeader({ alg: 'RS256' }).setIssuedAt(iat).setExpirationTime(iat + 3600).sign(privateKey);
    },
    deliver: async () => ({ url: '', ok: false, status: null, ms: 0, body: null }),
    stop: async () => {},
  };
  const server = express();
  server.use(express.json());
  server.use((req, _res, next) => {
    const delay = state.latencyMs + (state.pathLatencyMs.get(req.path) ?? 0);
    if (delay > 0) setTimeout(next, delay);
    else next();
  });
  server.use((_req, res, next) => (state.down ? res.status(503).json({ message: 'Service Unavailable', details: {} }) : next()));

  /**
   * The site a request's `Authorization` token acts on, or a refusal as Wix answers it:
   * 401 without a live app token, 403 when the site did not grant any of `needs`.
   */
  const instanceOf = (req: express.Request, res: express.Response, needs: readonly string[]): string | null => {
    const token = req.get('authorization')?.replace(/^Bearer /, '') ?? '';
    const grant = appTokens.get(token);
    if (!grant || grant.exp < Date.now() / 1000) {
      res.status(401).json({ message: 'UNAUTHENTICATED', details: { applicationError: { code: 'UNAUTHENTICATED' } } });
      return null;
    }
    const granted = [...AUTOMATIC, ...(state.sites.get(grant.instanceId)?.permissions ?? PERMISSION_NAMES)];
    if (!needs.some((name) => granted.includes(name))) {
      refuse(res, 403, `PERMISSION_DENIED: the app needs one of: ${needs.join(', ')}`);
      return null;
    }
    return grant.instanceId;
  };
  const siteOf = (instanceId: string) => state.sites.get(instanceId)!;
  const hasApp = (instanceId: string, names: string[]) => (siteOf(instanceId).installedWixApps ?? DEFAULT_WIX_APPS).some((app) => names.includes(app));

  server.post('/oauth2/token', (req, res) => {
    const { grant_type, client_id, client_secret, instance_id } = req.body ?? {};
    if (grant_type !== 'client_credentials' || client_id !== app.appId || client_secret !== app.appSecret || !state.sites.has(instance_id)) {
      return res.status(400).json({ message: 'invalid_client', details: {} });
    }
    state.tokenRequests.set(instance_id, (state.tokenRequests.get(instance_id) ?? 0) + 1);
    const access_token = `OauthNG.JWS.${randomUUID()}`;
    appTokens.set(access_token, { instanceId: instance_id, exp: Math.floor(Date.now() / 1000) + 14_400 });
    res.json({ access_token, token_type: 'Bearer', expires_in: 14_400 });
  });

  server.post('/oauth2/token-info', (req, res) => {
    const user = state.userTokens.get(req.body?.token);
    if (!user) return res.status(400).json({ message: 'invalid token', details: {} });
    res.json({ active: user.exp > Date.now() / 1000, subjectType: user.subjectType ?? 'USER', subjectId: user.uid, exp: String(user.exp), iat: String(user.exp - 14_400), clientId: user.clientId, instanceId: user.instanceId });
  });

  server.post('/apps/v1/scripts', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.embedScript);
    if (!instanceId) return;
    const properties = req.body?.properties;
    if (!properties || typeof properties.parameters !== 'object' || properties.parameters === null) return refuse(res, 400, 'properties.parameters is required');
    // As Wix documents it: exactly the keys the site's version of the app declares, each
    // value a string of letters and digits; anything else is a 400.
    const declared = state.sites.get(instanceId)?.embedParameters ?? templateParameters(EMBEDDED_SCRIPT.template);
    const given = Object.entries(properties.parameters as Record<string, unknown>);
    if (given.length !== declared.length || !given.every(([key]) => declared.includes(key))) {
      return res.status(400).json({ message: 'Parameters map sent to embedded script is not the same as discovered in the script code', details: { applicationError: { code: 'INVALID_PARAMETERS' } } });
    }
    if (!given.every(([, value]) => typeof value === 'string' && /^[A-Za-z0-9]*$/.test(value))) {
      return res.status(400).json({ message: 'Dynamic parameter values must be alphanumeric', details: { applicationError: { code: 'INVALID_PARAMETERS' } } });
    }
    state.embeds.push({ instanceId, properties });
    res.json({});
  });

  server.get('/site-properties/v4/properties', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.siteProperties);
    if (!instanceId) return;
    res.json({ properties: siteOf(instanceId).properties, version: '1' });
  });

  /** The email a query or search filters on: `{"field": "x"}` or `{"field": {"$eq": "x"}}`. */
  const filterValue = (filter: Record<string, unknown> | undefined, field: string): string | null => {
    const value = filter?.[field];
    if (typeof value === 'string') return value;
    const eq = (value as { $eq?: unknown } | undefined)?.$eq;
    return typeof eq === 'string' ? eq : null;
  };

  server.post('/contacts/v4/contacts/query', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.readContacts);
    if (!instanceId) return;
    const email = filterValue(req.body?.query?.filter, 'primaryInfo.email');
    const all = siteOf(instanceId).contacts ?? [];
    const found = email ? all.filter((c) => c.primaryInfo?.email?.toLowerCase() === email.toLowerCase()) : all;
    const limit = Number(req.body?.query?.paging?.limit ?? 50);
    res.json({ contacts: found.slice(0, limit), pagingMetadata: { count: Math.min(found.length, limit), offset: 0, total: found.length } });
  });

  server.post('/contacts/v4/contacts', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.writeContacts);
    if (!instanceId) return;
    const info = req.body?.info;
    const email = info?.emails?.items?.[0]?.email;
    if (typeof email !== 'string') return refuse(res, 400, 'info.emails is required');
    const site = siteOf(instanceId);
    // By default Wix refuses a second contact with an email already in use.
    const existing = (site.contacts ?? []).find((c) => c.primaryInfo?.email?.toLowerCase() === email.toLowerCase());
    if (existing && req.body?.allowDuplicates !== true) {
      return refuse(res, 409, 'Duplicate contact exists', 'DUPLICATE_CONTACT_EXISTS', { duplicateContactId: existing.id, duplicateEmail: email });
    }
    const contact: StandinContact = { id: randomUUID(), info, primaryInfo: { email }, source: { sourceType: 'APP', appId: app.appId }, createdDate: new Date().toISOString() };
    (site.contacts ??= []).push(contact);
    res.json({ contact });
  });

  server.post('/ecom/v1/orders/search', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.readOrders);
    if (!instanceId) return;
    if (!hasApp(instanceId, ['wix_stores', 'wix_ecom'])) return refuse(res, 428, 'Wix eCommerce is not installed on this site', 'ECOM_NOT_INSTALLED');
    const email = filterValue(req.body?.search?.filter, 'buyerInfo.email');
    const number = filterValue(req.body?.search?.filter, 'number');
    const found = (siteOf(instanceId).orders ?? [])
      .filter((o) => !email || o.buyerInfo.email.toLowerCase() === email.toLowerCase())
      .filter((o) => number === null || o.number === number)
      .sort((a, b) => b.createdDate.localeCompare(a.createdDate));
    const limit = Number(req.body?.search?.cursorPaging?.limit ?? 50);
    res.json({ orders: found.slice(0, limit), metadata: { count: Math.min(found.length, limit), cursors: {}, hasNext: found.length > limit } });
  });

  server.get('/ecom/v1/fulfillments/orders/:orderId', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.readOrders);
    if (!instanceId) return;
    if (!hasApp(instanceId, ['wix_stores', 'wix_ecom'])) return refuse(res, 428, 'Wix eCommerce is not installed on this site', 'ECOM_NOT_INSTALLED');
    const order = (siteOf(instanceId).orders ?? []).find((o) => o.id === req.params.orderId);
    if (!order) return refuse(res, 404, 'Order not found', 'ORDER_NOT_FOUND');
    res.json({ orderWithFulfillments: { orderId: order.id, fulfillments: order.fulfillments ?? [] } });
  });

  const membersArea = (instanceId: string, res: express.Response) => {
    if (hasApp(instanceId, ['wix_members'])) return true;
    refuse(res, 428, 'The Members Area is not installed on this site', 'MEMBERS_AREA_NOT_INSTALLED');
    return false;
  };

  // Query Members, as @wix/members queryMembers() sends it: `{ query: { filter, paging } }`.
  server.post('/members/v1/members/query', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.readMembers);
    if (!instanceId || !membersArea(instanceId, res)) return;
    const email = filterValue(req.body?.query?.filter, 'loginEmail');
    const all = siteOf(instanceId).members ?? [];
    const found = email ? all.filter((m) => m.loginEmail.toLowerCase() === email.toLowerCase()) : all;
    const limit = Number(req.body?.query?.paging?.limit ?? 50);
    res.json({ members: found.slice(0, limit).map((m) => ({ ...m, status: 'APPROVED' })), metadata: { count: Math.min(found.length, limit), offset: 0, total: found.length } });
  });

  server.get('/members/v1/members/:id', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.readMembers);
    if (!instanceId || !membersArea(instanceId, res)) return;
    const member = siteOf(instanceId).members?.find((m) => m.id === req.params.id);
    if (!member) return refuse(res, 404, 'Member not found', 'MEMBER_NOT_FOUND');
    res.json({ member: { ...member, status: 'APPROVED', privacyStatus: 'PUBLIC', activityStatus: 'ACTIVE' } });
  });

  server.get('/apps/v1/instance', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.appInstance);
    if (!instanceId) return;
    const site = siteOf(instanceId);
    const billing = site.billing;
    // A plan whose paid period ended without renewal is over: the site is on the free plan again.
    const ended = billing && !billing.autoRenewing && billing.expirationDate && Date.parse(billing.expirationDate) <= Date.now();
    const paid = billing && !ended;
    res.json({
      instance: {
        instanceId,
        appName: 'Kotha',
        appVersion: '1.0.0',
        isFree: !paid,
        ...(paid
          ? {
              billing: {
                packageName: billing.packageName,
                billingCycle: billing.billingCycle,
                timeStamp: new Date().toISOString(),
                autoRenewing: billing.autoRenewing,
                ...(CYCLES_WITH_END.has(billing.billingCycle) && billing.expirationDate ? { expirationDate: billing.expirationDate } : {}),
              },
            }
          : {}),
        permissions: [],
      },
      site: { siteId: `site-of-${instanceId}`, locale: site.properties.language ?? 'en', installedWixApps: site.installedWixApps ?? DEFAULT_WIX_APPS, ...(site.url ? { url: site.url } : {}) },
    });
  });

  server.post('/notifications/v3/notify', (req, res) => {
    const instanceId = instanceOf(req, res, NEEDS.notify);
    if (!instanceId) return;
    const body = req.body ?? {};
    if (typeof body.notificationTemplateId !== 'string' || !state.notificationTemplates.has(body.notificationTemplateId)) {
      return refuse(res, 404, 'Notification template not found', 'TEMPLATE_NOT_FOUND');
    }
    const values = body.dynamicValues ?? {};
    if (typeof values !== 'object' || Object.values(values).some((v) => typeof (v as { text?: unknown })?.text !== 'string')) {
      return refuse(res, 400, 'dynamicValues must map each placeholder to { text }');
    }
    const key = `${instanceId}/${new Date().toISOString().slice(0, 7)}`;
    const used = notifyCounts.get(key) ?? 0;
    if (used >= state.notifyQuota) {
      state.notifyRefusals++;
      return refuse(res, 429, 'RESOURCE_EXHAUSTED: monthly notification quota reached');
    }
    notifyCounts.set(key, used + 1);
    state.notifications.push({ instanceId, body, at: Date.now() });
    res.json({});
  });

  state.deliver = async (url: string, jwt: string) => {
    const started = Date.now();
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), WIX_WEBHOOK_DEADLINE_MS);
    let status: number | null = null;
    let body: Record<string, unknown> | null = null;
    try {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: jwt, signal: abort.signal });
      const text = await res.text();
      status = res.status;
      body = text ? (JSON.parse(text) as Record<string, unknown>) : null;
    } catch {
      // Aborted at the deadline, or no answer at all: Wix counts it failed.
    } finally {
      clearTimeout(timer);
    }
    const ms = Date.now() - started;
    const delivery = { url, ok: status === 200 && ms <= WIX_WEBHOOK_DEADLINE_MS, status, ms, body };
    state.deliveries.push(delivery);
    return delivery;
  };

  const listening: Server = await new Promise((resolve) => {
    const s = server.listen(port, '127.0.0.1', () => resolve(s));
  });
  state.url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  state.stop = () => new Promise((resolve) => {
    listening.closeAllConnections();
    listening.close(() => resolve());
  });
  return state;
}
