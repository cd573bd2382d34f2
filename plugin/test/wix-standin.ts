/**
 * A local stand-in for the Wix HTTP APIs Kotha calls, with Wix's documented request and
 * response shapes: OAuth client-credentials tokens (POST /oauth2/token), Token Info
 * (POST /oauth2/token-info), Embed Script (POST /apps/v1/scripts), Get Site Properties
 * (GET /site-properties/v4/properties) and Get App Instance (GET /apps/v1/instance).
 * Tests and the local stack start it; `down` makes every call fail, as Wix would when
 * unreachable. It records what it was asked, for assertions.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { WixSiteProperties } from '../src/business-schedule';
import { EMBEDDED_SCRIPT, templateParameters } from '../src/manifest';

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
  priceSummary: { total: { amount: string; formattedAmount: string } };
  lineItems: Array<{ productName: { original: string }; quantity: number }>;
  buyerInfo: { email: string };
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
  /** Get App Instance's `instance.billing`; absent on the free plan. */
  billing?: { packageName: string; billingCycle: string; expirationDate?: string; autoRenewing: boolean };
}

export interface WixStandin {
  url: string;
  sites: Map<string, StandinSite>;
  embeds: Array<{ instanceId: string; properties: { parameters: Record<string, string>; disabled?: boolean } }>;
  /** Access tokens Wix issued to dashboard users: token → who. */
  userTokens: Map<string, { instanceId: string; uid: string; clientId: string; exp: number; subjectType?: 'USER' | 'MEMBER' }>;
  down: boolean;
  stop(): Promise<void>;
}

export async function startWixStandin(app: { appId: string; appSecret: string }, port = 0): Promise<WixStandin> {
  const appTokens = new Map<string, { instanceId: string; exp: number }>();
  const state: WixStandin = { url: '', sites: new Map(), embeds: [], userTokens: new Map(), down: false, stop: async () => {} };
  const server = express();
  server.use(express.json());
  server.use((_req, res, next) => (state.down ? res.status(503).json({ message: 'Service Unavailable', details: {} }) : next()));

  /** The site a request's `Authorization` token acts on, or a 401 as Wix answers. */
  const instanceOf = (req: express.Request, res: express.Response): string | null => {
    const token = req.get('authorization')?.replace(/^Bearer /, '') ?? '';
    const grant = appTokens.get(token);
    if (!grant || grant.exp < Date.now() / 1000) {
      res.status(401).json({ message: 'UNAUTHENTICATED', details: { applicationError: { code: 'UNAUTHENTICATED' } } });
      return null;
    }
    return grant.instanceId;
  };

  server.post('/oauth2/token', (req, res) => {
    const { grant_type, client_id, client_secret, instance_id } = req.body ?? {};
    if (grant_type !== 'client_credentials' || client_id !== app.appId || client_secret !== app.appSecret || !state.sites.has(instance_id)) {
      return res.status(400).json({ message: 'invalid_client', details: {} });
    }
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
    const instanceId = instanceOf(req, res);
    if (!instanceId) return;
    const properties = req.body?.properties;
    if (!properties || typeof properties.parameters !== 'object' || properties.parameters === null) return res.status(400).json({ message: 'properties.parameters is required', details: {} });
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
    const instanceId = instanceOf(req, res);
    if (!instanceId) return;
    res.json({ properties: state.sites.get(instanceId)!.properties, version: '1' });
  });

  /** The email a query or search filters on: `{"field": "x"}` or `{"field": {"$eq": "x"}}`. */
  const filterValue = (filter: Record<string, unknown> | undefined, field: string): string | null => {
    const value = filter?.[field];
    if (typeof value === 'string') return value;
    const eq = (value as { $eq?: unknown } | undefined)?.$eq;
    return typeof eq === 'string' ? eq : null;
  };

  server.post('/contacts/v4/contacts/query', (req, res) => {
    const instanceId = instanceOf(req, res);
    if (!instanceId) return;
    const email = filterValue(req.body?.query?.filter, 'primaryInfo.email');
    const all = state.sites.get(instanceId)!.contacts ?? [];
    const found = email ? all.filter((c) => c.primaryInfo?.email?.toLowerCase() === email.toLowerCase()) : all;
    const limit = Number(req.body?.query?.paging?.limit ?? 50);
    res.json({ contacts: found.slice(0, limit), pagingMetadata: { count: Math.min(found.length, limit), offset: 0, total: found.length } });
  });

  server.post('/contacts/v4/contacts', (req, res) => {
    const instanceId = instanceOf(req, res);
    if (!instanceId) return;
    const info = req.body?.info;
    const email = info?.emails?.items?.[0]?.email;
    if (typeof email !== 'string') return res.status(400).json({ message: 'info.emails is required', details: {} });
    const site = state.sites.get(instanceId)!;
    const contact: StandinContact = { id: randomUUID(), info, primaryInfo: { email }, source: { sourceType: 'APP', appId: app.appId }, createdDate: new Date().toISOString() };
    (site.contacts ??= []).push(contact);
    res.json({ contact });
  });

  server.post('/ecom/v1/orders/search', (req, res) => {
    const instanceId = instanceOf(req, res);
    if (!instanceId) return;
    const email = filterValue(req.body?.search?.filter, 'buyerInfo.email');
    const found = (state.sites.get(instanceId)!.orders ?? [])
      .filter((o) => !email || o.buyerInfo.email.toLowerCase() === email.toLowerCase())
      .sort((a, b) => b.createdDate.localeCompare(a.createdDate));
    const limit = Number(req.body?.search?.cursorPaging?.limit ?? 50);
    res.json({ orders: found.slice(0, limit), metadata: { count: Math.min(found.length, limit), cursors: {}, hasNext: found.length > limit } });
  });

  // Query Members, as @wix/members queryMembers() sends it: `{ query: { filter, paging } }`.
  server.post('/members/v1/members/query', (req, res) => {
    const instanceId = instanceOf(req, res);
    if (!instanceId) return;
    const email = filterValue(req.body?.query?.filter, 'loginEmail');
    const all = state.sites.get(instanceId)!.members ?? [];
    const found = email ? all.filter((m) => m.loginEmail.toLowerCase() === email.toLowerCase()) : all;
    const limit = Number(req.body?.query?.paging?.limit ?? 50);
    res.json({ members: found.slice(0, limit).map((m) => ({ ...m, status: 'APPROVED' })), metadata: { count: Math.min(found.length, limit), offset: 0, total: found.length } });
  });

  server.get('/members/v1/members/:id', (req, res) => {
    const instanceId = instanceOf(req, res);
    if (!instanceId) return;
    const member = state.sites.get(instanceId)!.members?.find((m) => m.id === req.params.id);
    if (!member) return res.status(404).json({ message: 'Member not found', details: { applicationError: { code: 'MEMBER_NOT_FOUND' } } });
    res.json({ member: { ...member, status: 'APPROVED', privacyStatus: 'PUBLIC', activityStatus: 'ACTIVE' } });
  });

  server.get('/apps/v1/instance', (req, res) => {
    const instanceId = instanceOf(req, res);
    if (!instanceId) return;
    const { billing, url, properties } = state.sites.get(instanceId)!;
    res.json({
      instance: { instanceId, appName: 'Kotha', appVersion: '1.0.0', isFree: !billing, ...(billing ? { billing: { ...billing, timeStamp: new Date().toISOString() } } : {}), permissions: [] },
      site: { siteId: `site-of-${instanceId}`, locale: properties.language ?? 'en', ...(url ? { url } : {}) },
    });
  });

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
