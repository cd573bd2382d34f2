/**
 * The owners' phone: a new chat, or a shopper waiting past the merchant's threshold, goes
 * to Wix's Notify API (the stand-in checks the template and the `{ placeholder: { text } }`
 * values as Wix documents them, and its monthly quota), at most once per conversation in
 * half an hour, within the quota, and only while the merchant keeps it on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { runFollowUps } from '../../functions/src/jobs/follow-ups';
import { merchantOf, newShopper, provisionSite, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../../test/support/api-harness';
import { startWixStandin, type WixStandin } from './wix-standin';

const TEMPLATES = { newConversation: 'tpl-new-chat', waiting: 'tpl-shopper-waiting' };
const MINUTE = 60_000;

let wix: WixStandin;
let t: TestApi;
let now = Date.now();
const clock = () => now;

beforeAll(async () => {
  wix = await startWixStandin({ appId: TEST_CONFIG.wixAppId, appSecret: TEST_CONFIG.wixAppSecret });
  wix.notificationTemplates.add(TEMPLATES.newConversation).add(TEMPLATES.waiting);
  t = await startTestApi({ clock, config: { wixApiBase: wix.url, wixNotificationTemplates: TEMPLATES } });
});
afterAll(async () => {
  await t.close();
  await wix.stop();
});

async function newSite() {
  const siteId = randomId('inst');
  wix.sites.set(siteId, { properties: { businessName: 'Nakshi Crafts' } });
  await provisionSite(t, siteId);
  return siteId;
}

const sentTo = (siteId: string) => wix.notifications.filter((n) => n.instanceId === siteId).map((n) => n.body);
const followUps = () => runFollowUps({ db: t.db, chat: t.api.chat, outbox: t.api.outbox, clock, dashboardUrl: 'http://dashboard.test/merchant', ownerAlerts: t.api.alerts });

describe('alerts to the owners’ phones', () => {
  it('tell of a new chat and of a shopper still waiting past the threshold, at most once per conversation in half an hour', async () => {
    const siteId = await newSite();
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    const t0 = now;
    await shopper.send(conversationId, 'Hi! Do you ship the river quilt to Chattogram?');
    await expect.poll(() => sentTo(siteId).length).toBe(1);
    expect(sentTo(siteId)[0]).toEqual({
      notificationTemplateId: TEMPLATES.newConversation,
      dynamicValues: { shopperName: { text: 'A shopper' }, message: { text: 'Hi! Do you ship the river quilt to Chattogram?' }, minutes: { text: '0' }, conversationId: { text: conversationId } },
    });
    // A second message in the same chat is no new chat.
    await shopper.send(conversationId, 'Hello?');

    // Past the threshold (10 minutes), the follow-up job would alert, but the chat alerted 11 minutes ago.
    now = t0 + 11 * MINUTE;
    expect((await followUps()).ownerAlerts).toBe(0);
    expect(sentTo(siteId)).toHaveLength(1);

    // The team answers; the shopper asks again and waits; 31 minutes after the first alert it goes out.
    now = t0 + 12 * MINUTE;
    await merchantOf(t.baseUrl, siteId).reply(conversationId, 'Yes, we do. Three days.');
    now = t0 + 20 * MINUTE;
    await shopper.send(conversationId, 'And to Sylhet?');
    now = t0 + 31 * MINUTE;
    expect((await followUps()).ownerAlerts).toBe(1);
    expect(sentTo(siteId)[1]).toEqual({
      notificationTemplateId: TEMPLATES.waiting,
      dynamicValues: { shopperName: { text: 'A shopper' }, message: { text: 'And to Sylhet?' }, minutes: { text: '11' }, conversationId: { text: conversationId } },
    });
    now = t0 + 45 * MINUTE;
    await followUps();
    expect(sentTo(siteId)).toHaveLength(2);
    const settings = await merchantOf(t.baseUrl, siteId).call('GET', ROUTES.ownerAlerts);
    expect(settings.body).toEqual({ enabled: true, available: true, sentThisMonth: 2, monthlyQuota: 100_000 });
  });

  it('stay off once the merchant turns them off in Team & tools', async () => {
    const siteId = await newSite();
    const merchant = merchantOf(t.baseUrl, siteId);
    expect((await merchant.call('PUT', ROUTES.ownerAlerts, { enabled: false })).body).toMatchObject({ enabled: false, available: true });
    expect((await merchant.call('PUT', ROUTES.ownerAlerts, { enabled: 'no' })).status).toBe(400);
    expect(await t.api.alerts.conversationStarted(siteId, { id: randomId('c'), visitorName: 'Ruma' }, 'Hello')).toBe('off');
    const shopper = await newShopper(t.baseUrl, siteId);
    await shopper.send(randomId('c'), 'Anyone there?');
    expect(await t.api.alerts.conversationStarted(siteId, { id: randomId('c'), visitorName: null }, 'Hello')).toBe('off');
    expect(sentTo(siteId)).toEqual([]);
    const audit = await t.db.collection(`sites/${siteId}/audit`).where('action', '==', 'owner-alerts').get();
    expect(audit.docs.map((d) => d.get('details.enabled'))).toEqual([false]);
    expect((await merchant.call('PUT', ROUTES.ownerAlerts, { enabled: true })).body).toMatchObject({ enabled: true });
    expect(await t.api.alerts.conversationStarted(siteId, { id: randomId('c'), visitorName: 'Ruma' }, 'Hello')).toBe('sent');
  });

  it('stop within Wix’s monthly quota: after Wix’s 429 Kotha does not ask again this month, and it never goes past the quota it knows', async () => {
    const siteId = await newSite();
    const quota = wix.notifyQuota;
    wix.notifyQuota = 1;
    try {
      const alert = () => t.api.alerts.conversationStarted(siteId, { id: randomId('c'), visitorName: 'Ruma' }, 'Hello');
      expect(await alert()).toBe('sent');
      const refusals = wix.notifyRefusals;
      expect(await alert()).toBe('over-quota');
      expect(wix.notifyRefusals).toBe(refusals + 1);
      expect(await alert()).toBe('over-quota');
      expect(wix.notifyRefusals).toBe(refusals + 1);
      expect(sentTo(siteId)).toHaveLength(1);
    } finally {
      wix.notifyQuota = quota;
    }

    // A site that has used Wix's whole month (100,000): Kotha does not even ask.
    const busy = await newSite();
    const month = new Date(now).toISOString().slice(0, 7);
    await t.db.doc(`sites/${busy}/config/alerts-${month}`).set({ sent: 100_000, month });
    const before = wix.notifications.length + wix.notifyRefusals;
    expect(await t.api.alerts.conversationStarted(busy, { id: randomId('c'), visitorName: null }, 'Hello')).toBe('over-quota');
    expect(wix.notifications.length + wix.notifyRefusals).toBe(before);
  });

  it('are unavailable, and said so, where the app has no notification templates', async () => {
    const plain = await startTestApi({ db: t.db, config: { wixApiBase: wix.url } });
    try {
      const siteId = randomId('inst');
      wix.sites.set(siteId, { properties: {} });
      await provisionSite(plain, siteId);
      expect((await merchantOf(plain.baseUrl, siteId).call('GET', ROUTES.ownerAlerts)).body).toEqual({ enabled: true, available: false, sentThisMonth: 0, monthlyQuota: null });
      expect(await plain.api.alerts.conversationStarted(siteId, { id: 'c1', visitorName: null }, 'Hi')).toBe('unsupported');
    } finally {
      await plain.close();
    }
  });
});
