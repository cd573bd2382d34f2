/**
 * Billing against the strict stand-in, which bills as Wix does: a monthly plan has no end
 * date, and a plan whose paid period ended without renewal simply reads as free (no
 * webhook). Premium lasts until Wix says the site is free; the daily reconciliation finds
 * out and corrects any drift; every change is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { reconcilePlans } from '../../functions/src/jobs/reconcile-plans';
import { SiteLifecycleStore } from '../../functions/src/store/site-lifecycle-store';
import { call, instanceFor, merchantOf, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../../test/support/api-harness';
import { startWixStandin, type StandinBilling, type WixStandin } from './wix-standin';

let wix: WixStandin;
let t: TestApi;

beforeAll(async () => {
  wix = await startWixStandin({ appId: TEST_CONFIG.wixAppId, appSecret: TEST_CONFIG.wixAppSecret });
  t = await startTestApi({ config: { wixPublicKey: wix.publicKey, wixApiBase: wix.url } });
});
afterAll(async () => {
  await t.close();
  await wix.stop();
});

const sites = () => new SiteLifecycleStore(t.db);
let iat = Math.floor(Date.now() / 1000);

async function send(eventType: string, instanceId: string, data: Record<string, unknown> = {}) {
  const res = await fetch(`${t.baseUrl}${ROUTES.wixWebhooks}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: await wix.signWebhook(eventType, instanceId, data, { iat: ++iat }) });
  expect(res.status, eventType).toBe(200);
  return ((await res.json()) as { result: string }).result;
}

async function paidSite(billing: StandinBilling) {
  const instanceId = randomId('inst');
  wix.sites.set(instanceId, { properties: { businessName: 'Nakshi Crafts', timeZone: 'Asia/Dhaka' }, billing });
  expect(await send('AppInstalled', instanceId, { appId: TEST_CONFIG.wixAppId })).toBe('installed');
  expect(await send('PaidPlanPurchased', instanceId, { vendorProductId: billing.packageName, cycle: billing.billingCycle })).toBe('plan');
  return instanceId;
}

/** What premium gives, as the site's team and shoppers see it. */
async function premium(instanceId: string) {
  const teammate = merchantOf(t.baseUrl, instanceId, () => instanceFor(instanceId, { uid: 'agent-2' }));
  const owner = merchantOf(t.baseUrl, instanceId);
  await owner.inbox(); // the owner holds the free plan's one seat
  const session = await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: instanceId } });
  return { teammate: (await teammate.inbox()).status === 200, noBranding: session.body.branding === false };
}

async function auditOf(instanceId: string) {
  const snap = await t.db.collection(`sites/${instanceId}/audit`).where('action', '==', 'plan-change').get();
  return snap.docs.map((d) => d.data()).sort((a, b) => a.at - b.at);
}

describe('a monthly plan whose renewal is cancelled', () => {
  it('stays premium (dashboard opens included) until Wix says the site is free, and the reconciliation then ends it', async () => {
    const instanceId = await paidSite({ packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true });
    // Wix's own record: renewal off, the month paid runs to the end of next week.
    wix.sites.get(instanceId)!.billing = { packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: false, expirationDate: new Date(Date.now() + 7 * 86_400_000).toISOString() };
    expect(await send('PaidPlanAutoRenewalCancelled', instanceId, { vendorProductId: 'kotha-premium', cycle: 'MONTHLY', cancelReason: 'USER_CANCEL' })).toBe('plan');

    // Wix gives no end date for a monthly plan: premium goes on, with nothing cut.
    expect(await sites().planState(instanceId)).toMatchObject({ planPackage: 'kotha-premium', planExpiresAt: 0, planRenews: false });
    expect(await premium(instanceId)).toEqual({ teammate: true, noBranding: true });
    // Opening the dashboard asks Wix again, which still bills the site: no flicker either way.
    expect((await merchantOf(t.baseUrl, instanceId).call('GET', ROUTES.plan)).body).toMatchObject({ plan: 'premium' });
    expect(await premium(instanceId)).toEqual({ teammate: true, noBranding: true });
    // The daily reconciliation agrees with Wix: nothing to correct.
    // Other test files' sites share the emulator and are unknown to this stand-in: only this site's outcome counts.
    expect((await reconcilePlans(t.db, t.api.plans)).failed).not.toContain(instanceId);
    expect(await sites().planState(instanceId)).toMatchObject({ planPackage: 'kotha-premium', planRenews: false });

    // The month ends. Wix sends nothing; Get App Instance now says free.
    wix.sites.get(instanceId)!.billing!.expirationDate = new Date(Date.now() - 1000).toISOString();
    expect(await premium(instanceId)).toEqual({ teammate: true, noBranding: true });
    const result = await reconcilePlans(t.db, t.api.plans);
    expect(result.failed).not.toContain(instanceId);
    expect(result.corrected).toBeGreaterThanOrEqual(1);
    expect(await sites().planState(instanceId)).toMatchObject({ planPackage: '', planExpiresAt: 0 });
    expect(await premium(instanceId)).toEqual({ teammate: false, noBranding: false });

    // Every change, and who made it.
    expect((await auditOf(instanceId)).map((a) => [a.by, a.details.from.planPackage, a.details.to.planPackage, a.details.to.planRenews])).toEqual([
      ['platform-event', '', 'kotha-premium', true],
      ['platform-event', 'kotha-premium', 'kotha-premium', false],
      ['reconcile', 'kotha-premium', '', false],
    ]);
  });
});

describe('the daily reconciliation', () => {
  it('corrects drift both ways, leaves agreeing sites alone, and carries on past a site Wix cannot answer for', async () => {
    // A site we think is on the monthly package while Wix bills the yearly one (a lost PaidPlanChanged).
    const changed = await paidSite({ packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true });
    wix.sites.get(changed)!.billing = { packageName: 'kotha-premium-yearly', billingCycle: 'YEARLY', autoRenewing: true, expirationDate: '2036-01-01T00:00:00.000Z' };
    // A site Wix no longer bills at all.
    const lapsed = await paidSite({ packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true });
    delete wix.sites.get(lapsed)!.billing;
    // A yearly site whose renewal was cancelled, where Kotha missed the webhook: Wix names the end.
    const yearly = await paidSite({ packageName: 'kotha-premium', billingCycle: 'YEARLY', autoRenewing: true });
    wix.sites.get(yearly)!.billing = { packageName: 'kotha-premium', billingCycle: 'YEARLY', autoRenewing: false, expirationDate: '2036-03-01T00:00:00.000Z' };
    // A site that agrees with Wix.
    const agreeing = await paidSite({ packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true });
    // A paid site Wix cannot answer for (its app token is refused).
    const unknown = randomId('inst');
    await t.db.doc(`sites/${unknown}`).set({ siteId: unknown, planPackage: 'kotha-premium', planExpiresAt: 0, installedAt: 1, enabled: true });

    const result = await reconcilePlans(t.db, t.api.plans);
    expect(result.failed).toContain(unknown);
    expect(await sites().planState(changed)).toMatchObject({ planPackage: 'kotha-premium-yearly', planExpiresAt: 0, planRenews: true });
    expect(await sites().planState(lapsed)).toMatchObject({ planPackage: '' });
    expect(await sites().planState(yearly)).toMatchObject({ planPackage: 'kotha-premium', planExpiresAt: Date.parse('2036-03-01T00:00:00.000Z'), planRenews: false });
    expect(await sites().planState(agreeing)).toMatchObject({ planPackage: 'kotha-premium', planRenews: true });
    expect((await sites().planState(agreeing)).planCheckedAt).toBeGreaterThan(0);
    for (const site of [changed, lapsed, yearly]) expect((await auditOf(site)).at(-1)).toMatchObject({ by: 'reconcile' });
    expect((await auditOf(agreeing)).map((a) => a.by)).toEqual(['platform-event']);

    // Run again: nothing left to correct among them.
    await reconcilePlans(t.db, t.api.plans);
    for (const site of [changed, lapsed, yearly, agreeing]) expect((await auditOf(site)).filter((a) => a.by === 'reconcile').length).toBeLessThanOrEqual(1);
  });
});
