/**
 * "Where is my order?" on Wix: the site's eCommerce order with this number (Search Orders,
 * filtered on `number`), only when its `buyerInfo.email` is the shopper's (compared
 * case-insensitively, here, so a wrong email and an unknown number look alike), with its
 * payment and fulfilment status and the tracking of its fulfillments (List Fulfillments
 * For Single Order: `trackingInfo.trackingNumber`, `shippingProvider`, `trackingLink`).
 * A site without Wix Stores/eCommerce, a permission it did not grant, or an answer later
 * than the deadline throws OrdersUnavailable with the reason; the email is never logged.
 */
import { OrdersUnavailable } from '@kotha/common/platform';
import type { OrderStatus } from '@kotha/common/contract/help';
import { wixFailureOf, type WixAppAccess } from './wix-http';

const TIMEOUT_MS = 5_000;

const present = (value: unknown) => (typeof value === 'string' && value && value !== 'UNSPECIFIED' ? value : null);

async function ecomModules() {
  const { orders, orderFulfillments } = await import('@wix/ecom');
  return { orders, orderFulfillments };
}

export class WixOrderStatus {
  constructor(private readonly access: WixAppAccess, private readonly timeoutMs = TIMEOUT_MS) {}

  async lookup(instanceId: string, orderNumber: string, email: string): Promise<OrderStatus | null> {
    const wix = await this.access.client(instanceId, 'orders', await ecomModules());
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new OrdersUnavailable('unavailable')), this.timeoutMs);
    });
    const work = async (): Promise<OrderStatus | null> => {
      const { orders } = await wix.orders.searchOrders({ filter: { number: { $eq: orderNumber } }, cursorPaging: { limit: 1 } });
      const order = orders?.[0];
      if (!order?._id || order.buyerInfo?.email?.toLowerCase() !== email.toLowerCase()) return null;
      const { orderWithFulfillments } = await wix.orderFulfillments.listFulfillmentsForSingleOrder(order._id);
      const tracking = (orderWithFulfillments?.fulfillments ?? [])
        .filter((f) => f.trackingInfo?.trackingNumber)
        .sort((a, b) => new Date(b._createdDate ?? 0).getTime() - new Date(a._createdDate ?? 0).getTime())
        .map((f) => ({ number: f.trackingInfo!.trackingNumber!, url: f.trackingInfo?.trackingLink ?? null, carrier: f.trackingInfo?.shippingProvider ?? null }));
      return {
        number: String(order.number ?? orderNumber),
        createdAt: order._createdDate ? new Date(order._createdDate).getTime() : null,
        paymentStatus: present(order.paymentStatus),
        fulfillmentStatus: present(order.fulfillmentStatus),
        tracking,
        total: order.priceSummary?.total?.formattedAmount ?? String(order.priceSummary?.total?.amount ?? ''),
        items: (order.lineItems ?? []).map((item) => ({ name: item.productName?.translated ?? item.productName?.original ?? '', quantity: item.quantity ?? 1 })),
      };
    };
    try {
      return await Promise.race([work(), late]);
    } catch (error) {
      throw error instanceof OrdersUnavailable ? error : new OrdersUnavailable(wixFailureOf(error));
    } finally {
      clearTimeout(timer);
    }
  }
}
