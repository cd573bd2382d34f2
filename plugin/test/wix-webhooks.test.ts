/**
 * Wix's webhooks against the strict stand-in, delivered as Wix delivers them: with its
 * latency and its 1,250 ms deadline, retried, and out of order. The install is answered in
 * time and applied once; a plan event that overtakes its install does not lock the install
 * out; every app-instance event is handled; a contact deleted on the site erases the
 * shopper; and a public key that cannot work stops the start.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { SiteLifecycleStore } from '../../functions/src/store/site-lifecycle-store';
import { call, merchantOf, newShopper, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../../test/support/api-harness';
import { WixPublicKeyError } from '../src/public-key';
import { startWixStandin, WIX_WEBHOOK_DEADLINE_MS, type WixStandin } from './wix-standin';

let wix: WixStandin;
/** The API as configured by default: a webhook stores its event, answers, and the event is applied after. */
let t: TestApi;
/** The same API waiting for every event to be applied before answering, as the handler did before. */
let waitsForAll: TestApi;

beforeAll(async () => {
  wix = await startWixStandin({ appId: TEST_CONFIG.wixAppId, appSecret: TEST_CONFIG.wixAppSecret });
  t = await startTestApi({ config: { wixPublicKey: wix.publicKey, wixApiBase: wix.url, webhookAnswerWithinMs: undefined } });
  waitsForAll = await startTestApi({ db: t.db, config: { wixPublicKey: wix.publicKey, wixApiBase: wix.url, webhookAnswerWithinMs: 10_000 } });
});
afterAll(async () => {
  await t.close();
  await waitsForAll.close();
  await wix.stop();
});

const endpoint = (api: TestApi) => `${api.baseUrl}${ROUTES.wixWebhooks}`;

/** A webhook posted without Wix's deadline, to an API that answers once the event is applied: for asserting what each event did. */
async function post(api: TestApi, jwt: string) {
  const res = await fetch(endpoint(api), { method: 'POST', headers: { 'content-type': 'text/plain' }, body: jwt });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
const sites = () => new SiteLifecycleStore(t.db);

function newWixSite(overrides: Partial<Parameters<typeof wix.sites.set>[1]> = {}) {
  const instanceId = randomId('inst');
  wix.sites.set(instanceId, { properties: { businessName: 'Nakshi Crafts', email: 'owner@nakshi.example', timeZone: 'Asia/Dhaka' }, ...overrides });
  return instanceId;
}

/** Waits until the site's install has been applied (it may finish after the webhook's answer). */
async function installed(instanceId: string) {
  await expect.poll(async () => (await sites().get(instanceId)).installedAt, { timeout: 15_000, interval: 100 }).toBeGreaterThan(0);
  await expect.poll(async () => (await merchantOf(t.baseUrl, instanceId).inbox()).body.conversations?.length, { timeout: 15_000, interval: 100 }).toBe(1);
}

async function lifecycleEventsOf(instanceId: string) {
  return (await t.db.collection('lifecycleEvents').where('siteId', '==', instanceId).get()).docs.map((d) => d.data());
}

describe('the install webhook under Wix’s latency', () => {
  it('is answered within 1,250 ms and applied once, even when Wix delivers it again', async () => {
    const instanceId = newWixSite();
    wix.latencyMs = 400;
    try {
      const jwt = await wix.signWebhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId, originInstanceId: '' });
      const first = await wix.deliver(endpoint(t), jwt);
      expect(first.ok, `answered in ${first.ms} ms`).toBe(true);
      expect(first.ms).toBeLessThan(WIX_WEBHOOK_DEADLINE_MS);
      await installed(instanceId);

      // Wix sends it again (say our answer was lost): recognised, answered at once, not applied again.
      const again = await wix.deliver(endpoint(t), jwt);
      expect(again.ok).toBe(true);
      expect(again.body).toMatchObject({ result: 'installed', duplicate: true });
      expect(wix.embeds.filter((e) => e.instanceId === instanceId)).toHaveLength(1);
      expect((await merchantOf(t.baseUrl, instanceId).inbox()).body.conversations).toHaveLength(1);
      expect(await lifecycleEventsOf(instanceId)).toEqual([expect.objectContaining({ type: 'installed', state: 'done', result: 'installed', attempts: 1 })]);
      // The properties and the embed shared one app token.
      expect(wix.tokenRequests.get(instanceId)).toBe(1);
    } finally {
      wix.latencyMs = 0;
    }
  });

  it('the deadline has teeth: a handler that applies the whole install before answering fails it', async () => {
    const instanceId = newWixSite();
    wix.latencyMs = 400;
    try {
      const late = await wix.deliver(endpoint(waitsForAll), await wix.signWebhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId }));
      expect(late.ok).toBe(false);
      expect(late.ms).toBeGreaterThanOrEqual(WIX_WEBHOOK_DEADLINE_MS);
    } finally {
      wix.latencyMs = 0;
    }
  });
});

describe('order', () => {
  it('a plan bought before its install arrives does not make the install stale; replays of both change nothing', async () => {
    const instanceId = newWixSite({ billing: { packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true } });
    const base = Math.floor(Date.now() / 1000);
    const install = await wix.signWebhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId }, { iat: base });
    const purchase = await wix.signWebhook('PaidPlanPurchased', instanceId, { vendorProductId: 'kotha-premium', cycle: 'MONTHLY' }, { iat: base + 5 });

    // Wix's first install attempt failed on its side; the purchase lands first, then the retried install.
    expect((await wix.deliver(endpoint(t), purchase)).ok).toBe(true);
    await expect.poll(async () => (await sites().get(instanceId)).planPackage, { timeout: 10_000 }).toBe('kotha-premium');
    const retried = await wix.deliver(endpoint(t), install);
    expect(retried.ok).toBe(true);
    await installed(instanceId);
    expect(await sites().get(instanceId)).toMatchObject({ enabled: true, planPackage: 'kotha-premium', planExpiresAt: 0 });
    expect(await sites().planState(instanceId)).toMatchObject({ planRenews: true });
    expect(wix.embeds.filter((e) => e.instanceId === instanceId)).toHaveLength(1);
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: instanceId } })).body.branding).toBe(false);

    // Both delivered again: nothing is applied twice.
    expect((await wix.deliver(endpoint(t), install)).body).toMatchObject({ duplicate: true });
    expect((await wix.deliver(endpoint(t), purchase)).body).toMatchObject({ duplicate: true });
    expect(wix.embeds.filter((e) => e.instanceId === instanceId)).toHaveLength(1);
    expect((await lifecycleEventsOf(instanceId)).map((e) => e.attempts)).toEqual([1, 1]);
    const audit = await t.db.collection(`sites/${instanceId}/audit`).where('action', '==', 'plan-change').get();
    expect(audit.docs.map((d) => d.get('details.to.planPackage'))).toEqual(['kotha-premium']);
  });
});

describe('every app-instance event', () => {
  it('follows purchase, cancellation, reactivation, change, trial conversion, transfer and removal', async () => {
    const end = '2036-06-30T00:00:00.000Z';
    const instanceId = newWixSite({ billing: { packageName: 'kotha-premium-yearly', billingCycle: 'YEARLY', expirationDate: end, autoRenewing: false } });
    let iat = Math.floor(Date.now() / 1000);
    const send = async (eventType: string, data: Record<string, unknown> = {}) => {
      const delivery = await post(waitsForAll, await wix.signWebhook(eventType, instanceId, data, { iat: ++iat }));
      expect(delivery.status, eventType).toBe(200);
      return delivery.body?.result;
    };
    expect(await send('AppInstalled', { appId: TEST_CONFIG.wixAppId })).toBe('installed');
    expect(await send('PaidPlanPurchased', { vendorProductId: 'kotha-premium', cycle: 'MONTHLY' })).toBe('plan');
    expect(await sites().planState(instanceId)).toMatchObject({ planPackage: 'kotha-premium', planRenews: true });
    expect(await send('PaidPlanChanged', { vendorProductId: 'kotha-premium-yearly', cycle: 'YEARLY', previousVendorProductId: 'kotha-premium' })).toBe('plan');
    expect(await send('PaidPlanAutoRenewalCancelled', { vendorProductId: 'kotha-premium-yearly', cycle: 'YEARLY' })).toBe('plan');
    expect(await sites().planState(instanceId)).toMatchObject({ planPackage: 'kotha-premium-yearly', planRenews: false, planExpiresAt: Date.parse(end) });
    expect(await send('PlanReactivated', { vendorProductId: 'kotha-premium-yearly', cycle: 'YEARLY', reason: 'AUTO_RENEW_TURNED_ON' })).toBe('plan');
    expect(await sites().planState(instanceId)).toMatchObject({ planRenews: true, planExpiresAt: 0 });
    expect(await send('PlanConvertedToPaid', { vendorProductId: 'kotha-premium-yearly', cycle: 'YEARLY' })).toBe('plan');
    expect(await send('PlanTransferred', { vendorProductId: 'kotha-premium-yearly', cycle: 'YEARLY' })).toBe('plan');
    expect(await sites().planState(instanceId)).toMatchObject({ planPackage: 'kotha-premium-yearly', planRenews: true, planExpiresAt: 0 });
    expect(await send('AppRemoved', { appId: TEST_CONFIG.wixAppId })).toBe('removed');
    expect(await sites().get(instanceId)).toMatchObject({ enabled: false, planPackage: 'kotha-premium-yearly' });
    // Each event is stored once, applied once.
    expect((await lifecycleEventsOf(instanceId)).every((e) => e.state === 'done' && e.attempts === 1)).toBe(true);
  });
});

describe('a contact deleted on the site', () => {
  it('erases the shopper linked to it (a merge erases nothing), and is recorded', async () => {
    const instanceId = newWixSite();
    await post(waitsForAll, await wix.signWebhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId }));
    const shopper = await newShopper(t.baseUrl, instanceId);
    const conversationId = randomId('c');
    await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body: { conversationId, id: randomId('m'), text: 'Please call me back.', email: 'tanvir@example.com', name: 'Tanvir Hasan' } });
    // The shopper became a Wix contact, linked to them.
    await expect.poll(() => wix.sites.get(instanceId)!.contacts?.find((c) => c.primaryInfo?.email === 'tanvir@example.com')?.id, { timeout: 10_000 }).toBeTruthy();
    const contactId = wix.sites.get(instanceId)!.contacts!.find((c) => c.primaryInfo?.email === 'tanvir@example.com')!.id;
    await expect.poll(async () => (await t.db.doc(`sites/${instanceId}/visitors/${shopper.visitorId}`).get()).get('platformContactId'), { timeout: 10_000 }).toBe(contactId);
    const merchant = merchantOf(t.baseUrl, instanceId);
    const conversations = async () => (await merchant.inbox()).body.conversations.map((c: { id: string }) => c.id);

    const domainEvent = (extra: Record<string, unknown>) => ({ id: randomUUID(), entityFqdn: 'wix.contacts.v4.contact', slug: 'deleted', entityId: contactId, eventTime: new Date().toISOString(), deletedEvent: {}, ...extra });
    const merged = await wix.deliver(endpoint(t), await wix.signWebhook('wix.contacts.v4.contact_deleted', instanceId, domainEvent({ originatedFrom: 'merge' })));
    expect(merged.body).toMatchObject({ result: 'ignored' });
    expect(await conversations()).toContain(conversationId);

    const erasure = domainEvent({ triggeredByAnonymizeRequest: true });
    const jwt = await wix.signWebhook('wix.contacts.v4.contact_deleted', instanceId, erasure);
    const erased = await wix.deliver(endpoint(t), jwt);
    expect(erased.ok).toBe(true);
    await expect.poll(async () => (await lifecycleEventsOf(instanceId)).find((e) => e.type === 'contactDeleted')?.state, { timeout: 10_000 }).toBe('done');
    expect(await conversations()).not.toContain(conversationId);
    expect((await t.db.doc(`sites/${instanceId}/visitors/${shopper.visitorId}`).get()).exists).toBe(false);
    const audit = await t.db.collection(`sites/${instanceId}/audit`).where('action', '==', 'erase-visitor').get();
    expect(audit.docs.map((d) => d.data())).toEqual([expect.objectContaining({ by: 'platform:contact-deleted', details: expect.objectContaining({ contactId, visitorIds: [shopper.visitorId] }) })]);
    // Wix's event id makes a redelivery (even one signed again) the same event.
    expect((await wix.deliver(endpoint(t), await wix.signWebhook('wix.contacts.v4.contact_deleted', instanceId, erasure, { iat: Math.floor(Date.now() / 1000) + 7 }))).body).toMatchObject({ duplicate: true });
  });
});

describe('in Cloud Functions (the queue deferred to the Firestore trigger)', () => {
  it('stores and answers; the trigger applies it once; a failure is retried by the drain, and a redelivery brings it forward', async () => {
    const deferred = await startTestApi({ db: t.db, config: { wixPublicKey: wix.publicKey, wixApiBase: wix.url, lifecycleQueue: 'deferred' } });
    try {
      const instanceId = newWixSite();
      const jwt = await wix.signWebhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId });
      wix.down = true;
      let id: string;
      try {
        const first = await wix.deliver(endpoint(deferred), jwt);
        expect(first).toMatchObject({ ok: true, body: { result: 'queued' } });
        // Nothing is applied until the trigger runs.
        expect((await sites().get(instanceId)).installedAt).toBe(0);
        id = (await t.db.collection('lifecycleEvents').where('siteId', '==', instanceId).get()).docs[0]!.id;
        // The trigger runs while Wix is down: it fails (Firestore retries it), and the event waits for its next attempt.
        await expect(deferred.api.lifecycle.process(id)).rejects.toThrow();
        expect((await t.db.doc(`lifecycleEvents/${id}`).get()).data()).toMatchObject({ state: 'queued', attempts: 1, leaseUntil: 0 });
        expect((await t.db.doc(`lifecycleEvents/${id}`).get()).get('nextAttemptAt')).toBeGreaterThan(Date.now());
      } finally {
        wix.down = false;
      }
      // Wix delivers it again: recognised, and due now.
      expect((await wix.deliver(endpoint(deferred), jwt)).body).toMatchObject({ result: 'queued', duplicate: true });
      expect((await t.db.doc(`lifecycleEvents/${id}`).get()).get('nextAttemptAt')).toBeLessThanOrEqual(Date.now());
      // Two workers at once (a retried trigger and the drain): one applies it; the other finds it taken (or, if late, done).
      const [a, b] = await Promise.all([deferred.api.lifecycle.process(id), deferred.api.lifecycle.process(id)]);
      expect([a, b].filter((o) => 'applied' in o)).toEqual([{ applied: 'installed' }]);
      expect([a, b].filter((o) => 'busy' in o || 'done' in o)).toHaveLength(1);
      await installed(instanceId);
      expect(await deferred.api.lifecycle.drainDue()).toEqual({ applied: 0, failed: 0 });
      expect((await wix.deliver(endpoint(deferred), jwt)).body).toMatchObject({ result: 'installed', duplicate: true });
      expect(wix.embeds.filter((e) => e.instanceId === instanceId)).toHaveLength(1);
    } finally {
      await deferred.close();
    }
  });
});

describe('the public key at start-up', () => {
  it('refuses a PEM pasted onto one line, saying what to give instead; takes it base64-encoded', async () => {
    const oneLine = wix.publicKey.replace(/\r?\n/g, ' ').trim();
    await expect(startTestApi({ db: t.db, config: { wixPublicKey: oneLine, wixApiBase: wix.url } })).rejects.toThrow(WixPublicKeyError);
    await expect(startTestApi({ db: t.db, config: { wixPublicKey: oneLine, wixApiBase: wix.url } })).rejects.toThrow(/PEM on one line.*multi-line PEM.*base64.*path of a \.pem file/s);

    const encoded = await startTestApi({ db: t.db, config: { wixPublicKey: Buffer.from(wix.publicKey).toString('base64'), wixApiBase: wix.url } });
    try {
      const instanceId = newWixSite();
      const delivery = await wix.deliver(endpoint(encoded), await wix.signWebhook('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId }));
      expect(delivery.status).toBe(200);
    } finally {
      await encoded.close();
    }
  });
});
