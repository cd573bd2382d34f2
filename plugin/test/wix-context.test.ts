/**
 * The agent's context card against the strict stand-in: each part (contact, membership,
 * orders) settles on its own, so a site without the Members Area or Wix Stores, or one that
 * granted fewer permissions, still shows the rest, and the card says which part is missing
 * and why. Orders show payment and fulfilment; one app token serves the whole card; two
 * shoppers racing to become one contact end as one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import type { ShopperRecord } from '@kotha/common/contract/shopper-record';
import { call, merchantOf, newShopper, provisionSite, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../../test/support/api-harness';
import { PERMISSION_NAMES } from '../src/manifest';
import { startWixStandin, type StandinSite, type WixStandin } from './wix-standin';

let wix: WixStandin;
let t: TestApi;

beforeAll(async () => {
  wix = await startWixStandin({ appId: TEST_CONFIG.wixAppId, appSecret: TEST_CONFIG.wixAppSecret });
  t = await startTestApi({ config: { wixApiBase: wix.url } });
});
afterAll(async () => {
  await t.close();
  await wix.stop();
});

const EMAIL = 'ruma@example.com';
const ORDER = { id: 'o1', number: '10057', createdDate: '2026-11-20T10:00:00.000Z', status: 'APPROVED', paymentStatus: 'PAID', fulfillmentStatus: 'NOT_FULFILLED', priceSummary: { total: { amount: '900', formattedAmount: '৳900.00' } }, lineItems: [{ productName: { original: 'Jamdani scarf' }, quantity: 2 }], buyerInfo: { email: EMAIL } };

/** A site whose shopper Ruma is a contact, a member and a buyer, with `overrides` (fewer apps, fewer permissions). */
async function siteWithRuma(overrides: Partial<StandinSite> = {}) {
  const siteId = randomId('inst');
  wix.sites.set(siteId, {
    properties: { businessName: 'Nakshi Crafts' },
    contacts: [{ id: 'contact-ruma', info: { name: { first: 'Ruma', last: 'Akter' } }, primaryInfo: { email: EMAIL } }],
    members: [{ id: 'member-ruma', loginEmail: EMAIL }],
    orders: [ORDER],
    ...overrides,
  });
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  const conversationId = randomId('c');
  await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body: { conversationId, id: randomId('m'), text: 'Where is my scarf?', email: EMAIL, name: 'Ruma' } });
  return { siteId, card: async () => (await merchantOf(t.baseUrl, siteId).call('GET', ROUTES.shopperRecord(conversationId))).body as ShopperRecord };
}

const rumaOrder = { number: '10057', createdAt: Date.parse(ORDER.createdDate), total: '৳900.00', status: 'APPROVED', paymentStatus: 'PAID', fulfillmentStatus: 'NOT_FULFILLED', items: [{ name: 'Jamdani scarf', quantity: 2 }] };

describe('the context card, part by part', () => {
  it('shows everything on a site with every app and permission, orders with payment and fulfilment, for one app token', async () => {
    const { siteId, card } = await siteWithRuma();
    expect(await card()).toEqual({ available: true, contact: { id: 'contact-ruma', name: 'Ruma Akter', email: EMAIL, member: true }, orders: [rumaOrder] });
    // The contact matched at the offline message, the installed apps and the card's three lookups: one token.
    expect(wix.tokenRequests.get(siteId)).toBe(1);
  });

  it('without the Members Area: the contact and orders, and membership named as missing', async () => {
    const { card } = await siteWithRuma({ installedWixApps: ['wix_stores'] });
    expect(await card()).toEqual({
      available: true,
      contact: { id: 'contact-ruma', name: 'Ruma Akter', email: EMAIL, member: false },
      orders: [rumaOrder],
      missing: [{ part: 'membership', reason: 'not-installed', app: 'Wix Members Area' }],
    });
  });

  it('without Wix Stores: the contact and membership, and orders named as missing', async () => {
    const { card } = await siteWithRuma({ installedWixApps: ['wix_members'] });
    expect(await card()).toEqual({
      available: true,
      contact: { id: 'contact-ruma', name: 'Ruma Akter', email: EMAIL, member: true },
      orders: [],
      missing: [{ part: 'orders', reason: 'not-installed', app: 'Wix Stores' }],
    });
  });

  it('on a site that granted an older permission set (no Read Members, no Read Orders): the contact, and why the rest is missing', async () => {
    const { card } = await siteWithRuma({ permissions: PERMISSION_NAMES.filter((name) => name !== 'Read Members' && name !== 'Read Orders') });
    expect(await card()).toEqual({
      available: true,
      contact: { id: 'contact-ruma', name: 'Ruma Akter', email: EMAIL, member: false },
      orders: [],
      missing: [
        { part: 'membership', reason: 'no-permission' },
        { part: 'orders', reason: 'no-permission' },
      ],
    });
  });

  it('when Wix lists no apps at all, asks anyway and lets the answer tell', async () => {
    const { card } = await siteWithRuma({ installedWixApps: [] });
    const record = await card();
    // The stand-in refuses members and orders without their apps, as Wix does: each is missing, the contact is not.
    expect(record.contact?.id).toBe('contact-ruma');
    expect(record.missing?.map((m) => [m.part, m.reason])).toEqual([['membership', 'not-installed'], ['orders', 'not-installed']]);
  });

  it('when Wix is slow with one part, the rest still shows, and that part is asked again next time', async () => {
    const { card } = await siteWithRuma();
    wix.pathLatencyMs.set('/ecom/v1/orders/search', 3_500);
    try {
      expect(await card()).toEqual({
        available: true,
        contact: { id: 'contact-ruma', name: 'Ruma Akter', email: EMAIL, member: true },
        orders: [],
        missing: [{ part: 'orders', reason: 'unavailable' }],
      });
    } finally {
      wix.pathLatencyMs.clear();
    }
    // Not remembered: the next look finds the orders.
    expect((await card()).orders).toEqual([rumaOrder]);
  });

  it('when Wix cannot be reached at all, says so as one', async () => {
    const { card } = await siteWithRuma();
    wix.down = true;
    try {
      expect(await card()).toEqual({ available: false, contact: null, orders: [] });
    } finally {
      wix.down = false;
    }
    expect((await card()).available).toBe(true);
  });
});

describe('a shopper’s contact', () => {
  it('is one contact when two first messages race to create it', async () => {
    const siteId = randomId('inst');
    wix.sites.set(siteId, { properties: {} });
    await provisionSite(t, siteId);
    wix.latencyMs = 150;
    try {
      const [a, b] = await Promise.all([t.api.platform.ensureContact!(siteId, 'new.person@example.com', 'Tanvir Hasan'), t.api.platform.ensureContact!(siteId, 'new.person@example.com', 'Tanvir')]);
      expect(a).toBeTruthy();
      expect(b).toBe(a);
    } finally {
      wix.latencyMs = 0;
    }
    expect(wix.sites.get(siteId)!.contacts).toHaveLength(1);
    // Both asked with one app token between them.
    expect(wix.tokenRequests.get(siteId)).toBe(1);
  });
});
