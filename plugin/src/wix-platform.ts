/**
 * Kotha on Wix: the platform port (functions/src/platform/platform.ts) implemented with
 * Wix's APIs, for the composition roots to hand to the core. Everything here reaches Wix
 * over one `fetch`, which goes to a local stand-in in tests and `npm start`.
 */
import type { Platform } from '@kotha/common/platform';
import { WixAccessTokens } from './access-tokens';
import { verifyWixMerchant } from './merchant-auth';
import { WixMembers } from './members';
import { WixShopperRecords } from './shopper-records';
import { wixSiteApi } from './site-api';
import { upgradeUrl } from './upgrade-url';
import { wixWebhookRoutes } from './webhook-route';
import { redirectingFetch } from './wix-http';

/** The app as registered in the Wix Dev Center, and where its APIs are. */
export interface WixAppConfig {
  wixAppId: string;
  wixAppSecret: string;
  /** The app's public key for Wix webhooks; without it the webhook route is not mounted. */
  wixPublicKey?: string;
  /** Where Wix's APIs are (a local stand-in in tests and `npm start`); Wix itself by default. */
  wixApiBase?: string;
}

/** The Wix platform for the app of `config`; `clock` must be the API's own (credentials and caches age by it). */
export function wixPlatform(config: WixAppConfig, clock: () => number = Date.now): Platform {
  const app = { appId: config.wixAppId, appSecret: config.wixAppSecret };
  const fetchImpl = config.wixApiBase ? redirectingFetch(config.wixApiBase) : fetch;
  const accessTokens = new WixAccessTokens(app.appId, fetchImpl, clock);
  const members = new WixMembers(app, fetchImpl, clock);
  const records = new WixShopperRecords(app, fetchImpl, clock);
  const publicKey = config.wixPublicKey;
  return {
    name: 'Wix',
    verifyMerchant: (credentials) => verifyWixMerchant({ ...app, clock, accessTokens }, credentials),
    ...wixSiteApi(app, fetchImpl),
    upgradeUrl: (siteId) => upgradeUrl(app.appId, siteId),
    ...(publicKey ? { routes: (lifecycle) => wixWebhookRoutes({ lifecycle, webhook: { appId: app.appId, publicKey } }) } : {}),
    shopperRecord: (siteId, email) => records.forEmail(siteId, email),
    ensureContact: (siteId, email, name) => records.ensureContact(siteId, email, name),
    verifyMember: (siteId, token) => members.resolve(siteId, token),
  };
}
