/**
 * Tenancy and input hygiene: every merchant route refuses a bad credential; a visitor
 * reaches only their own conversations on their own site; bad input changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, ROUTES } from '@kotha/common/contract';
import { DEFAULT_RATE_LIMITS } from '../../functions/src/http/rate-limits';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, signInstance, startTestApi, TEST_CONFIG, type TestApi } from '../support/api-harness';

let t: TestApi;
let siteA: string;
let siteB: string;
let conversationA: string;
beforeAll(async () => {
  t = await startTestApi();
  siteA = newSiteId();
  siteB = newSiteId();
  await provisionSite(t, siteA);
  await provisionSite(t, siteB);
  const shopper = await newShopper(t.baseUrl, siteA);
  conversationA = randomId('c');
  await shopper.send(conversationA, 'private to site A');
});
afterAll(() => t.close());

/** Every merchant route, with a body where it takes one. */
const merchantRoutes = () => [
  { method: 'GET', path: ROUTES.me },
  { method: 'GET', path: ROUTES.inbox },
  { method: 'GET', path: ROUTES.conversation(conversationA) },
  { method: 'POST', path: ROUTES.agentMessages(conversationA), body: { id: randomId('r'), text: 'hi' } },
  { method: 'POST', path: ROUTES.conversationStatus(conversationA), body: { status: 'closed' } },
  { method: 'POST', path: ROUTES.conversationRead(conversationA) },
  { method: 'GET', path: ROUTES.inboxStream },
];

const badInstances: Array<[string, () => string, number]> = [
  ['missing', () => '', 401],
  ['forged (wrong secret)', () => instanceFor(siteA, {}, 'not-the-app-secret'), 401],
  ['tampered payload', () => {
    const [signature] = instanceFor(siteB).split('.');
    const payload = Buffer.from(JSON.stringify({ instanceId: siteA, appDefId: TEST_CONFIG.wixAppId, signDate: new Date().toISOString(), uid: 'x' })).toString('base64url');
    return `${signature}.${payload}`;
  }, 401],
  ['expired', () => instanceFor(siteA, { signDate: new Date(Date.now() - 13 * 3600_000).toISOString() }), 401],
  ['another app', () => signInstance({ instanceId: siteA, appDefId: 'another-app', signDate: new Date().toISOString(), uid: 'u' }, TEST_CONFIG.wixAppSecret), 403],
  ['garbage', () => 'not-an-instance', 401],
];

describe('merchant routes', () => {
  for (const [name, make, status] of badInstances) {
    it(`refuse a ${name} instance with ${status} on every route`, async () => {
      const instance = make();
      for (const route of merchantRoutes()) {
        const auth = instance ? `Instance ${instance}` : undefined;
        const res = await call(t.baseUrl, route.method, route.path, { auth, body: route.body });
        expect({ route: route.path, status: res.status }).toEqual({ route: route.path, status });
        expect(res.body.error.message).toBeTruthy();
      }
    });
  }

  it('refuse the stream with a bad instance in the query', async () => {
    const res = await fetch(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(instanceFor(siteA, {}, 'wrong'))}`);
    expect(res.status).toBe(401);
  });

  it('never show one site the conversations of another', async () => {
    const other = merchantOf(t.baseUrl, siteB);
    expect((await other.inbox()).body.conversations).toEqual([]);
    // Another site's conversation is indistinguishable from one that does not exist.
    expect((await other.conversation(conversationA)).status).toBe(404);
    expect((await other.reply(conversationA, 'sneaky')).status).toBe(404);
    expect((await other.setStatus(conversationA, 'closed')).status).toBe(404);
    const own = await merchantOf(t.baseUrl, siteA).conversation(conversationA);
    expect(own.body.conversation.status).toBe('open');
    expect(own.body.messages.map((m: { text: string }) => m.text)).toEqual(['private to site A']);
  });
});

describe('visitor routes', () => {
  it('keep a visitor out of another visitor’s conversation', async () => {
    const owner = await newShopper(t.baseUrl, siteA);
    const stranger = await newShopper(t.baseUrl, siteA);
    const conversationId = randomId('c');
    await owner.send(conversationId, 'my order number is 1234');
    expect((await stranger.messages(conversationId)).status).toBe(404);
    expect((await stranger.send(conversationId, 'let me in')).status).toBe(404);
    const { body } = await owner.messages(conversationId);
    expect(body.messages.map((m: { text: string }) => m.text)).toEqual(['my order number is 1234']);
  });

  it('keep a visitor of one site out of another site', async () => {
    const shopperB = await newShopper(t.baseUrl, siteB);
    expect((await shopperB.messages(conversationA)).status).toBe(404);
    // The same conversation id on site B is simply a new conversation of site B.
    expect((await shopperB.send(conversationA, 'hello?')).status).toBe(201);
    const onA = await merchantOf(t.baseUrl, siteA).conversation(conversationA);
    expect(onA.body.messages.map((m: { text: string }) => m.text)).toEqual(['private to site A']);
    const onB = await merchantOf(t.baseUrl, siteB).conversation(conversationA);
    expect(onB.body.messages.map((m: { text: string }) => m.text)).toEqual(['hello?']);
    // A token from site B does not resume a session on site A: a new visitor starts.
    const resumed = await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: siteA, visitorToken: shopperB.visitorToken } });
    expect(resumed.status).toBe(200);
    expect(resumed.body.visitorId).not.toBe(shopperB.visitorId);
  });

  it('refuse a missing, forged or tampered token', async () => {
    const shopper = await newShopper(t.baseUrl, siteA);
    const [header, payload, signature] = shopper.visitorToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const swapped = Buffer.from(JSON.stringify({ ...claims, site: siteB })).toString('base64url');
    for (const auth of [undefined, 'Bearer nonsense', `Bearer ${header}.${swapped}.${signature}`, `Instance ${instanceFor(siteA)}`]) {
      const res = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth, body: { conversationId: randomId('c'), id: randomId('m'), text: 'hi' } });
      expect(res.status).toBe(401);
    }
    const stream = await fetch(`${t.baseUrl}${ROUTES.visitorStream}?token=forged`);
    expect(stream.status).toBe(401);
  });

  it('refuse a session for a site that does not use Kotha', async () => {
    const res = await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: newSiteId() } });
    expect(res.status).toBe(404);
  });
});

describe('bad input', () => {
  async function countDocs(siteId: string) {
    const conversations = await t.db.collection(`sites/${siteId}/conversations`).count().get();
    const events = await t.db.collection(`sites/${siteId}/events`).count().get();
    return conversations.data().count + events.data().count;
  }

  it('gets a clear 400 and writes nothing', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    const cases: Array<{ rawBody?: string; body?: unknown; expect: RegExp }> = [
      { rawBody: '{"conversationId": "abc', expect: /not valid JSON/ },
      { body: { conversationId, id: randomId('m'), text: 'x'.repeat(LIMITS.messageText + 1) }, expect: /text: must be at most 4000 characters/ },
      { body: { conversationId, id: randomId('m'), text: '   ' }, expect: /text: must not be empty/ },
      { body: { conversationId, id: 'bad id!', text: 'hi' }, expect: /id: must be 8 to 64 characters/ },
      { body: { conversationId, text: 'hi' }, expect: /id:/ },
      { body: { conversationId, id: randomId('m'), text: 'hi', siteId: 'someone-else' }, expect: /siteId/ },
      { body: [1, 2, 3], expect: /Invalid message/ },
    ];
    for (const c of cases) {
      const res = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth: shopper.auth, rawBody: c.rawBody, body: c.body });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_request');
      expect(res.body.error.message).toMatch(c.expect);
    }
    const merchant = merchantOf(t.baseUrl, siteId);
    expect((await merchant.inbox('?limit=100000')).status).toBe(400);
    expect((await merchant.inbox('?view=maybe')).status).toBe(400);
    // An id with an encoded slash would reach another Firestore path: refused before any read or write.
    const sneaky = encodeURIComponent(`${conversationId}/messages/x`);
    for (const [method, path, who] of [
      ['POST', `/v1/inbox/conversations/${sneaky}/notes`, merchant.auth],
      ['PUT', `/v1/inbox/labels/${encodeURIComponent('l/x')}`, merchant.auth],
      ['GET', `/v1/widget/conversations/${sneaky}/messages`, shopper.auth],
      ['DELETE', `/v1/inbox/privacy/visitors/${encodeURIComponent('v/x')}`, merchant.auth],
    ] as const) {
      const res = await call(t.baseUrl, method, path, { auth: who, body: method === 'GET' || method === 'DELETE' ? undefined : { id: randomId('n'), text: 'x', name: 'x', color: '#000000' } });
      expect(res.status, `${method} ${path}`).toBe(400);
      expect(res.body.error.message).toMatch(/must be an id/);
    }
    expect(await countDocs(siteId)).toBe(0);
  });

  it('refuses a body over the size limit with 413 and writes nothing', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const res = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, {
      auth: shopper.auth,
      body: { conversationId: randomId('c'), id: randomId('m'), text: 'x'.repeat(LIMITS.jsonBodyBytes) },
    });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/too large/);
    expect(await countDocs(siteId)).toBe(0);
  });

  it('rate-limits a flood from one visitor', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    const statuses: number[] = [];
    const limit = DEFAULT_RATE_LIMITS.messagesPerVisitor;
    for (let i = 0; i < limit + 5; i++) statuses.push((await shopper.send(conversationId, `flood ${i}`)).status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(limit);
    expect(statuses.at(-1)).toBe(429);
  });
});
