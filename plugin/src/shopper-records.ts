/**
 * What Wix knows about a shopper, for the agent's context panel: their Wix contact, their
 * membership and their recent eCommerce orders; and, when a shopper leaves an email, the
 * matching Wix contact (created if new), so the merchant sees one person across Wix.
 *
 * Read with the app's own access to the site (one shared token), cached briefly. Each part
 * is asked on its own and settles on its own: a site without Wix Stores or the Members
 * Area, a permission the site did not grant, or a part Wix was slow to answer costs only
 * that part, and the answer says which part and why. Which of Wix's apps a site has comes
 * from Get App Instance (`site.installedWixApps`).
 */
import type { MissingPart, OrderSummary, ShopperRecord, ShopperRecordPart } from '@kotha/common/contract/shopper-record';
import { wixFailureOf, type WixAppAccess, type WixFailure } from './wix-http';
import { orderBasics, present } from './wix-orders';

const CACHE_MS = 60_000;
const TIMEOUT_MS = 3_000;
const RECENT_ORDERS = 5;

/** Apps made by Wix that hold a part of the record, by the names and app ids Get App Instance may list them under. */
export const REQUIRED_WIX_APPS = {
  orders: { app: 'Wix Stores', names: ['stores', 'store', 'ecom', 'ecommerce'], appIds: ['1380b703-ce81-ff05-f115-39571d94dfcd'] },
  membership: { app: 'Wix Members Area', names: ['members', 'membersarea', 'sitemembers'], appIds: ['14cc59bc-f0b7-15b8-e1c7-89ce41d0e0c9'] },
} as const;

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '').replace(/^wix/, '');

/**
 * Whether the site has the Wix app a part needs: true or false when the site's list says,
 * null when the list is empty (Wix said nothing, so the call itself will tell).
 */
export function hasWixApp(installed: readonly string[], part: keyof typeof REQUIRED_WIX_APPS): boolean | null {
  if (installed.length === 0) return null;
  const wanted = REQUIRED_WIX_APPS[part];
  return installed.some((name) => (wanted.appIds as readonly string[]).includes(name.toLowerCase()) || (wanted.names as readonly string[]).includes(normalise(name)));
}

class TimedOut extends Error {}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<T>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(`Wix did not answer in ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** One part's lookup, or why it is missing. */
type Settled<T> = { ok: true; value: T } | { ok: false; reason: WixFailure };

async function settle<T>(work: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await withTimeout(work(), TIMEOUT_MS) };
  } catch (error) {
    return { ok: false, reason: error instanceof TimedOut ? 'unavailable' : wixFailureOf(error) };
  }
}


async function crmModules() {
  const [{ contacts }, { orders }, { members }] = await Promise.all([import('@wix/crm'), import('@wix/ecom'), import('@wix/members')]);
  return { contacts, orders, members };
}

export class WixShopperRecords {
  private readonly cache = new Map<string, { at: number; value: ShopperRecord }>();

  constructor(
    private readonly access: WixAppAccess,
    private readonly installedWixApps: (instanceId: string) => Promise<string[]>,
    private readonly clock: () => number,
  ) {}

  /** Loaded on first use: the modules are large and most requests never need them. */
  private async client(instanceId: string) {
    return this.access.client(instanceId, 'records', await crmModules());
  }

  /** The shopper with this email in the site's Wix contacts, members and orders, part by part. */
  async forEmail(instanceId: string, email: string): Promise<ShopperRecord> {
    const key = `${instanceId}/${email.toLowerCase()}`;
    const cached = this.cache.get(key);
    if (cached && this.clock() - cached.at < CACHE_MS) return cached.value;
    // Loading our own SDK modules (slow only the first time) is not counted against Wix's time.
    const wix = await this.client(instanceId);
    const apps = await settle(() => this.installedWixApps(instanceId));
    const installed = apps.ok ? apps.value : [];

    const needs = (part: keyof typeof REQUIRED_WIX_APPS) => hasWixApp(installed, part) !== false;
    const [contact, membership, orders] = await Promise.all([
      settle(() => wix.contacts.queryContacts().eq('primaryInfo.email', email).limit(1).find()),
      // A site member is whoever logs in to the site with this email (the Members API says so).
      needs('membership') ? settle(() => wix.members.queryMembers().eq('loginEmail', email).limit(1).find()) : Promise.resolve<Settled<never>>({ ok: false, reason: 'not-installed' }),
      needs('orders')
        ? settle(() => wix.orders.searchOrders({ filter: { 'buyerInfo.email': { $eq: email } }, sort: [{ fieldName: '_createdDate', order: 'DESC' }], cursorPaging: { limit: RECENT_ORDERS } }))
        : Promise.resolve<Settled<never>>({ ok: false, reason: 'not-installed' }),
    ]);

    const missing: MissingPart[] = [];
    const miss = (part: ShopperRecordPart, reason: WixFailure) => {
      const app = part === 'contact' ? undefined : REQUIRED_WIX_APPS[part].app;
      missing.push({ part, reason, ...(reason === 'not-installed' && app ? { app } : {}) });
    };
    if (!contact.ok) miss('contact', contact.reason);
    if (!membership.ok) miss('membership', membership.reason);
    if (!orders.ok) miss('orders', orders.reason);

    // Nothing answered because Wix could not be reached at all: say so, as one.
    if (missing.length === 3 && missing.every((m) => m.reason === 'unavailable')) return { available: false, contact: null, orders: [] };

    const c = contact.ok ? contact.value.items[0] : undefined;
    const name = [c?.info?.name?.first, c?.info?.name?.last].filter(Boolean).join(' ') || null;
    const value: ShopperRecord = {
      available: true,
      contact: c?._id ? { id: c._id, name, email, member: membership.ok && membership.value.items.length > 0 } : null,
      orders: orders.ok ? (orders.value.orders ?? []).map((o): OrderSummary => {
        const paymentStatus = present(o.paymentStatus);
        const fulfillmentStatus = present(o.fulfillmentStatus);
        const { createdAt, total, items } = orderBasics(o);
        return {
          number: String(o.number ?? ''),
          createdAt,
          total,
          status: String(o.status ?? ''),
          ...(paymentStatus ? { paymentStatus } : {}),
          ...(fulfillmentStatus ? { fulfillmentStatus } : {}),
          items,
        };
      }) : [],
      ...(missing.length ? { missing } : {}),
    };
    // A part Wix was slow to give is asked for again next time; the rest is remembered.
    if (!missing.some((m) => m.reason === 'unavailable')) {
      if (this.cache.size >= 10_000) this.cache.delete(this.cache.keys().next().value!);
      this.cache.set(key, { at: this.clock(), value });
    }
    return value;
  }

  /**
   * The Wix contact for a shopper who left their email: matched if it exists, created if
   * not. Two first messages at once may both find none and both create: Wix refuses the
   * second (DUPLICATE_CONTACT_EXISTS, with the id of the one that won), which is then the
   * answer.
   */
  async ensureContact(instanceId: string, email: string, name: string | null): Promise<string | null> {
    const wix = await this.client(instanceId);
    const found = await wix.contacts.queryContacts().eq('primaryInfo.email', email).limit(1).find();
    if (found.items[0]?._id) return found.items[0]._id;
    const [first, ...rest] = (name ?? '').trim().split(/\s+/).filter(Boolean);
    try {
      const created = await wix.contacts.createContact({ ...(first ? { name: { first, ...(rest.length ? { last: rest.join(' ') } : {}) } } : {}), emails: { items: [{ email, tag: 'MAIN' }] } });
      return created.contact?._id ?? null;
    } catch (error) {
      const applicationError = (error as { details?: { applicationError?: { code?: string; data?: { duplicateContactId?: string } } } }).details?.applicationError;
      if (applicationError?.code !== 'DUPLICATE_CONTACT_EXISTS') throw error;
      if (applicationError.data?.duplicateContactId) return applicationError.data.duplicateContactId;
      const again = await wix.contacts.queryContacts().eq('primaryInfo.email', email).limit(1).find();
      return again.items[0]?._id ?? null;
    }
  }
}
