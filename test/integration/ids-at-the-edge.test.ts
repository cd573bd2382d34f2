/**
 * Issue 16, item 1: one id rule at the edge. Each finding from the shopper's public API,
 * reproduced: a site id with a slash reached another site's inbox (around a block) or a
 * document that is no site; malformed ids gave 500s; a merchant's visit made a site.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVALID_ID_CODE, ROUTES } from '@kotha/common/contract';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

let t: TestApi;
let siteId: string;
beforeAll(async () => {
  // The free plan, without asking Wix (the dashboard's plan refresh would warn it is unreachable).
  t = await startTestApi({ platform: { plan: async () => ({ packageName: null, expiresAt: null, autoRenewing: false }) } });
  siteId = newSiteId();
  await provisionSite(t, siteId);
});
afterAll(() => t.close());

/** A GET with the path exactly as given (no URL normalisation on the way). */
function rawGet(path: string, auth: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(t.baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { authorization: auth } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk)).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject).end();
  });
}

/** The ids of the report: one site's id with slashes, and paths into its documents. */
const sneaky = (site: string) => [`${site}/`, `/${site}`, `${site}/config/hours`, `${site}/x`, `${site}//x`, `${site}/.`, '..', '__site__'];

describe('a site id with a slash or a dot', () => {
  it('gets no session: a 400 invalid_id, so a shopper blocked by visitor and by address stays blocked', async () => {
    // A site of its own: the block covers every shopper of this test's address.
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const troll = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    await troll.send(conversationId, 'first');
    const merchant = merchantOf(t.baseUrl, siteId);
    expect((await merchant.call('POST', ROUTES.blocked, { visitorId: troll.visitorId, reason: 'Abuse', byAddress: true, conversationId })).status).toBe(201);
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId } })).body.error.code).toBe('blocked');
    for (const id of sneaky(siteId)) {
      for (const body of [{ siteId: id }, { siteId: id, visitorToken: troll.visitorToken }]) {
        const res = await call(t.baseUrl, 'POST', ROUTES.session, { body });
        expect({ id, status: res.status, code: res.body.error?.code }).toEqual({ id, status: 400, code: INVALID_ID_CODE });
      }
    }
    // Nothing reached the site's inbox around the block.
    const inbox = await merchant.inbox();
    expect(inbox.body.conversations.map((c: { id: string }) => c.id)).toEqual([conversationId]);
  });

  it('gets no availability either', async () => {
    for (const id of sneaky(siteId)) {
      const res = await call(t.baseUrl, 'GET', ROUTES.availability(id));
      expect({ id, status: res.status, code: res.body.error?.code }).toEqual({ id, status: 400, code: INVALID_ID_CODE });
    }
    expect((await call(t.baseUrl, 'GET', `${ROUTES.availability(siteId)}&siteId=${siteId}`)).body.error.code).toBe(INVALID_ID_CODE);
    expect((await call(t.baseUrl, 'GET', ROUTES.availability(siteId))).status).toBe(200);
  });

  it('is refused in a visitor token signed before the rule, which could write through it', async () => {
    const { VisitorTokens } = await import('../../functions/src/auth/visitor-token');
    const tokens = new VisitorTokens((await import('../support/api-harness')).TEST_CONFIG.visitorTokenKey, Date.now);
    const old = await tokens.issue({ siteId: `${siteId}/`, visitorId: 'v_1234567890' });
    const res = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth: `Bearer ${old}`, body: { conversationId: randomId('c'), id: randomId('m'), text: 'hi' } });
    expect(res.status).toBe(401);
  });
});

describe('a malformed id in a path', () => {
  it('is a 400 invalid_id, never a 500: a bad percent escape, an encoded slash, a dot, a reserved or overlong id', async () => {
    const shopper = await newShopper(t.baseUrl, siteId);
    const merchant = merchantOf(t.baseUrl, siteId);
    // Sent as they are: fetch would resolve `.` and `..` itself (they are sent below, raw).
    for (const id of ['%ZZ', '%E0%A4%A', '%2F', 'a%2Fb', '%2E%2E%2Fx', '__x__', 'x'.repeat(65), '%00', 'a%20b']) {
      for (const [method, path, auth] of [
        ['GET', `/v1/widget/conversations/${id}/messages`, shopper.auth],
        ['POST', `/v1/widget/conversations/${id}/typing`, shopper.auth],
        ['GET', `/v1/inbox/conversations/${id}`, merchant.auth],
        ['DELETE', `/v1/inbox/labels/${id}`, merchant.auth],
        ['DELETE', `/v1/inbox/privacy/visitors/${id}`, merchant.auth],
      ] as const) {
        const res = await call(t.baseUrl, method, path, { auth });
        expect({ path, status: res.status, code: res.body?.error?.code }).toEqual({ path, status: 400, code: INVALID_ID_CODE });
      }
    }
  });

  it('is a 400 for a dot segment sent raw', async () => {
    const shopper = await newShopper(t.baseUrl, siteId);
    for (const id of ['.', '..', '%2e', '%2E%2e']) {
      const res = await rawGet(`/v1/widget/conversations/${id}/messages`, shopper.auth);
      expect({ id, status: res.status, code: JSON.parse(res.body).error.code }).toEqual({ id, status: 400, code: INVALID_ID_CODE });
    }
  });

  it('is matched as Express matches: any case and a trailing slash', async () => {
    const shopper = await newShopper(t.baseUrl, siteId);
    for (const path of ['/V1/WIDGET/conversations/a%2Fb/messages', '/v1/widget/conversations/a%2Fb/messages/']) {
      expect((await call(t.baseUrl, 'GET', path, { auth: shopper.auth })).body.error.code).toBe(INVALID_ID_CODE);
    }
  });
});

describe('a site that never installed', () => {
  it('gets no session after its merchant opened the dashboard, and the visit writes no site document', async () => {
    const never = newSiteId();
    const merchant = merchantOf(t.baseUrl, never);
    expect((await merchant.call('GET', ROUTES.me)).status).toBe(200);
    expect((await merchant.call('GET', ROUTES.plan)).status).toBe(200);
    expect((await t.db.doc(`sites/${never}`).get()).exists).toBe(false);
    const res = await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: never } });
    expect(res.status).toBe(404);
    expect((await call(t.baseUrl, 'GET', ROUTES.availability(never))).status).toBe(404);
  });

  it('gets none with a document that some other write made either, until it is installed', async () => {
    const stub = newSiteId();
    await t.db.doc(`sites/${stub}`).set({ siteId: stub, primaryAgent: 'agent-1', planPackage: '' });
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: stub } })).status).toBe(404);
    await provisionSite(t, stub);
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: stub } })).status).toBe(200);
  });

  it('keeps the free plan’s seat for the first merchant once installed', async () => {
    const site = newSiteId();
    await provisionSite(t, site);
    expect((await call(t.baseUrl, 'GET', ROUTES.me, { auth: `Instance ${instanceFor(site, { uid: 'first' })}` })).status).toBe(200);
    expect((await t.db.doc(`sites/${site}`).get()).get('primaryAgent')).toBe('first');
    expect((await call(t.baseUrl, 'GET', ROUTES.me, { auth: `Instance ${instanceFor(site, { uid: 'second' })}` })).status).toBe(402);
  });
});
