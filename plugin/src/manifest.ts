/**
 * Kotha's Wix app as data: the extensions, webhooks and permissions to register in the Wix
 * Dev Center (see the README's "Publish on Wix"). The embedded script's template is the
 * single source of its parameters: `embedParameters` fills exactly the `{{names}}` it
 * holds, because Wix refuses a parameter map that differs from the template's.
 */
import { encodeEmbedConfig, type EmbedConfig } from '@kotha/common/embed-config';
import { themeFor } from '@kotha/common/theme';

/** Where the deployed assets and API live (Firebase Hosting and the `api` function). */
export const HOSTED = {
  loader: 'https://kotha-chat.web.app/widget/loader.js',
  api: 'https://api-kotha-chat.a.run.app',
  dashboard: 'https://kotha-chat.web.app/dashboard/',
} as const;

/** The embedded script's code for a loader and an API at `at` (the local stack serves its own). */
export function embedTemplate(at: { loader: string; api: string }): string {
  return `<script async src="${at.loader}" data-api="${at.api}" data-config="{{config}}"></script>`;
}

/**
 * The Embedded Script extension. FUNCTIONAL: it remembers the shopper's conversation
 * (consent category "functional"; page views are sent only with "analytics" consent, which
 * the widget checks itself); BODY_END so it never delays the page's own content.
 *
 * Its one dynamic parameter, `config`, is frozen: every setting travels inside it
 * (common/embed-config.ts), because Wix takes only alphanumeric values and a new or renamed
 * parameter is a major app version that a site gets only when its owner clicks Update.
 * `version` counts the embeds Kotha has written; bump it when what goes inside `config`
 * changes, then `npm run reembed` writes the new one on every installed site.
 */
export const EMBEDDED_SCRIPT = {
  name: 'kotha-chat-widget',
  scriptType: 'FUNCTIONAL',
  placement: 'BODY_END',
  version: 5,
  template: embedTemplate(HOSTED),
} as const;

/**
 * The template of app versions before the frozen parameter (embed versions 1 to 4). Sites
 * whose owner has not clicked Update still declare these parameters: Wix refuses the new
 * embed there (HTTP 400), they keep the embed they have, and the loader still reads its
 * attributes. Kept to describe those sites (the Wix stand-in, the demo storefront).
 */
export const LEGACY_EMBEDDED_SCRIPT = {
  versions: [1, 4],
  template: legacyEmbedTemplate(HOSTED),
} as const;

/** The legacy template for a loader and an API at `at`. */
export function legacyEmbedTemplate(at: { loader: string; api: string }): string {
  return `<script async src="${at.loader}" data-site="{{siteId}}" data-api="${at.api}" data-enabled="{{enabled}}" data-side="{{side}}" data-offset="{{offset}}" data-accent="{{accent}}" data-on-accent="{{onAccent}}" data-label="{{label}}" data-locale="{{locale}}" data-kotha-embed="{{embedVersion}}"></script>`;
}

/** The merchant's launcher settings as they go into the embed. */
export interface EmbedLook {
  launcherSide: 'auto' | 'left' | 'right';
  launcherOffset: number;
  accentColor: string;
  launcherText?: string;
  locale?: string;
}

const DEFAULT_LOOK: EmbedLook = { launcherSide: 'auto', launcherOffset: 0, accentColor: '#116dff' };

/** The `{{names}}` in an embedded script's template, in order. */
export function templateParameters(template: string = EMBEDDED_SCRIPT.template): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
}

/**
 * The widget's settings for a site, by the names the loader reads (its legacy `data-*`
 * attributes): empty ones are left out, the loader's defaults apply.
 */
export function embedConfig(siteId: string, enabled: boolean, look: EmbedLook = DEFAULT_LOOK): EmbedConfig {
  const theme = themeFor(look.accentColor);
  const config: EmbedConfig = {
    site: siteId,
    enabled: String(enabled),
    side: look.launcherSide === 'auto' ? '' : look.launcherSide,
    offset: look.launcherOffset ? String(look.launcherOffset) : '',
    // The text colour that reads on the accent, worked out here so the loader stays tiny.
    accent: theme.accent,
    onAccent: theme.onAccent,
    label: look.launcherText ?? '',
    // Empty: the widget follows the site's <html lang>, then the shopper's browser.
    locale: look.locale ?? '',
    v: String(EMBEDDED_SCRIPT.version),
  };
  return Object.fromEntries(Object.entries(config).filter(([, value]) => value !== ''));
}

/** The parameters to embed for a site: exactly the template's one, `config`, letters and digits only. */
export function embedParameters(siteId: string, enabled: boolean, look: EmbedLook = DEFAULT_LOOK): Record<string, string> {
  return { config: encodeEmbedConfig(embedConfig(siteId, enabled, look)) };
}

/** The parameters of the legacy template (embed versions 1 to 4), for describing sites still on it. */
export function legacyEmbedParameters(siteId: string, enabled: boolean, look: EmbedLook = DEFAULT_LOOK): Record<string, string> {
  const theme = themeFor(look.accentColor);
  const values: Record<string, string> = {
    siteId,
    enabled: String(enabled),
    side: look.launcherSide === 'auto' ? '' : look.launcherSide,
    offset: String(look.launcherOffset),
    accent: theme.accent,
    onAccent: theme.onAccent,
    label: look.launcherText ?? '',
    locale: look.locale ?? '',
    embedVersion: String(LEGACY_EMBEDDED_SCRIPT.versions[1]),
  };
  return Object.fromEntries(templateParameters(LEGACY_EMBEDDED_SCRIPT.template).map((name) => [name, values[name] ?? '']));
}

export const DASHBOARD_PAGE = {
  name: 'Kotha inbox',
  /** Wix adds `?instance=…&locale=…` when it opens the page in its iframe. */
  iframeUrl: HOSTED.dashboard,
  /** The page's relative route, which the Dev Center requires for a dashboard page (its path under the app in the site's dashboard). */
  relativeRoute: 'inbox',
} as const;

/** Webhooks, all delivered to the `api` function at /v1/wix/webhooks. */
export const WEBHOOKS = [
  { event: 'AppInstalled', name: 'App Instance Installed', why: 'provision the site, take its hours and language, embed the widget, show a sample chat' },
  { event: 'AppRemoved', name: 'App Instance Removed', why: 'turn the widget off at once; delete the site’s data after 30 days unless reinstalled' },
  { event: 'PaidPlanPurchased', name: 'Paid Plan Purchased', why: 'unlock premium' },
  { event: 'PaidPlanChanged', name: 'Paid Plan Changed', why: 'follow upgrades and downgrades' },
  { event: 'PaidPlanAutoRenewalCancelled', name: 'Paid Plan Auto Renewal Cancelled', why: 'keep premium until the paid period ends (the daily reconciliation asks Wix when it has)' },
  { event: 'PlanReactivated', name: 'Plan Reactivated', why: 'auto-renewal back on: premium renews again' },
  { event: 'PlanConvertedToPaid', name: 'Plan Converted to Paid', why: 'a free trial paid: premium continues' },
  { event: 'PlanTransferred', name: 'Plan Transferred', why: 'the plan moved to another Wix account with the site: premium continues' },
  { event: 'wix.contacts.v4.contact_deleted', name: 'Contact Deleted', why: 'a contact erased on the site (privacy request): erase that shopper’s chats here too' },
] as const;

/**
 * Permissions by their Dev Center names, each with its scope id where Wix's SDK reference
 * gives one. "Manage Your App" (Get App Instance, the app-instance webhooks) is added to
 * every app by Wix and is not listed. The local stand-in grants exactly these, so a call
 * that needs anything else fails in the tests as it would on a site.
 */
export const PERMISSIONS = [
  { name: 'Manage Embedded Scripts', scope: null, why: 'add the chat widget to the site, and turn it off on uninstall' },
  { name: 'Read site, business, and email details', scope: 'SCOPE.DEV_CENTER.APP-INSTANCE-READ-BASIC-INFO', why: 'start with the business name, email, language, time zone and opening hours the site already has' },
  { name: 'Manage Contacts', scope: 'SCOPE.DC-CONTACTS.MANAGE-CONTACTS', why: 'match shoppers who leave an email to the site’s contacts, and hear when a contact is deleted' },
  { name: 'Read Members', scope: 'SCOPE.DC-MEMBERS.READ-MEMBERS', why: 'tell agents whether a shopper is a site member, and vouch for logged-in members in the chat' },
  { name: 'Read Orders', scope: 'SCOPE.DC-STORES.READ-ORDERS', why: 'show agents a shopper’s recent orders with their payment and fulfilment' },
  { name: 'Manage Notifications', scope: null, why: 'tell the site’s owners on their phone when a chat starts or a shopper waits' },
] as const;

/** The names of the permissions Kotha asks for. */
export const PERMISSION_NAMES: readonly string[] = PERMISSIONS.map((p) => p.name);

/**
 * The notification topic and templates to create in the Dev Center (Extensions →
 * Notifications). Their ids go to WIX_NOTIFY_NEW_CHAT_TEMPLATE and
 * WIX_NOTIFY_WAITING_TEMPLATE; Kotha fills the `{{placeholders}}` when it notifies.
 */
export const NOTIFICATIONS = {
  topic: { section: 'Kotha', name: 'Chats', description: 'New chats, and shoppers waiting for an answer' },
  templates: {
    newConversation: { title: 'New chat from {{shopperName}}', body: '{{message}}', action: 'Open the inbox (the dashboard page)', recipients: 'Site owner and contributors' },
    waiting: { title: '{{shopperName}} has waited {{minutes}} minutes', body: '{{message}}', action: 'Open the inbox (the dashboard page)', recipients: 'Site owner and contributors' },
  },
  /** What Wix allows an app per site and month (Notifications API: Notify). */
  monthlyQuota: 100_000,
} as const;

/** The plans on Wix's pricing page; the premium plan's package id is what webhooks and Get App Instance name. */
export const PRICING_PLANS = [
  { name: 'Free', packageId: null, cycles: [], gives: 'the whole chat, one agent, 60 days of inbox history, a small “Powered by Kotha” line' },
  { name: 'Premium', packageId: 'kotha-premium', cycles: ['MONTHLY', 'YEARLY'], gives: 'teammates, all history, no branding, exports' },
] as const;
