/**
 * What Wix knows about a shopper, for the agent's context panel: their Wix contact and
 * member status, and their recent eCommerce orders; and, when a shopper leaves an email,
 * the matching Wix contact (created if new), so the merchant sees one person across Wix.
 * Read with the app's own access to the site, cached briefly, and failing soft: when Wix
 * is slow or down the answer says so and the inbox carries on without it.
 */
import type { ShopperRecord } from '@kotha/common/contract/shopper-record';
import { wixClientFor, type WixAppCredentials } from './wix-http';

const CACHE_MS = 60_000;
const TIMEOUT_MS = 3_000;
const RECENT_ORDERS = 5;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`Wix did not answer in ${ms} ms`)), ms).unref?.())]);
}

type WixClient = Awaited<ReturnType<WixShopperRecords['client']>>;

export class WixShopperRecords {
  private readonly cache = new Map<string, { at: number; value: ShopperRecord }>();

  constructor(
    private readonly app: WixAppCredentials,
    private readonly fetchImpl: typeof fetch,
    private readonly clock: () => number,
  ) {}

  /** Loaded on first use: the modules are large and most requests never need them. */
  private async client(instanceId: string) {
    const [{ contacts }, { orders }, { members }] = await Promise.all([import('@wix/crm'), import('@wix/ecom'), import('@wix/members')]);
    return wixClientFor(this.app, instanceId, this.fetchImpl, { contacts, orders, members });
  }

  /** The shopper with this email in the site's Wix contacts, members and orders; `available: false` when Wix did not answer in time. */
  async forEmail(instanceId: string, email: string): Promise<ShopperRecord> {
    const key = `${instanceId}/${email.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached && this.clock() - cached.at < CACHE_MS) return cached.value;
    let value: ShopperRecord;
    try {
      // The time limit is for Wix's answer: loading our own SDK modules (slow only the
      // first time, on a busy machine) is not counted against it.
      const wix = await this.client(instanceId);
      value = await withTimeout(this.load(wix, email), TIMEOUT_MS);
    } catch {
      return { available: false, contact: null, orders: [] }; // not cached: ask again next time
    }
    this.cache.set(key, { at: this.clock(), value });
    return value;
  }

  private async load(wix: WixClient, email: string): Promise<ShopperRecord> {
    const [found, member, recent] = await Promise.all([
      wix.contacts.queryContacts().eq('primaryInfo.email', email).limit(1).find(),
      // A site member is whoever logs in to the site with this email (the Members API says so).
      wix.members.queryMembers().eq('loginEmail', email).limit(1).find(),
      wix.orders.searchOrders({ filter: { 'buyerInfo.email': { $eq: email } }, sort: [{ fieldName: '_createdDate', order: 'DESC' }], cursorPaging: { limit: RECENT_ORDERS } }),
    ]);
    const c = found.items[0];
    const name = [c?.info?.name?.first, c?.info?.name?.last].filter(Boolean).join(' ') || null;
    return {
      available: true,
      contact: c?._id ? { id: c._id, name, email, member: member.items.length > 0 } : null,
      orders: (recent.orders ?? []).map((o) => ({
        number: String(o.number ?? ''),
        createdAt: o._createdDate ? new Date(o._createdDate).getTime() : null,
        total: o.priceSummary?.total?.formattedAmount ?? String(o.priceSummary?.total?.amount ?? ''),
        status: String(o.status ?? ''),
        items: (o.lineItems ?? []).map((item) => ({ name: item.productName?.translated ?? item.productName?.original ?? '', quantity: item.quantity ?? 1 })),
      })),
    };
  }

  /** The Wix contact for a shopper who left their email: matched if it exists, created if not. */
  async ensureContact(instanceId: string, email: string, name: string | null): Promise<string | null> {
    const wix = await this.client(instanceId);
    const found = await wix.contacts.queryContacts().eq('primaryInfo.email', email).limit(1).find();
    if (found.items[0]?._id) return found.items[0]._id;
    const [first, ...rest] = (name ?? '').trim().split(/\s+/).filter(Boolean);
    const created = await wix.contacts.createContact({ ...(first ? { name: { first, ...(rest.length ? { last: rest.join(' ') } : {}) } } : {}), emails: { items: [{ email, tag: 'MAIN' }] } });
    return created.contact?._id ?? null;
  }
}
