/**
 * The platform port: everything the core needs from the website builder a site is made
 * with, and nothing it does not. The core only ever sees this; each builder's adapter lives
 * in its own folder (Wix's in plugin/) and the composition root hands it in. A capability a
 * builder lacks is simply an absent optional member. See docs/architecture.md.
 */
import type { Router } from 'express';
import type { WidgetSettings } from './contract';
import type { OrderStatus } from './contract/help';
import type { MissingPartReason, ShopperRecord } from './contract/shopper-record';
import type { Schedule } from './schedule/model';

/** The verified tenant of a merchant request. */
export interface MerchantIdentity {
  siteId: string;
  /** The builder's user acting in the dashboard: Kotha's agent id. */
  uid: string;
}

/** Where a request may carry a merchant's credential. */
export interface CredentialSource {
  /** The `Authorization` header, or null. */
  authorization: string | null;
  /** A query parameter; always null on routes that take credentials in headers only (only streams allow it: EventSource cannot set headers). */
  query(name: string): string | null;
}

/** A merchant credential checked: the identity, or why not (the message is shown to the merchant). */
export type MerchantCheck =
  | { ok: true; merchant: MerchantIdentity }
  | { ok: false; refusal: 'unauthenticated' | 'forbidden' | 'unavailable'; message: string };

/** What the builder knows of a site at install: each field null when it has none. */
export interface SiteProfile {
  name: string | null;
  email: string | null;
  /** The site's language, e.g. "bn". */
  language: string | null;
  /** Opening hours (carrying the site's time zone), or null when the site has none Kotha can express. */
  hours: Schedule | null;
  /** The site's time zone (IANA, e.g. "Asia/Dhaka") from its properties, hours or not; null when the builder has none. */
  timeZone: string | null;
}

/** The site's paid plan as the builder bills it. */
export interface PlatformPlan {
  /** The paid package (our vendor product id), or null on the free plan. */
  packageName: string | null;
  /** When the paid period ends (ms), or null when the builder does not say (Wix names it for yearly and longer plans only). */
  expiresAt: number | null;
  autoRenewing: boolean;
}

/** The launcher's look, as the embedded widget shows it before the chat loads. */
export type WidgetLook = Pick<WidgetSettings, 'launcherSide' | 'launcherOffset' | 'accentColor' | 'launcherText' | 'locale'>;

/**
 * What putting the widget on a site came to: `embedded`, or `outdated` when the site runs an
 * older version of the app that the builder will not give the current embed (the site keeps
 * the embed it has until its owner updates the app; embedding again then succeeds).
 */
export type EmbedOutcome = 'embedded' | 'outdated';

/** A logged-in member of the site, as the builder vouches for them. */
export interface VerifiedMember {
  memberId: string;
  name: string | null;
  email: string | null;
}

/**
 * What happens to the app on a site, in the core's words. `at` is when the builder issued
 * the event (ms; 0 when unknown). Installs and removals apply in that order whatever order
 * they arrive in; plan events keep an order of their own, so a plan event never makes an
 * install look old (the builder does not promise to deliver them in order).
 */
export type LifecycleEvent =
  /** Installed (again): `originSiteId` when the site is a copy of one that has Kotha. */
  | { type: 'installed'; siteId: string; at: number; originSiteId: string | null; planPackage: string | null }
  | { type: 'removed'; siteId: string; at: number }
  /**
   * A plan bought, changed, reactivated, paid after a trial or transferred (`renews`), or its
   * renewal cancelled. Paid access lasts until the builder says the site is free: to
   * `expiresAt` when the builder names the end of the paid period, else until the plan
   * reconciliation finds the site free.
   */
  | { type: 'planChanged'; siteId: string; at: number; planPackage: string; renews: boolean; expiresAt?: number | null }
  /** A contact of the site was deleted there (a privacy erasure, not a merge): the shopper linked to it is erased. */
  | { type: 'contactDeleted'; siteId: string; at: number; contactId: string };

export type LifecycleResult = 'installed' | 'reinstalled' | 'removed' | 'plan' | 'erased' | 'stale';

/** One event as the builder delivered it. `id` is the same for every delivery of the same event, so a redelivery is recognised. */
export interface LifecycleDelivery {
  id: string;
  event: LifecycleEvent;
}

/** What the core answers a delivery, within the builder's deadline. */
export interface LifecycleReceipt {
  /** What applying it did, or 'queued' while it is still being applied (in the background, or by the queue's worker). */
  result: LifecycleResult | 'queued';
  /** True when the same event was received before (it is not applied twice). */
  duplicate: boolean;
}

/** The core's side of the lifecycle: where an adapter delivers the events it receives. */
export interface LifecycleSink {
  /**
   * Stores the event once and answers at once: the builder's deadline is short and applying
   * an install takes longer. Throws when the event cannot be stored, or when applying it
   * failed straight away (the builder should deliver it again; it stays queued either way).
   */
  receive(delivery: LifecycleDelivery): Promise<LifecycleReceipt>;
}

/** A moment the site's owners hear about on their phone (the builder's own app) and in its dashboard. */
export interface OwnerAlert {
  kind: 'new-conversation' | 'waiting';
  conversationId: string;
  shopperName: string | null;
  /** The shopper's last message, shortened. */
  preview: string;
  /** How long the shopper has waited ('waiting'), else null. */
  waitingMinutes: number | null;
}

/** The builder's channel to the site's owners. */
export interface OwnerAlertChannel {
  /** Alerts the builder accepts per site in a calendar month (UTC): the core stops before it. */
  monthlyQuota: number;
  /** Sends one alert; 'over-quota' when the builder refuses more this month. Throws when the builder cannot be reached. */
  send(siteId: string, alert: OwnerAlert): Promise<'sent' | 'over-quota'>;
}

/** A website builder, as the core calls it. Methods may throw when the builder cannot be reached. */
export interface Platform {
  /** The builder's name as merchants know it, for messages ("Upgrade on Wix"). */
  name: string;
  /** Who is calling a merchant route; never throws for a bad credential, only refuses it. */
  verifyMerchant(credentials: CredentialSource): Promise<MerchantCheck>;
  siteProfile(siteId: string): Promise<SiteProfile>;
  /** Puts the widget's loader on the site's pages (or switches it off), with the launcher's look. */
  embedWidget(siteId: string, enabled: boolean, look?: WidgetLook): Promise<EmbedOutcome>;
  plan(siteId: string): Promise<PlatformPlan>;
  /** The builder's page where the merchant upgrades this site: the only way to pay. */
  upgradeUrl(siteId: string): string;
  /** The site's public address, where the widget runs; null while the site is not published. */
  siteUrl?(siteId: string): Promise<string | null>;
  /** The builder's own HTTP endpoints (its webhooks), delivering lifecycle events to `lifecycle`. */
  routes?(lifecycle: LifecycleSink): Router;
  /**
   * The shopper with this email in the site's records: contact, membership, recent orders.
   * Fails soft and part by part: a part the site lacks (an app not installed, a permission not
   * granted) or that did not answer in time is named in `missing`, and the rest still shows.
   */
  shopperRecord?(siteId: string, email: string): Promise<ShopperRecord>;
  /** The site's contact for a shopper who left an email, matched or created; its id or null. */
  ensureContact?(siteId: string, email: string, name: string | null): Promise<string | null>;
  /** The member behind a token the site's page gave the widget, or null when it is no live member token of this site. */
  verifyMember?(siteId: string, token: string): Promise<VerifiedMember | null>;
  /** Alerts to the site's owners (new chats, shoppers waiting), where the builder has such a channel. */
  ownerAlerts?: OwnerAlertChannel;
  /**
   * The site's order with this number, only when it was placed with this email (compared
   * case-insensitively); null when there is no such order or the email differs (the caller
   * must not learn which). Throws `OrdersUnavailable` when the site has no orders app, Kotha
   * lacks the permission to read orders, or the builder did not answer in time.
   */
  lookupOrder?(siteId: string, orderNumber: string, email: string): Promise<OrderStatus | null>;
}

/** The site's orders cannot be read now (no orders app, no permission, or no answer in time). */
export class OrdersUnavailable extends Error {
  constructor(readonly reason: MissingPartReason) {
    super(`orders unavailable: ${reason}`);
    this.name = 'OrdersUnavailable';
  }
}

/** The header's credential when it has no scheme word at all (`Authorization: x`, as Wix's dashboard SDK sends its access tokens). */
export function bareCredential(source: CredentialSource): string | null {
  const value = source.authorization?.trim();
  return value && !/\s/.test(value) ? value : null;
}

/** The credential after a scheme word (`Bearer x`, `Instance x`) in the header, or from `?queryName=` when there is no header. */
export function credentialFrom(source: CredentialSource, scheme: string, queryName?: string): string | null {
  if (source.authorization) {
    const [given, value] = source.authorization.split(' ', 2);
    return given?.toLowerCase() === scheme.toLowerCase() && value ? value.trim() : null;
  }
  return queryName ? source.query(queryName) || null : null;
}
