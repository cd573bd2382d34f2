/**
 * The shopper as the site's own records know them (the website builder's contacts,
 * members and orders), beside a conversation: GET /v1/inbox/conversations/:id/wix.
 */

export interface OrderSummary {
  number: string;
  createdAt: number | null;
  /** Formatted in the shop's currency. */
  total: string;
  /** The order's own status (approved, cancelled…): shown when the payment and fulfilment statuses are absent. */
  status: string;
  /** Whether it is paid: PAID, NOT_PAID, PARTIALLY_PAID, FULLY_REFUNDED… as the builder says it. */
  paymentStatus?: string;
  /** Whether it was sent: FULFILLED, NOT_FULFILLED, PARTIALLY_FULFILLED. */
  fulfillmentStatus?: string;
  items: Array<{ name: string; quantity: number }>;
}

/** A part of the record, each looked up on its own. */
export type ShopperRecordPart = 'contact' | 'membership' | 'orders';

/** Why a part is missing: the site lacks the app that holds it, Kotha was not given the permission to read it, or it did not answer in time. */
export type MissingPartReason = 'not-installed' | 'no-permission' | 'unavailable';

export interface MissingPart {
  part: ShopperRecordPart;
  reason: MissingPartReason;
  /** The builder's app that would hold it ("Wix Stores"), when it is not installed. */
  app?: string;
}

export interface ShopperRecord {
  /** False when the builder could not be asked at all: the rest is then empty, not "none". */
  available: boolean;
  contact: { id: string; name: string | null; email: string; member: boolean } | null;
  orders: OrderSummary[];
  /** The parts that could not be looked up and why; absent when every part answered. */
  missing?: MissingPart[];
}
