/**
 * Kotha.identify on the server: a shopper's own name and email, or a Wix member's verified
 * by Wix (Token Info, then the Members API, through the stand-in), shown live in the inbox
 * and kept for the shopper's next conversations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type InboxEvent } from '@kotha/common/contract';
import { startWixStandin, type WixStandin } from '../../scripts/wix-standin';
import { call, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let t: TestApi;
let wix: WixStandin;

beforeAll(async () => {
  wix = await startWixStandin({ appId: TEST_CONFIG.wixAppId, appSecret: TEST_CONFIG.wixAppSecret });
  t = await startTestApi({ config: { wixApiBase: wix.url } });
});
afterAll(async () => {
  await t.close();
  await wix.stop();
});

async function site() {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  wix.sites.set(siteId, { properties: {}, members: [{ id: 'member-1', loginEmail: 'ruma@example.com', contact: { firstName: 'Ruma', lastName: 'Akter' } }] });
  return siteId;
}

describe('identify', () => {
  it('names the shopper on their open conversation, live in the inbox, and on their next ones', async () => {
    const siteId = await site();
    const shopper = await newShopper(t.baseUrl, siteId);
    const merchant = merchantOf(t.baseUrl, siteId);
    const first = randomId('c');
    await shopper.send(first, 'Hello!');
    const inbox = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`);

    const res = await call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body: { name: 'Meena Das', email: 'meena@example.com' } });
    expect(res.body).toEqual({ name: 'Meena Das', email: 'meena@example.com', verified: false });
    const updated = await inbox.waitFor((e) => e.type === 'conversation.updated' && e.conversationId === first);
    expect(updated.type === 'conversation.updated' && updated.conversation).toMatchObject({ visitorName: 'Meena Das', visitorEmail: 'meena@example.com' });
    inbox.close();

    const next = randomId('c');
    await shopper.send(next, 'One more question');
    expect((await merchant.conversation(next)).body.conversation).toMatchObject({ visitorName: 'Meena Das', visitorEmail: 'meena@example.com' });
  });

  it('takes a Wix member’s name and email from Wix, not from the page, and keeps them', async () => {
    const siteId = await site();
    const exp = Math.floor(Date.now() / 1000) + 3600;
    wix.userTokens.set('member-token', { instanceId: siteId, uid: 'member-1', clientId: TEST_CONFIG.wixAppId, exp, subjectType: 'MEMBER' });
    wix.userTokens.set('member-of-another-site', { instanceId: 'another-site', uid: 'member-1', clientId: TEST_CONFIG.wixAppId, exp, subjectType: 'MEMBER' });
    wix.userTokens.set('dashboard-user', { instanceId: siteId, uid: 'user-1', clientId: TEST_CONFIG.wixAppId, exp });
    const shopper = await newShopper(t.baseUrl, siteId);
    const identify = (body: unknown) => call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body });

    expect((await identify({ wixMemberToken: 'member-of-another-site' })).status).toBe(401);
    expect((await identify({ wixMemberToken: 'dashboard-user' })).status).toBe(401);
    expect((await identify({ wixMemberToken: 'member-token', name: 'Someone Else' })).body).toEqual({ name: 'Ruma Akter', email: 'ruma@example.com', verified: true });
    // The page cannot overwrite what Wix vouched for.
    expect((await identify({ name: 'Impostor', email: 'impostor@example.com' })).body).toEqual({ name: 'Ruma Akter', email: 'ruma@example.com', verified: true });
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'Where is my order?');
    expect((await merchantOf(t.baseUrl, siteId).conversation(conversationId)).body.conversation).toMatchObject({ visitorName: 'Ruma Akter', visitorEmail: 'ruma@example.com' });

    wix.down = true;
    try {
      expect((await identify({ wixMemberToken: 'member-token' })).status).toBe(503);
    } finally {
      wix.down = false;
    }
  });

  it('refuses an empty or malformed identity with a clear message', async () => {
    const siteId = await site();
    const shopper = await newShopper(t.baseUrl, siteId);
    const empty = await call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('give a name, an email or a wixMemberToken');
    expect((await call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body: { email: 'nope' } })).status).toBe(400);
    expect((await call(t.baseUrl, 'POST', ROUTES.identify, { body: { name: 'x' } })).status).toBe(401);
  });
});
