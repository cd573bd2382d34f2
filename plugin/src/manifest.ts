/**
 * Kotha's Wix app as data: the extensions, webhooks and permissions to register in the Wix
 * Dev Center (see the README's "Publish on Wix"). The embedded script's template is the
 * single source of its parameters: `embedParameters` fills exactly the `{{names}}` it
 * holds, because Wix refuses a parameter map that differs from the template's.
 */
import { themeFor } from '@kotha/common/theme';

/** Where the deployed assets and API live (Firebase Hosting and the `api` function). */
export const HOSTED = {
  loader: 'https://kotha-chat.web.app/widget/loader.js',
  api: 'https://api-kotha-chat.a.run.app',
  dashboard: 'https://kotha-chat.web.app/dashboard/',
} as const;

/**
 * The Embedded Script extension. FUNCTIONAL: it remembers the shopper's conversation
 * (consent category "functional"); BODY_END so it never delays the page's own content.
 * Bump `version` whenever the template changes: `npm run reembed` then re-embeds it on
 * every installed site.
 */
export const EMBEDDED_SCRIPT = {
  name: 'kotha-chat-widget',
  scriptType: 'FUNCTIONAL',
  placement: 'BODY_END',
  version: 4,
  // The look is in the embed, so the launcher appears in its place and colour at once.
  template: `<script async src="${HOSTED.loader}" data-site="{{siteId}}" data-api="${HOSTED.api}" data-enabled="{{enabled}}" data-side="{{side}}" data-offset="{{offset}}" data-accent="{{accent}}" data-on-accent="{{onAccent}}" data-label="{{label}}" data-locale="{{locale}}" data-kotha-embed="{{embedVersion}}"></script>`,
} as const;

/** The merchant's launcher settings as they go into the embed. */
export interface EmbedLook {
  launcherSide: 'auto' | 'left' | 'right';
  launcherOffset: number;
  accentColor: string;
  launcherText?: string;
  locale?: string;
}

/** The `{{names}}` in the embedded script's template, in order. */
export function templateParameters(template: string = EMBEDDED_SCRIPT.template): string[] {
  return [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!);
}

/** The parameters to embed for a site: exactly the template's names, all strings. */
export function embedParameters(siteId: string, enabled: boolean, look: EmbedLook = { launcherSide: 'auto', launcherOffset: 0, accentColor: '#116dff' }): Record<string, string> {
  const values: Record<string, string> = {
    siteId,
    enabled: String(enabled),
    side: look.launcherSide === 'auto' ? '' : look.launcherSide,
    offset: String(look.launcherOffset),
    // The text colour that reads on the accent, worked out here so the loader stays tiny.
    accent: themeFor(look.accentColor).accent,
    onAccent: themeFor(look.accentColor).onAccent,
    label: look.launcherText ?? '',
    // Empty: the widget follows the site's <html lang>, then the shopper's browser.
    locale: look.locale ?? '',
    embedVersion: String(EMBEDDED_SCRIPT.version),
  };
  return Object.fromEntries(templateParameters().map((name) => [name, values[name] ?? '']));
}

export const DASHBOARD_PAGE = {
  name: 'Kotha inbox',
  /** Wix adds `?instance=…&locale=…` when it opens the page in its iframe. */
  iframeUrl: HOSTED.dashboard,
} as const;

/** Webhooks, all delivered to the `api` function at /v1/wix/webhooks. */
export const WEBHOOKS = [
  { event: 'AppInstalled', why: 'provision the site, take its hours and language, embed the widget, show a sample chat' },
  { event: 'AppRemoved', why: 'turn the widget off at once; delete the site’s data after 30 days unless reinstalled' },
  { event: 'PaidPlanPurchased', why: 'unlock premium' },
  { event: 'PaidPlanChanged', why: 'follow plan changes' },
  { event: 'PaidPlanAutoRenewalCancelled', why: 'keep premium until the paid period ends, then fall back to free' },
] as const;

export const PERMISSIONS = [
  { scope: 'SCOPE.DC-APPS.MANAGE-EMBEDDED-SCRIPTS', why: 'add the chat widget to the site, and turn it off on uninstall' },
  { scope: 'SCOPE.DC-SITEPROP.READ-SITE-PROPERTIES', why: 'start with the business name, email, language, time zone and opening hours the site already has' },
  { scope: 'SCOPE.DC-CONTACTS.MANAGE-CONTACTS', why: 'match shoppers who leave an email to the site’s contacts' },
  { scope: 'SCOPE.DC-STORES.READ-ORDERS', why: 'show agents a shopper’s recent orders' },
] as const;
