/**
 * Kotha on Wix: the platform port (common/platform.ts) implemented with Wix's APIs, for
 * the composition roots to hand to the core. Everything here reaches Wix over one `fetch`
 * (to a local stand-in in tests and `npm start`) with one app token per site.
 */
import type { Platform } from '@kotha/common/platform';
import { WixAccessTokens } from './access-tokens';
import { verifyWixMerchant } from './merchant-auth';
import { WixMembers } from './members';
import { wixOwnerAlerts, type WixNotificationTemplates } from './owner-alerts';
import { readWixPublicKey } from './public-key';
import { WixShopperRecords } from './shopper-records';
import { WixOrderStatus } from './order-status';
import { wixSiteApi } from './site-api';
import { upgradeUrl } from './upgrade-url';
import { wixWebhookRoutes } from './webhook-route';
import { redirectingFetch, WixAppAccess } from './wix-http';

/** The app as registered in the Wix Dev Center, and where its APIs are. */
export interface WixAppConfig {
  wixAppId: string;
  wixAppSecret: string;
  /**
   * The app's public key for Wix webhooks: the multi-line PEM, the PEM base64-encoded, or
   * the path of a PEM file (public-key.ts). Checked here, at start-up: a PEM on one line is
   * refused. Without it the webhook route is not mounted.
   */
  wixPublicKey?: string;
  /** The Dev Center's notification templates; without them the owners get no alerts from Wix. */
  wixNotificationTemplates?: WixNotificationTemplates;
  /** Where Wix's APIs are (a local stand-in in tests and `npm start`); Wix itself by default. */
  wixApiBase?: string;
}

/** The Wix platform for the app of `config`; `clock` must be the API's own (credentials and caches age by it). Throws when the config cannot work (a public key that verifies nothing). */
export function wixPlatform(config: WixAppConfig, clock: () => number = Date.now): Platform {
  const app = { appId: config.wixAppId, appSecret: config.wixAppSecret };
  const publicKey = config.wixPublicKey ? readWixPublicKey(config.wixPublicKey) : null;
  const fetchImpl = config.wixApiBase ? redirectingFetch(config.wixApiBase) : fetch;
  const access = new WixAppAccess(app, fetchImpl, clock);
  const accessTokens = new WixAccessTokens(app.appId, fetchImpl, clock);
  const site = wixSiteApi(access, clock);
  const members = new WixMembers(access, clock);
  const records = new WixShopperRecords(access, (instanceId) => site.installedWixApps(instanceId), clock);
  const orderStatus = new WixOrderStatus(access);
  const templates = config.wixNotificationTemplates;
  return {
    name: 'Wix',
    verifyMerchant: (credentials) => verifyWixMerchant({ ...app, clock, accessTokens }, credentials),
    embedWidget: (siteId, enabled, look) => site.embedWidget(siteId, enabled, look),
    siteProfile: (siteId) => site.siteProfile(siteId),
    plan: (siteId) => site.plan(siteId),
    siteUrl: (siteId) => site.siteUrl(siteId),
    upgradeUrl: (siteId) => upgradeUrl(app.appId, siteId),
    ...(publicKey ? { routes: (lifecycle) => wixWebhookRoutes({ lifecycle, webhook: { appId: app.appId, publicKey } }) } : {}),
    shopperRecord: (siteId, email) => records.forEmail(siteId, email),
    ensureContact: (siteId, email, name) => records.ensureContact(siteId, email, name),
    verifyMember: (siteId, token) => members.resolve(siteId, token),
    lookupOrder: (siteId, orderNumber, email) => orderStatus.lookup(siteId, orderNumber, email),
    ...(templates?.newConversation && templates.waiting ? { ownerAlerts: wixOwnerAlerts(access, templates) } : {}),
  };
}
