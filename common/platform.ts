/**
 * The platform port: everything the core needs from the website builder a site is made
 * with, and nothing it does not. The core only ever sees this; each builder's adapter lives
 * in its own folder (Wix's in plugin/) and the composition root hands it in. A capability a
 * builder lacks is simply an absent optional member. See docs/architecture.md.
 */
import type { Router } from 'express';
import type { WidgetSettings } from './contract';
import type { ShopperRecord } from './contract/shopper-record';
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
}

/** The site's paid plan as the builder bills it. */
export interface PlatformPlan {
  /** The paid package (our vendor product id), or null on the free plan. */
  packageName: string | null;
  /** When paid access ends (ms), or null when it renews or is free. */
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
 * the event (ms; 0 when unknown): events apply in that order whatever order they arrive in.
 */
export type LifecycleEvent =
  /** Installed (again): `originSiteId` when the site is a copy of one that has Kotha. */
  | { type: 'installed'; siteId: string; at: number; originSiteId: string | null; planPackage: string | null }
  | { type: 'removed'; siteId: string; at: number }
  /** A plan bought or changed (`renews`), or its renewal cancelled: paid access then lasts to the end of the paid period. */
  | { type: 'planChanged'; siteId: string; at: number; planPackage: string; renews: boolean };

export type LifecycleResult = 'installed' | 'reinstalled' | 'removed' | 'plan' | 'stale';

/** The core's side of the lifecycle: where an adapter delivers the events it receives. */
export interface LifecycleSink {
  apply(event: LifecycleEvent): Promise<LifecycleResult>;
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
  /** The shopper with this email in the site's records: contact, membership, recent orders. Fails soft. */
  shopperRecord?(siteId: string, email: string): Promise<ShopperRecord>;
  /** The site's contact for a shopper who left an email, matched or created; its id or null. */
  ensureContact?(siteId: string, email: string, name: string | null): Promise<string | null>;
  /** The member behind a token the site's page gave the widget, or null when it is no live member token of this site. */
  verifyMember?(siteId: string, token: string): Promise<VerifiedMember | null>;
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
