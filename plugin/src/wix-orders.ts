/**
 * What Kotha reads of a Wix eCommerce order, the same for the team's shopper record and the
 * shopper's "Where is my order?": a status only when Wix set one, when it was placed, its
 * total as the shop formats it, and its items in the site's language when translated.
 */

/** The fields read, as the SDK's order type has them (each may be missing). */
export interface WixOrderFields {
  _createdDate?: Date | string | null;
  priceSummary?: { total?: { formattedAmount?: string | null; amount?: string | null } | null } | null;
  lineItems?: Array<{ productName?: { translated?: string | null; original?: string | null } | null; quantity?: number | null }> | null;
}

/** A status Wix set: null for none and for its UNSPECIFIED. */
export const present = (value: unknown): string | null => (typeof value === 'string' && value && value !== 'UNSPECIFIED' ? value : null);

export function orderBasics(order: WixOrderFields) {
  return {
    createdAt: order._createdDate ? new Date(order._createdDate).getTime() : null,
    total: order.priceSummary?.total?.formattedAmount ?? String(order.priceSummary?.total?.amount ?? ''),
    items: (order.lineItems ?? []).map((item) => ({ name: item.productName?.translated ?? item.productName?.original ?? '', quantity: item.quantity ?? 1 })),
  };
}
