/**
 * "Where is my order?" against the strict stand-in: the order is found only with its
 * number and the email it was placed with; a wrong email and an unknown number answer
 * alike; tracking comes from the order's fulfillments; a site without Wix Stores, one that
 * did not grant Read Orders, and a slow Wix each answer "unavailable".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type OrderLookupResponse } from '@kotha/common/contract';
import { call, newShopper, provisionSite, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../../test/support/api-harness';
import { PERMISSION_NAMES } from '../src/manifest';
import { startWixStandin, type StandinOrder, type StandinSite, type WixStandin } from './wix-standin';

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
const SHIPPED: StandinOrder = {
  id: 'o1',
  number: '10057',
  createdDate: '2026-11-20T10:00:00.000Z',
  status: 'APPROVED',
  paymentStatus: 'PAID',
  fulfillmentStatus: 'FULFILLED',
  priceSummary: { total: { amount: '900', formattedAmount: '৳900.00' } },
  lineItems: [{ productName: { original: 'Jamdani scarf' }, quantity: 2 }],
  buyerInfo: { email: EMAIL },
  fulfillments: [
    { id: 'f1', createdDate: '2026-11-21T09:00:00.000Z', trackingInfo: { trackingNumber: 'SC111', shippingProvider: 'Sundarban Courier', trackingLink: 'https://track.example/SC111' } },
    { id: 'f2', createdDate: '2026-11-22T09:00:00.000Z', trackingInfo: { trackingNumber: '1Z999', shippingProvider: 'ups' } },
    { id: 'f3', createdDate: '2026-11-23T09:00:00.000Z' },
  ],
};
const OTHER: StandinOrder = { ...SHIPPED, id: 'o2', number: '10058', paymentStatus: 'NOT_PAID', fulfillmentStatus: 'NOT_FULFILLED', buyerInfo: { email: 'someone@example.com' }, fulfillments: [] };

async function shopperOf(overrides: Partial<StandinSite> = {}) {
  const siteId = randomId('inst');
  wix.sites.set(siteId, { properties: { businessName: 'Nakshi Crafts' }, orders: [SHIPPED, OTHER], ...overrides });
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  return async (orderNumber: string, email: string) => (await call<OrderLookupResponse>(t.baseUrl, 'POST', ROUTES.orderLookup, { auth: shopper.auth, body: { orderNumber, email } })).body;
}

describe('order lookup on Wix', () => {
  it('finds the order with its number and email, with payment, fulfilment and tracking newest first', async () => {
    const lookup = await shopperOf();
    expect(await lookup('10057', 'Ruma@Example.com')).toEqual({
      result: 'found',
      order: {
        number: '10057',
        createdAt: Date.parse(SHIPPED.createdDate),
        paymentStatus: 'PAID',
        fulfillmentStatus: 'FULFILLED',
        tracking: [
          { number: '1Z999', url: null, carrier: 'ups' },
          { number: 'SC111', url: 'https://track.example/SC111', carrier: 'Sundarban Courier' },
        ],
        total: '৳900.00',
        items: [{ name: 'Jamdani scarf', quantity: 2 }],
      },
    });
  });

  it('answers the same for a wrong email and an unknown number', async () => {
    const lookup = await shopperOf();
    expect(await lookup('10058', EMAIL)).toEqual({ result: 'not-found' });
    expect(await lookup('99999', EMAIL)).toEqual({ result: 'not-found' });
  });

  it('is unavailable on a site without Wix Stores, or without the Read Orders permission', async () => {
    expect(await (await shopperOf({ installedWixApps: ['wix_members'] }))('10057', EMAIL)).toEqual({ result: 'unavailable' });
    const withoutOrders = PERMISSION_NAMES.filter((name) => name !== 'Read Orders');
    expect(await (await shopperOf({ permissions: withoutOrders }))('10057', EMAIL)).toEqual({ result: 'unavailable' });
  });

  it('is unavailable when Wix is too slow, and works again when it answers', async () => {
    const lookup = await shopperOf();
    wix.pathLatencyMs.set('/ecom/v1/orders/search', 6_000);
    try {
      expect(await lookup('10057', EMAIL)).toEqual({ result: 'unavailable' });
    } finally {
      wix.pathLatencyMs.clear();
    }
    expect((await lookup('10057', EMAIL)).result).toBe('found');
  });
});
