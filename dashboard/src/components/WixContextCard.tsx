import { useEffect, useState } from 'react';
import { Badge, Text } from 'wix-style-react';
import type { ApiClient, ShopperRecord } from '../api-client.ts';
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

function orderStatus(status: string): string {
  return textOf(ORDER_STATUSES, status.toUpperCase()) ?? status.toLowerCase();
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
  if (!context.contact && context.orders.length === 0) return null;
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
                #{order.number} · {order.createdAt ? date.format(order.createdAt) : ''} · {order.total} · {orderStatus(order.status)}
                {order.items.length ? ` · ${order.items.map((i) => `${i.quantity}× ${i.name}`).join(', ')}` : ''}
              </Text>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
