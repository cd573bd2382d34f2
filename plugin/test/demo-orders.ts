/**
 * The demo shop's orders in the Wix stand-in, for the local stack (`npm start`) and the
 * browser tests: one shipped with tracking, one paid and waiting to ship, one unpaid.
 * Look one up from the widget's "Order status" with its number and email.
 */
import type { StandinOrder } from './wix-standin';

export const DEMO_ORDER_EMAIL = 'ruma@example.com';

export const DEMO_ORDERS: StandinOrder[] = [
  {
    id: 'demo-order',
    number: '10057',
    createdDate: '2026-11-20T10:00:00.000Z',
    status: 'APPROVED',
    paymentStatus: 'PAID',
    fulfillmentStatus: 'FULFILLED',
    priceSummary: { total: { amount: '900', formattedAmount: '৳900.00' } },
    lineItems: [{ productName: { original: 'Jamdani scarf' }, quantity: 2 }],
    buyerInfo: { email: DEMO_ORDER_EMAIL },
    fulfillments: [{ id: 'demo-shipment', createdDate: '2026-11-21T08:30:00.000Z', trackingInfo: { trackingNumber: 'SC20571', shippingProvider: 'Sundarban Courier', trackingLink: 'https://example.com/track/SC20571' } }],
  },
  {
    id: 'demo-order-2',
    number: '10061',
    createdDate: '2026-12-02T15:10:00.000Z',
    status: 'APPROVED',
    paymentStatus: 'PAID',
    fulfillmentStatus: 'NOT_FULFILLED',
    priceSummary: { total: { amount: '2400', formattedAmount: '৳2,400.00' } },
    lineItems: [{ productName: { original: 'Nakshi kantha, river pattern' }, quantity: 1 }],
    buyerInfo: { email: DEMO_ORDER_EMAIL },
  },
  {
    id: 'demo-order-3',
    number: '10064',
    createdDate: '2026-12-05T11:45:00.000Z',
    status: 'APPROVED',
    paymentStatus: 'NOT_PAID',
    fulfillmentStatus: 'NOT_FULFILLED',
    priceSummary: { total: { amount: '650', formattedAmount: '৳650.00' } },
    lineItems: [{ productName: { original: 'Clay diya set' }, quantity: 3 }],
    buyerInfo: { email: 'tanvir@example.com' },
  },
];
