/**
 * "Where is my order?" on Wix: the site's eCommerce order with this number (Search Orders,
 * filtered on `number`), only when its `buyerInfo.email` is the shopper's (compared
 * case-insensitively, here, so a wrong email and an unknown number look alike), with its
 * payment and fulfilment status and the tracking of its fulfillments (List Fulfillments
 * For Single Order: `trackingInfo.trackingNumber`, `shippingProvider`, `trackingLink`).
 * A site without Wix Stores/eCommerce or a permission it did not grant throws
 * OrdersUnavailable with the reason (the core's deadline, help/order-lookup.ts, covers a
 * slow Wix on every platform); the email is never logged.
 */
import { OrdersUnavailable } from '@kotha/common/platform';
import type { OrderStatus } from '@kotha/common/contract/help';
import { wixFailureOf, type WixAppAccess } from './wix-http';
import { orderBasics, present } from './wix-orders';

async function ecomModules() {
  const { orders, orderFulfillments } = await import('@wix/ecom');
  return { orders, orderFulfillments };
}

export class WixOrderStatus {
  constructor(private readonly access: WixAppAccess) {}

  async lookup(instanceId: string, orderNumber: string, email: string): Promise<OrderStatus | null> {
    try {
      const wix = await this.access.client(instanceId, 'orders', await ecomModules());
      const { orders } = await wix.orders.searchOrders({ filter: { number: { $eq: orderNumber } }, cursorPaging: { limit: 1 } });
      const order = orders?.[0];
      if (!order?._id || order.buyerInfo?.email?.toLowerCase() !== email.toLowerCase()) return null;
      const { orderWithFulfillments } = await wix.orderFulfillments.listFulfillmentsForSingleOrder(order._id);
      const tracking = (orderWithFulfillments?.fulfillments ?? [])
        .filter((f) => f.trackingInfo?.trackingNumber)
        .sort((a, b) => new Date(b._createdDate ?? 0).getTime() - new Date(a._createdDate ?? 0).getTime())
        .map((f) => ({ number: f.trackingInfo!.trackingNumber!, url: f.trackingInfo?.trackingLink ?? null, carrier: f.trackingInfo?.shippingProvider ?? null }));
      const { createdAt, total, items } = orderBasics(order);
      return { number: String(order.number ?? orderNumber), createdAt, paymentStatus: present(order.paymentStatus), fulfillmentStatus: present(order.fulfillmentStatus), tracking, total, items };
    } catch (error) {
      throw new OrdersUnavailable(wixFailureOf(error));
    }
  }
}
