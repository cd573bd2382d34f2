/**
 * The shopper as the site's own records know them (the website builder's contacts,
 * members and orders), beside a conversation: GET /v1/inbox/conversations/:id/wix.
 */

export interface OrderSummary {
  number: string;
  createdAt: number | null;
  /** Formatted in the shop's currency. */
  total: string;
  status: string;
  items: Array<{ name: string; quantity: number }>;
}

export interface ShopperRecord {
  /** False when the builder could not be asked in time: the rest is then empty, not "none". */
  available: boolean;
  contact: { id: string; name: string | null; email: string; member: boolean } | null;
  orders: OrderSummary[];
}
