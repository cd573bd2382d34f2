/**
 * Kotha.identify with a Wix member's token: Token Info says whose token it is (a MEMBER of
 * this very site), the Members API gives their name and email (through the stand-in), and
 * the page cannot overwrite what Wix vouched for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS } from '@kotha/common/contract';
import { call, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../../test/support/api-harness';
import { startWixStandin, type WixStandin } from './wix-standin';

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
  it('takes a Wix member’s name and email from Wix, not from the page, and keeps them', async () => {
    const siteId = await site();
    const exp = Math.floor(Date.now() / 1000) + 3600;
    wix.userTokens.set('member-token', { instanceId: siteId, uid: 'member-1', clientId: TEST_CONFIG.wixAppId, exp, subjectType: 'MEMBER' });
    wix.userTokens.set('member-of-another-site', { instanceId: 'another-site', uid: 'member-1', clientId: TEST_CONFIG.wixAppId, exp, subjectType: 'MEMBER' });
    wix.userTokens.set('dashboard-user', { instanceId: siteId, uid: 'user-1', clientId: TEST_CONFIG.wixAppId, exp });
    const shopper = await newShopper(t.baseUrl, siteId);
    const identify = (body: unknown) => call(t.baseUrl, 'POST', PATHS.identify, { auth: shopper.auth, body });

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
});
