import { useEffect, useState } from 'react';
import { Badge, Text } from 'wix-style-react';
import type { ApiClient, ShopperRecord } from '../api-client.ts';
import type { MissingPart, OrderSummary } from '@kotha/common/contract/shopper-record.ts';
import { t, textOf } from '../i18n/i18n.ts';
import type { TextKey } from '../i18n/en.ts';

/** Wix eCommerce order statuses in words; an unknown one as Wix sent it. */
const ORDER_STATUSES: Readonly<Record<string, TextKey>> = {
  APPROVED: 'wix.orderApproved',
  PENDING: 'wix.orderPending',
  CANCELED: 'wix.orderCanceled',
  REJECTED: 'wix.orderRejected',
  INITIALIZED: 'wix.orderInitialized',
};

/** Payment and fulfilment as Wix eCommerce names them; an unknown one as Wix sent it. */
const PAYMENT_STATUSES: Readonly<Record<string, TextKey>> = {
  PAID: 'wix.paymentPaid',
  NOT_PAID: 'wix.paymentNotPaid',
  PARTIALLY_PAID: 'wix.paymentPartiallyPaid',
  FULLY_REFUNDED: 'wix.paymentRefunded',
  PARTIALLY_REFUNDED: 'wix.paymentRefunded',
  PENDING: 'wix.orderPending',
  CANCELED: 'wix.orderCanceled',
};
const FULFILMENT_STATUSES: Readonly<Record<string, TextKey>> = {
  FULFILLED: 'wix.fulfilled',
  NOT_FULFILLED: 'wix.notFulfilled',
  PARTIALLY_FULFILLED: 'wix.partiallyFulfilled',
};

const asWords = (status: string) => status.toLowerCase().replace(/_/g, ' ');

function orderStatus(status: string): string {
  return textOf(ORDER_STATUSES, status.toUpperCase()) ?? asWords(status);
}

/** Paid? Sent? When Wix says; the order's own status otherwise. */
function orderState(order: OrderSummary): string {
  const parts = [
    order.paymentStatus ? (textOf(PAYMENT_STATUSES, order.paymentStatus) ?? asWords(order.paymentStatus)) : null,
    order.fulfillmentStatus ? (textOf(FULFILMENT_STATUSES, order.fulfillmentStatus) ?? asWords(order.fulfillmentStatus)) : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : orderStatus(order.status);
}

const PARTS: Readonly<Record<MissingPart['part'], TextKey>> = { contact: 'wix.partContact', membership: 'wix.partMembership', orders: 'wix.partOrders' };

/** Which part of the card is missing and why, in one line. */
function missingLine(missing: MissingPart): string {
  const part = t(PARTS[missing.part]);
  if (missing.reason === 'not-installed') return t('wix.missingNotInstalled', { part, app: missing.app ?? 'Wix' });
  if (missing.reason === 'no-permission') return t('wix.missingNoPermission', { part });
  return t('wix.missingUnavailable', { part });
}

/** The shopper in Wix, under the conversation header: contact, member status, recent orders. */
export function WixContextCard({ api, conversationId, locale }: { api: ApiClient; conversationId: string; locale: string | undefined }) {
  const [context, setContext] = useState<ShopperRecord | null>(null);
  useEffect(() => {
    let current = true;
    setContext(null);
    api.wixContext(conversationId).then(
      (value) => current && setContext(value),
      () => current && setContext({ available: false, contact: null, orders: [] }),
    );
    return () => {
      current = false;
    };
  }, [api, conversationId]);

  if (!context) return null;
  if (!context.available) {
    return (
      <div className="kotha-wix-context" data-hook="wix-context">
        <Text size="tiny" secondary>{t('wix.unavailable')}</Text>
      </div>
    );
  }
  const missing = context.missing ?? [];
  if (!context.contact && context.orders.length === 0 && missing.length === 0) return null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  return (
    <div className="kotha-wix-context" data-hook="wix-context" aria-label={t('wix.region')}>
      {context.contact ? (
        <Text size="small">
          {t('wix.contact', { name: context.contact.name ?? context.contact.email })}{' '}
          {context.contact.member ? <Badge size="tiny" skin="standard" uppercase={false}>{t('wix.member')}</Badge> : null}
        </Text>
      ) : null}
      {context.orders.length ? (
        <ul className="kotha-orders" aria-label={t('wix.orders')}>
          {context.orders.map((order) => (
            <li key={order.number}>
              <Text size="tiny">
                #{order.number} · {order.createdAt ? date.format(order.createdAt) : ''} · {order.total} · {orderState(order)}
                {order.items.length ? ` · ${order.items.map((i) => `${i.quantity}× ${i.name}`).join(', ')}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}
      {missing.map((m) => (
        <Text key={m.part} size="tiny" secondary tagName="p" dataHook="wix-context-missing">{missingLine(m)}</Text>
      ))}
    </div>
  );
}
