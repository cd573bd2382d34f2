/**
 * Kotha as a Wix app, against a local stand-in for Wix's APIs and webhooks signed with a
 * real RSA key pair in Wix's envelope: install, removal, plans, replays and forgeries.
 */
import { exportSPKI, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INBOX_PREFIX, PATHS, ROUTES, type InboxEvent } from '@kotha/common/contract';
import { StreamTickets } from '../../functions/src/auth/stream-tickets';
import { openStream } from '../../test/support/sse-client';
import { HoursStore } from '../../functions/src/store/hours-store';
import { TeamStore } from '../../functions/src/store/team-store';
import { SiteLifecycleStore } from '../../functions/src/store/site-lifecycle-store';
import { DATA_GRACE_MS } from '../../functions/src/platform/app-lifecycle';
import { purgeRemovedSites } from '../../functions/src/jobs/purge-removed';
import { reembedAll } from '../../functions/src/jobs/reembed';
import { call, instanceFor, merchantOf, newShopper, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../../test/support/api-harness';
import { decodeEmbedConfig } from '@kotha/common/embed-config';
import { EMBEDDED_SCRIPT, embedParameters, LEGACY_EMBEDDED_SCRIPT, legacyEmbedParameters, templateParameters } from '../src/manifest';
import { startWixStandin, type WixStandin } from './wix-standin';

let t: TestApi;
let wix: WixStandin;
let appKey: CryptoKey;
let otherAppKey: CryptoKey;

beforeAll(async () => {
  const [pair, other] = await Promise.all([generateKeyPair('RS256'), generateKeyPair('RS256')]);
  appKey = pair.privateKey;
  otherAppKey = other.privateKey;
  wix = await startWixStandin({ appId: TEST_CONFIG.wixAppId, appSecret: TEST_CONFIG.wixAppSecret });
  t = await startTestApi({ config: { wixPublicKey: await exportSPKI(pair.publicKey), wixApiBase: wix.url } });
});
afterAll(async () => {
  await t.close();
  await wix.stop();
});

/** A webhook as Wix sends it: an RS256 JWT whose `data` is the JSON envelope, whose `data` is the event's JSON. */
async function webhook(eventType: string, instanceId: string, data: Record<string, unknown>, options: { key?: CryptoKey; iat?: number; exp?: string | number } = {}) {
  const envelope = { eventType, instanceId, data: JSON.stringify(data), identity: JSON.stringify({ identityType: 'APP' }) };
  const iat = options.iat ?? Math.floor(Date.now() / 1000);
  const jwt = await new SignJWT({ data: JSON.stringify(envelope) })
    .setProtectedHeader({ alg: 'RS256' })
    .setIssuedAt(iat)
    .setExpirationTime(options.exp ?? iat + 3600)
    .sign(options.key ?? appKey);
  const res = await fetch(`${t.baseUrl}${ROUTES.wixWebhooks}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: jwt });
  return { status: res.status, body: await res.json() };
}

function newWixSite(overrides: Partial<Parameters<typeof wix.sites.set>[1]> = {}) {
  const instanceId = randomId('inst');
  wix.sites.set(instanceId, {
    properties: {
      businessName: 'Nakshi Crafts',
      email: 'owner@nakshi.example',
      language: 'bn',
      timeZone: 'Asia/Dhaka',
      businessSchedule: { periods: [{ openDay: 'SUNDAY', openTime: '10:00', closeDay: 'SUNDAY', closeTime: '20:00' }] },
    },
    ...overrides,
  });
  return instanceId;
}

describe('AppInstalled', () => {
  it('provisions the site from its properties, embeds exactly the template’s parameters, and seeds a sample chat', async () => {
    const instanceId = newWixSite();
    const res = await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId, originInstanceId: '' });
    expect(res).toEqual({ status: 200, body: { ok: true, eventType: 'AppInstalled', result: 'installed' } });

    const embed = wix.embeds.find((e) => e.instanceId === instanceId)!;
    expect(Object.keys(embed.properties.parameters).sort()).toEqual(templateParameters(EMBEDDED_SCRIPT.template).sort());
    expect(decodeEmbedConfig(embed.properties.parameters.config)).toMatchObject({ site: instanceId, enabled: 'true' });

    const site = await t.api.sites.get(instanceId);
    expect(site).toMatchObject({ enabled: true, settings: { teamName: 'Nakshi Crafts' } });
    const hours = await new HoursStore(t.db).get(instanceId);
    expect(hours).toMatchObject({ merchantEmail: 'owner@nakshi.example', schedule: { timeZone: 'Asia/Dhaka', weekly: { sun: [{ start: '10:00', end: '20:00' }] } } });

    const inbox = await merchantOf(t.baseUrl, instanceId).inbox();
    expect(inbox.body.conversations.map((c: { visitorName: string }) => c.visitorName)).toEqual(['Ruma (sample shopper)']);
    // Its help center starts with five published examples in the site's language (Bengali here).
    const help = await merchantOf(t.baseUrl, instanceId).call('GET', ROUTES.helpArticles);
    expect(help.body.articles).toHaveLength(5);
    expect(help.body.articles.every((a: { language: string; status: string }) => a.language === 'bn' && a.status === 'published')).toBe(true);
    expect(help.body.articles.map((a: { title: string }) => a.title)).toContain('আমার অর্ডার কোথায়?');
    // A shopper can chat at once.
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: instanceId } })).status).toBe(200);
  });

  it('is harmless when replayed: one sample chat, the same state', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const again = await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    expect(again.status).toBe(200);
    expect((await merchantOf(t.baseUrl, instanceId).inbox()).body.conversations).toHaveLength(1);
    expect((await merchantOf(t.baseUrl, instanceId).call('GET', ROUTES.helpArticles)).body.articles).toHaveLength(5);
  });

  it('starts a duplicated site with the original’s settings and hours', async () => {
    const origin = newWixSite();
    await webhook('AppInstalled', origin, { appId: TEST_CONFIG.wixAppId });
    await t.api.sites.save(origin, { greeting: 'Nomoskar! Ask us anything.', accentColor: '#aa3355' }, Date.now());
    const copy = newWixSite({ properties: { businessName: 'Other name', timeZone: 'Europe/Paris' } });
    await webhook('AppInstalled', copy, { appId: TEST_CONFIG.wixAppId, originInstanceId: origin });
    expect((await t.api.sites.get(copy))?.settings).toMatchObject({ teamName: 'Nakshi Crafts', greeting: 'Nomoskar! Ask us anything.', accentColor: '#aa3355' });
    expect((await new HoursStore(t.db).get(copy)).schedule?.timeZone).toBe('Asia/Dhaka');
    expect((await merchantOf(t.baseUrl, copy).inbox()).body.conversations).toHaveLength(0);
  });

  it('fails while Wix is down, so Wix delivers it again, and the retry completes the install', async () => {
    const instanceId = newWixSite();
    wix.down = true;
    try {
      const res = await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
      // The embed itself needs Wix: the webhook fails so Wix delivers it again, and nothing half-done blocks the retry.
      expect(res.status).toBe(500);
    } finally {
      wix.down = false;
    }
    expect((await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId })).status).toBe(200);
    expect(wix.embeds.some((e) => e.instanceId === instanceId)).toBe(true);
    expect((await t.api.sites.get(instanceId))?.settings.teamName).toBe('Nakshi Crafts');
    expect((await merchantOf(t.baseUrl, instanceId).inbox()).body.conversations).toHaveLength(1);
  });
});

describe('refused webhooks', () => {
  it('refuses a bad signature, another app’s key, an expired token and garbage, changing nothing', async () => {
    const instanceId = newWixSite();
    expect((await webhook('AppInstalled', instanceId, {}, { key: otherAppKey })).status).toBe(401);
    const longAgo = Math.floor(Date.now() / 1000) - 7200;
    expect((await webhook('AppInstalled', instanceId, {}, { iat: longAgo, exp: longAgo + 60 })).status).toBe(401);
    const garbage = await fetch(`${t.baseUrl}${ROUTES.wixWebhooks}`, { method: 'POST', body: 'not.a.jwt' });
    expect(garbage.status).toBe(401);
    const empty = await fetch(`${t.baseUrl}${ROUTES.wixWebhooks}`, { method: 'POST', body: '' });
    expect(empty.status).toBe(400);
    expect(await t.api.sites.get(instanceId)).toBeNull();
  });
});

describe('AppRemoved', () => {
  it('turns the widget off at once, keeps data 30 days for a reinstall, then deletes it', async () => {
    const instanceId = newWixSite();
    const installedAt = Math.floor(Date.now() / 1000) - 60;
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId }, { iat: installedAt });
    const shopper = await newShopper(t.baseUrl, instanceId);
    await shopper.send(randomId('c'), 'Is this still for sale?');

    expect((await webhook('AppRemoved', instanceId, {}, { iat: installedAt + 10 })).body.result).toBe('removed');
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: instanceId } })).status).toBe(403);
    expect((await call(t.baseUrl, 'GET', ROUTES.availability(instanceId))).status).toBe(404);
    // A late, older AppInstalled (out of order) does not bring it back.
    expect((await webhook('AppInstalled', instanceId, {}, { iat: installedAt + 5 })).body.result).toBe('stale');
    expect((await t.api.sites.get(instanceId))?.enabled).toBe(false);

    // Reinstalled within 30 days: everything is still there.
    expect((await webhook('AppInstalled', instanceId, {}, { iat: installedAt + 20 })).body.result).toBe('reinstalled');
    expect((await merchantOf(t.baseUrl, instanceId).inbox()).body.conversations).toHaveLength(2);

    // Removed for good: the purge waits 30 days, then deletes every document of the site.
    await webhook('AppRemoved', instanceId, {}, { iat: installedAt + 30 });
    const removedAt = (await new SiteLifecycleStore(t.db).get(instanceId)).removedAt;
    // Other test files' removed sites share the emulator: what counts is that this one is kept.
    await purgeRemovedSites(t.db, () => removedAt + DATA_GRACE_MS - 1000);
    expect((await t.db.doc(`sites/${instanceId}`).get()).exists).toBe(true);
    const purged = await purgeRemovedSites(t.db, () => removedAt + DATA_GRACE_MS + 1000);
    expect(purged.sites).toBeGreaterThanOrEqual(1);
    expect((await t.db.doc(`sites/${instanceId}`).get()).exists).toBe(false);
    expect((await t.db.collection(`sites/${instanceId}/conversations`).get()).size).toBe(0);
    expect((await t.db.collection(`sites/${instanceId}/events`).get()).size).toBe(0);
  });
});

describe('plans', () => {
  it('follows purchase and change, and keeps premium until the paid period ends after a cancelled renewal', async () => {
    // Yearly: Wix names the end of the paid period only for yearly and longer cycles (monthly: wix-billing.test.ts).
    const instanceId = newWixSite({ billing: { packageName: 'kotha-premium', billingCycle: 'YEARLY', expirationDate: '2036-12-24T00:00:00.000Z', autoRenewing: false } });
    const base = Math.floor(Date.now() / 1000);
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId }, { iat: base });
    await webhook('PaidPlanPurchased', instanceId, { vendorProductId: 'kotha-premium', cycle: 'YEARLY' }, { iat: base + 1 });
    const sites = new SiteLifecycleStore(t.db);
    expect(await sites.get(instanceId)).toMatchObject({ planPackage: 'kotha-premium', planExpiresAt: 0 });
    await webhook('PaidPlanAutoRenewalCancelled', instanceId, { vendorProductId: 'kotha-premium', cycle: 'YEARLY' }, { iat: base + 2 });
    expect((await sites.get(instanceId)).planExpiresAt).toBe(Date.parse('2036-12-24T00:00:00.000Z'));
    // A replayed older purchase does not undo the cancellation; a newer change does apply.
    await webhook('PaidPlanChanged', instanceId, { vendorProductId: 'kotha-premium-yearly', cycle: 'YEARLY', previousVendorProductId: 'kotha-premium' }, { iat: base + 3 });
    expect(await sites.get(instanceId)).toMatchObject({ planPackage: 'kotha-premium-yearly', planExpiresAt: 0 });
    expect((await webhook('PaidPlanPurchased', instanceId, { vendorProductId: 'kotha-premium' }, { iat: base + 1 })).body.result).toBe('stale');
    expect((await sites.get(instanceId)).planPackage).toBe('kotha-premium-yearly');
  });
});

describe('merchant access tokens (the dashboard SDK)', () => {
  it('accepts a Wix access token for this app, mapping the user to the agent, and refuses the rest', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const exp = Math.floor(Date.now() / 1000) + 3600;
    wix.userTokens.set('tok-good', { instanceId, uid: 'user-asha', clientId: TEST_CONFIG.wixAppId, exp });
    wix.userTokens.set('tok-other-app', { instanceId, uid: 'user-asha', clientId: 'some-other-app', exp });
    wix.userTokens.set('tok-expired', { instanceId, uid: 'user-asha', clientId: TEST_CONFIG.wixAppId, exp: Math.floor(Date.now() / 1000) - 10 });
    const me = (token: string) => call(t.baseUrl, 'GET', ROUTES.me, { auth: `Bearer ${token}` });

    expect((await me('tok-good')).body).toMatchObject({ siteId: instanceId, agent: { uid: 'user-asha' } });
    expect((await me('tok-other-app')).status).toBe(403);
    expect((await me('tok-expired')).status).toBe(401);
    expect((await me('tok-unknown')).status).toBe(401);

    // Checked once, then cached until expiry: still accepted while Wix is down.
    wix.down = true;
    try {
      expect((await me('tok-good')).status).toBe(200);
      expect((await me('tok-never-seen')).status).toBe(503);
    } finally {
      wix.down = false;
    }
  });
});

/** Every (method, path) the API mounts, read from its router: the routes as served, not as a list kept by hand. */
function mountedRoutes(router: unknown): Array<{ method: string; path: string }> {
  const found: Array<{ method: string; path: string }> = [];
  for (const layer of (router as { stack?: Array<{ route?: { path: string; methods: Record<string, boolean> }; handle?: unknown }> }).stack ?? []) {
    if (layer.route) for (const method of Object.keys(layer.route.methods)) found.push({ method: method.toUpperCase(), path: layer.route.path });
    else found.push(...mountedRoutes(layer.handle));
  }
  return found;
}

describe('merchant access tokens from @wix/dashboard (no scheme)', () => {
  it('are accepted on every merchant route of the route table', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const shopper = await newShopper(t.baseUrl, instanceId);
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'Hello?');
    // The site owner (the one seat of the free plan), as fetchWithAuth sends it: `Authorization: <token>`.
    const token = `OauthNG.JWS.${randomId('t')}`;
    wix.userTokens.set(token, { instanceId, uid: 'agent-1', clientId: TEST_CONFIG.wixAppId, exp: Math.floor(Date.now() / 1000) + 3600 });

    const merchantPaths = new Set(Object.values(PATHS).filter((path) => path.startsWith(INBOX_PREFIX)));
    const routes = mountedRoutes((t.api.app as unknown as { router: unknown }).router).filter((route) => merchantPaths.has(route.path as never));
    // Every merchant path of the table is mounted, so none escapes the check below.
    expect(new Set(routes.map((route) => route.path))).toEqual(merchantPaths);
    const ids: Record<string, string> = { conversationId, labelId: randomId('l'), cannedId: randomId('k'), visitorId: shopper.visitorId };
    for (const { method, path } of routes) {
      const url = `${t.baseUrl}${path.replace(/:(\w+)/g, (_, name: string) => ids[name]!)}`;
      const controller = new AbortController();
      const res = await fetch(url, { method, headers: { authorization: token, 'content-type': 'application/json' }, body: method === 'GET' || method === 'HEAD' ? undefined : '{}', signal: controller.signal });
      controller.abort(); // the stream stays open otherwise
      expect({ method, path, status: res.status }).not.toMatchObject({ status: expect.toSatisfy((status: number) => status === 401 || status === 403) });
    }
    // And the legacy scheme still works; a shopper's token without a scheme still can't open the inbox.
    expect((await call(t.baseUrl, 'GET', ROUTES.me, { auth: `Bearer ${token}` })).status).toBe(200);
    expect((await call(t.baseUrl, 'GET', ROUTES.me, { auth: shopper.visitorToken })).status).toBe(401);
  });
});

describe('the inbox stream, opened with a ticket', () => {
  it('opens with a ticket asked for with an access token, and refuses an expired, forged or reused-elsewhere one', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const token = `OauthNG.JWS.${randomId('t')}`;
    wix.userTokens.set(token, { instanceId, uid: 'agent-1', clientId: TEST_CONFIG.wixAppId, exp: Math.floor(Date.now() / 1000) + 3600 });
    const issued = await call(t.baseUrl, 'POST', ROUTES.streamTicket, { auth: token });
    expect(issued.status).toBe(200);
    expect(issued.body.expiresAt).toBeGreaterThan(Date.now());
    expect(issued.body.expiresAt).toBeLessThanOrEqual(Date.now() + 60_000);
    // Only the header's credential buys a ticket.
    expect((await call(t.baseUrl, 'POST', `${ROUTES.streamTicket}?ticket=${encodeURIComponent(issued.body.ticket)}`)).status).toBe(401);

    const stream = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?ticket=${encodeURIComponent(issued.body.ticket)}`);
    try {
      expect(stream.status).toBe(200);
      const shopper = await newShopper(t.baseUrl, instanceId);
      await shopper.send(randomId('c'), 'Live?');
      await stream.waitFor((event) => event.type === 'message.created' && event.conversation?.lastMessageText === 'Live?');
    } finally {
      stream.close();
    }

    const stale = new StreamTickets(TEST_CONFIG.visitorTokenKey, () => Date.now() - 61_000).issue({ siteId: instanceId, uid: 'agent-1' }, PATHS.inboxStream);
    const [payload, signature] = issued.body.ticket.split('.');
    const otherSite = Buffer.from(JSON.stringify({ s: newWixSite(), u: 'agent-1', p: PATHS.inboxStream, e: Date.now() + 60_000 })).toString('base64url');
    for (const bad of [stale.ticket, `${otherSite}.${signature}`, `${payload}.${'A'.repeat(43)}`, 'garbage']) {
      const res = await fetch(`${t.baseUrl}${ROUTES.inboxStream}?ticket=${encodeURIComponent(bad)}`);
      expect(res.status).toBe(401);
      await res.body?.cancel();
    }
    // A ticket opens the stream only, never another merchant route.
    expect((await call(t.baseUrl, 'GET', `${ROUTES.me}?ticket=${encodeURIComponent(issued.body.ticket)}`)).status).toBe(401);
  });
});

describe('plans on the server', () => {
  const plan = (siteId: string) => merchantOf(t.baseUrl, siteId).call('GET', '/v1/inbox/plan');
  const exportCsv = (siteId: string) => merchantOf(t.baseUrl, siteId).call('GET', `/v1/inbox/export?from=0&to=${Date.now() + 1000}&format=json`);

  it('keeps a free site off premium routes and points to Wix’s pricing page', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const res = await plan(instanceId);
    expect(res.body).toMatchObject({ plan: 'free', limits: { agents: 1, historyDays: 60, branding: true, exports: false }, upgradeUrl: `https://www.wix.com/apps/upgrade/${TEST_CONFIG.wixAppId}?appInstanceId=${instanceId}` });
    const refused = await exportCsv(instanceId);
    expect(refused.status).toBe(402);
    expect(refused.body.error.message).toContain('https://www.wix.com/apps/upgrade/');
  });

  it('opens premium routes to a paid site (from Get App Instance), and falls back to free once a cancelled plan expires', async () => {
    const paid = newWixSite({ billing: { packageName: 'kotha-premium', billingCycle: 'YEARLY', autoRenewing: true } });
    await webhook('AppInstalled', paid, { appId: TEST_CONFIG.wixAppId });
    expect((await plan(paid)).body.plan).toBe('premium');
    const exported = await exportCsv(paid);
    expect(exported.status).toBe(200);
    expect(exported.body.conversations[0].messages.length).toBeGreaterThan(0);

    const lapsed = newWixSite({ billing: { packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: false, expirationDate: new Date(Date.now() - 1000).toISOString() } });
    await webhook('AppInstalled', lapsed, { appId: TEST_CONFIG.wixAppId });
    expect((await plan(lapsed)).body.plan).toBe('free');
    expect((await exportCsv(lapsed)).status).toBe(402);
  });
});

describe('free plan limits', () => {
  it('gives the free plan one agent, 60 days of inbox history and the Kotha line in the widget', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const owner = merchantOf(t.baseUrl, instanceId);
    const teammate = merchantOf(t.baseUrl, instanceId, () => instanceFor(instanceId, { uid: 'agent-2' }));
    expect((await owner.inbox()).status).toBe(200);
    const refused = await teammate.inbox();
    expect(refused.status).toBe(402);
    expect(refused.body.error.message).toContain('Teammates need Kotha Premium');

    // A conversation last active 61 days ago is hidden on the free plan.
    const old = randomId('c');
    await t.db.doc(`sites/${instanceId}/conversations/${old}`).set({ id: old, visitorId: 'v_old', visitorName: null, visitorEmail: null, status: 'open', createdAt: 1, updatedAt: Date.now() - 61 * 86_400_000, lastMessageText: 'Hello?', lastMessageAuthor: 'visitor', unreadByAgent: 1, unreadByVisitor: 0, messageCount: 1 });
    expect((await owner.inbox()).body.conversations.map((c: { id: string }) => c.id)).not.toContain(old);
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: instanceId } })).body.branding).toBe(true);

    // Premium: the teammate gets in, all history shows, and the widget drops the line.
    await webhook('PaidPlanPurchased', instanceId, { vendorProductId: 'kotha-premium', cycle: 'MONTHLY' });
    expect((await teammate.inbox()).status).toBe(200);
    expect((await owner.inbox()).body.conversations.map((c: { id: string }) => c.id)).toContain(old);
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: instanceId } })).body.branding).toBe(false);
  });
});

describe('privacy requests', () => {
  it('erases one shopper’s data on request, leaves the others, and records who asked', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const gone = await newShopper(t.baseUrl, instanceId);
    const stays = await newShopper(t.baseUrl, instanceId);
    const [c1, c2] = [randomId('c'), randomId('c')];
    await gone.send(c1, 'Please delete my data.');
    await stays.send(c2, 'Hello!');
    const merchant = merchantOf(t.baseUrl, instanceId);
    const erased = await merchant.call('DELETE', `/v1/inbox/privacy/visitors/${gone.visitorId}`);
    expect(erased.status).toBe(200);
    expect(erased.body.deleted).toBeGreaterThanOrEqual(2);
    const ids = (await merchant.inbox()).body.conversations.map((c: { id: string }) => c.id);
    expect(ids).toContain(c2);
    expect(ids).not.toContain(c1);
    expect((await t.db.collection(`sites/${instanceId}/events`).where('visitorId', '==', gone.visitorId).get()).size).toBe(0);
    const full = await merchant.call('GET', '/v1/inbox/privacy/export');
    expect(full.body.conversations.map((c: { id: string }) => c.id)).toContain(c2);
    const audit = await t.db.collection(`sites/${instanceId}/audit`).get();
    expect(audit.docs.map((d) => d.get('action')).sort()).toEqual(['erase-visitor', 'privacy-export']);
    expect(audit.docs.every((d) => d.get('by') === 'agent-1')).toBe(true);
  });
});

describe('exports of any size', () => {
  it('streams every conversation with all its messages and notes, page after page, each once, even across equal times', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    await t.db.collection('sites').doc(instanceId).set({ planPackage: 'kotha-premium', planExpiresAt: 0 }, { merge: true });
    wix.sites.set(instanceId, { ...wix.sites.get(instanceId)!, billing: { packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true } });
    const total = 450;
    const base = Date.now() - 10_000_000;
    const conversations = t.db.collection('sites').doc(instanceId).collection('conversations');
    for (let start = 0; start < total; start += 150) {
      const batch = t.db.batch();
      for (let i = start; i < start + 150; i++) {
        // Pairs of conversations share a time, so page boundaries fall inside a tie.
        const at = base + Math.floor(i / 2) * 1000;
        batch.set(conversations.doc(`x${i}`), { id: `x${i}`, visitorId: `v${i}`, status: 'open', createdAt: at, updatedAt: at, messageCount: 1 });
        batch.set(conversations.doc(`x${i}`).collection('messages').doc(`m${i}`), { id: `m${i}`, conversationId: `x${i}`, author: 'visitor', authorName: null, text: `hello ${i}`, createdAt: at });
      }
      await batch.commit();
    }
    const merchant = merchantOf(t.baseUrl, instanceId);
    const full = await merchant.call('GET', '/v1/inbox/privacy/export');
    const ids: string[] = full.body.conversations.map((c: { id: string }) => c.id);
    expect(ids.filter((id) => id.startsWith('x')).sort()).toEqual(Array.from({ length: total }, (_, i) => `x${i}`).sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(full.body.conversations.find((c: { id: string }) => c.id === 'x7').messages.map((m: { text: string }) => m.text)).toEqual(['hello 7']);
    const csv = await fetch(`${t.baseUrl}/v1/inbox/export?from=0&to=${Date.now() + 1}&format=csv`, { headers: { authorization: merchant.auth } });
    expect(csv.status).toBe(200);
    const rows = (await csv.text()).split('\r\n');
    expect(rows.filter((r) => r.includes('"hello ')).length).toBe(total);
  });
});

describe('Wix context for agents', () => {
  it('shows the shopper’s contact, member status and recent orders, creates contacts for new emails, and fails soft', async () => {
    const instanceId = newWixSite({
      contacts: [{ id: 'contact-ruma', info: { name: { first: 'Ruma', last: 'Akter' } }, primaryInfo: { email: 'ruma@example.com' } }],
      members: [{ id: 'member-ruma', loginEmail: 'Ruma@example.com' }],
      orders: [
        { id: 'o1', number: '10041', createdDate: '2026-11-02T10:00:00.000Z', status: 'APPROVED', priceSummary: { total: { amount: '2450', formattedAmount: '৳2,450.00' } }, lineItems: [{ productName: { original: 'Nakshi kantha quilt' }, quantity: 1 }], buyerInfo: { email: 'ruma@example.com' } },
        { id: 'o2', number: '10057', createdDate: '2026-11-20T10:00:00.000Z', status: 'APPROVED', priceSummary: { total: { amount: '900', formattedAmount: '৳900.00' } }, lineItems: [{ productName: { original: 'Jamdani scarf' }, quantity: 2 }], buyerInfo: { email: 'ruma@example.com' } },
        { id: 'o3', number: '10058', createdDate: '2026-11-21T10:00:00.000Z', status: 'APPROVED', priceSummary: { total: { amount: '100', formattedAmount: '৳100.00' } }, lineItems: [], buyerInfo: { email: 'someone-else@example.com' } },
      ],
    });
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const merchant = merchantOf(t.baseUrl, instanceId);
    const shopper = await newShopper(t.baseUrl, instanceId);
    const conversationId = randomId('c');
    await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body: { conversationId, id: randomId('m'), text: 'Where is my scarf?', email: 'ruma@example.com', name: 'Ruma' } });

    const context = await merchant.call('GET', `/v1/inbox/conversations/${conversationId}/wix`);
    expect(context.body).toEqual({
      available: true,
      contact: { id: 'contact-ruma', name: 'Ruma Akter', email: 'ruma@example.com', member: true },
      orders: [
        { number: '10057', createdAt: Date.parse('2026-11-20T10:00:00.000Z'), total: '৳900.00', status: 'APPROVED', items: [{ name: 'Jamdani scarf', quantity: 2 }] },
        { number: '10041', createdAt: Date.parse('2026-11-02T10:00:00.000Z'), total: '৳2,450.00', status: 'APPROVED', items: [{ name: 'Nakshi kantha quilt', quantity: 1 }] },
      ],
    });

    // A new email becomes a Wix contact.
    const other = await newShopper(t.baseUrl, instanceId);
    await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: other.auth, body: { conversationId: randomId('c'), id: randomId('m'), text: 'Hi', email: 'new.person@example.com', name: 'Tanvir Hasan' } });
    await expect.poll(() => wix.sites.get(instanceId)!.contacts!.find((c) => c.primaryInfo?.email === 'new.person@example.com')?.info.name).toEqual({ first: 'Tanvir', last: 'Hasan' });
    // A contact who never signed up to the site is no member.
    const otherConversation = (await merchant.inbox()).body.conversations.find((c: { visitorEmail: string }) => c.visitorEmail === 'new.person@example.com').id;
    await expect.poll(async () => (await merchant.call('GET', `/v1/inbox/conversations/${otherConversation}/wix`)).body.contact?.member, { timeout: 5_000 }).toBe(false);

    // Wix down: the context says so, and the inbox works on.
    const another = randomId('c');
    await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body: { conversationId: another, id: randomId('m'), text: 'Also…', email: 'ruma.other@example.com' } });
    wix.down = true;
    try {
      expect((await merchant.call('GET', `/v1/inbox/conversations/${another}/wix`)).body).toEqual({ available: false, contact: null, orders: [] });
      expect((await merchant.inbox()).status).toBe(200);
      expect((await merchant.reply(another, 'We are on it.')).status).toBe(201);
    } finally {
      wix.down = false;
    }
  });
});

describe('re-embedding after a template change', () => {
  it('embeds the current template on every installed site, none on removed ones', async () => {
    const installed = newWixSite();
    const removed = newWixSite();
    await webhook('AppInstalled', installed, { appId: TEST_CONFIG.wixAppId });
    await webhook('AppInstalled', removed, { appId: TEST_CONFIG.wixAppId });
    await webhook('AppRemoved', removed, {});
    const before = wix.embeds.length;
    const result = await reembedAll(t.db, t.api.platform);
    const again = wix.embeds.slice(before);
    expect(again.filter((e) => e.instanceId === installed)).toHaveLength(1);
    expect(again.filter((e) => e.instanceId === removed)).toHaveLength(0);
    expect(decodeEmbedConfig(again.find((e) => e.instanceId === installed)!.properties.parameters.config)?.v).toBe(String(EMBEDDED_SCRIPT.version));
    // The job visits every installed site in the shared emulator, other test files' too (unknown to this stand-in).
    expect(result.failed).not.toContain(installed);
  });

  it('leaves a site still on the legacy parameters as it is, without failing, until its owner updates the app', async () => {
    const legacy = newWixSite({ embedParameters: templateParameters(LEGACY_EMBEDDED_SCRIPT.template) });
    await webhook('AppInstalled', legacy, { appId: TEST_CONFIG.wixAppId });
    const before = wix.embeds.length;
    const waiting = await reembedAll(t.db, t.api.platform);
    expect(waiting.outdated).toContain(legacy);
    expect(waiting.failed).not.toContain(legacy);
    expect(wix.embeds.slice(before).filter((e) => e.instanceId === legacy)).toHaveLength(0);
    // The Widget tab saves the look and says the site must be updated first; never a 400.
    const merchant = merchantOf(t.baseUrl, legacy);
    const look = { teamName: 'Nakshi Crafts', greeting: 'Hi', accentColor: '#ffd400', launcherSide: 'left', launcherOffset: 0, sound: true, requireEmail: false, launcherText: '', locale: '' };
    expect((await merchant.call('PUT', ROUTES.widgetSettings, look)).body).toMatchObject({ embedded: false, updateRequired: true });

    // The owner clicks Update: the site now declares the frozen parameter, and the next run embeds it.
    wix.sites.get(legacy)!.embedParameters = undefined;
    const updated = await reembedAll(t.db, t.api.platform);
    expect(updated.outdated).not.toContain(legacy);
    const embed = wix.embeds.filter((e) => e.instanceId === legacy).at(-1)!;
    expect(decodeEmbedConfig(embed.properties.parameters.config)).toMatchObject({ site: legacy, side: 'left', accent: '#ffd400' });
  });

  it('refuses, as Wix does, other keys than the declared ones and values that are not letters and digits', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
    const token = await fetch(`${wix.url}/oauth2/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials', client_id: TEST_CONFIG.wixAppId, client_secret: TEST_CONFIG.wixAppSecret, instance_id: instanceId }) }).then((r) => r.json());
    const embed = (parameters: Record<string, string>) => fetch(`${wix.url}/apps/v1/scripts`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: token.access_token }, body: JSON.stringify({ properties: { parameters } }) });
    expect((await embed(embedParameters(instanceId, true))).status).toBe(200);
    expect((await embed(legacyEmbedParameters(instanceId, true))).status).toBe(400);
    expect((await embed({ config: '#ffd400' })).status).toBe(400);
  });
});

describe('the widget’s look', () => {
  it('is saved, served with the session, and written into the embed with a readable text colour; Wix down keeps it saved', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId, originInstanceId: '' });
    const merchant = merchantOf(t.baseUrl, instanceId);
    expect((await merchant.call('GET', ROUTES.widgetSettings)).body.settings).toMatchObject({ launcherSide: 'auto', launcherOffset: 0 });

    const look = { teamName: 'Nakshi Crafts', greeting: 'Nomoskar!', accentColor: '#FFD400', launcherSide: 'left', launcherOffset: 64, sound: false, requireEmail: false, launcherText: 'Chat with us', locale: 'bn' };
    const saved = await merchant.call('PUT', ROUTES.widgetSettings, look);
    expect(saved.body).toEqual({ settings: { ...look, accentColor: '#ffd400' }, embedded: true });
    const embed = wix.embeds.filter((e) => e.instanceId === instanceId).at(-1)!;
    expect(Object.keys(embed.properties.parameters).sort()).toEqual(templateParameters(EMBEDDED_SCRIPT.template).sort());
    // Yellow takes dark text.
    expect(decodeEmbedConfig(embed.properties.parameters.config)).toMatchObject({ side: 'left', offset: '64', accent: '#ffd400', onAccent: '#111114', label: 'Chat with us', locale: 'bn', enabled: 'true' });
    const session = await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: instanceId } });
    expect(session.body.settings).toMatchObject({ launcherSide: 'left', launcherOffset: 64, accentColor: '#ffd400' });

    for (const bad of [{ ...look, accentColor: 'yellow' }, { ...look, launcherOffset: 500 }, { ...look, launcherSide: 'top' }, { ...look, locale: 'xx' }, { ...look, teamName: '' }, { ...look, extra: 1 }]) {
      expect((await merchant.call('PUT', ROUTES.widgetSettings, bad)).status).toBe(400);
    }

    wix.down = true;
    try {
      const offline = await merchant.call('PUT', ROUTES.widgetSettings, { ...look, launcherSide: 'right' });
      expect(offline.body).toMatchObject({ embedded: false, settings: { launcherSide: 'right' } });
    } finally {
      wix.down = false;
    }
    expect((await t.api.sites.get(instanceId))?.settings.launcherSide).toBe('right');
  });
});

describe('the first run', () => {
  it('links to the published site (the app instance’s site URL) and shows the setup steps the data has done', async () => {
    const instanceId = newWixSite({ url: 'https://www.nakshi.example/' });
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId, originInstanceId: '' });
    const merchant = merchantOf(t.baseUrl, instanceId);
    // The install took the site's name and business hours; nothing else is set up yet.
    expect((await merchant.call('GET', ROUTES.setup)).body).toEqual({
      storefrontUrl: 'https://www.nakshi.example/',
      steps: { look: false, hours: true, canned: false, teammate: false },
    });

    const settings = (await merchant.call('GET', ROUTES.widgetSettings)).body.settings;
    expect((await merchant.call('PUT', ROUTES.widgetSettings, { ...settings, accentColor: '#0b6e4f' })).status).toBe(200);
    expect((await merchant.call('POST', ROUTES.canned, { title: 'Shipping', shortcut: 'ship', text: 'We ship in 3 days.' })).status).toBe(201);
    await new TeamStore(t.db).saveAgent(instanceId, { uid: 'agent-2', displayName: 'Mita', photoUrl: null, lastSeenAt: Date.now() });
    await merchant.call('GET', ROUTES.me);
    expect((await merchant.call('GET', ROUTES.setup)).body.steps).toEqual({ look: true, hours: true, canned: true, teammate: true });
  });

  it('has no link while the site is unpublished or Wix cannot be reached', async () => {
    const instanceId = newWixSite();
    await webhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId, originInstanceId: '' });
    const merchant = merchantOf(t.baseUrl, instanceId);
    expect((await merchant.call('GET', ROUTES.setup)).body.storefrontUrl).toBeNull();
    wix.sites.get(instanceId)!.url = 'https://www.nakshi.example/';
    wix.down = true;
    try {
      const res = await merchant.call('GET', ROUTES.setup);
      expect(res.status).toBe(200);
      expect(res.body.storefrontUrl).toBeNull();
    } finally {
      wix.down = false;
    }
  });
});
