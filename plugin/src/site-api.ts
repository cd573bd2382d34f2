/**
 * The Wix calls Kotha makes as the app on one site, through @wix/sdk modules: embed the
 * widget's script, read the site's properties (name, email, language, time zone, business
 * hours) and read the app instance (the plan).
 */
import type { WixSiteProperties } from './business-schedule';
import { wixClientFor, type WixAppCredentials } from './wix-http';

export interface WixSiteProfile extends WixSiteProperties {
  businessName: string | null;
  email: string | null;
  /** The site's language, e.g. "bn". */
  language: string | null;
}

export interface WixPlan {
  /** The plan's `packageName` (our vendor product id), or null on the free plan. */
  packageName: string | null;
  /** When paid access ends (ms), or null when it renews or is free. */
  expiresAt: number | null;
  autoRenewing: boolean;
}

export interface WixSiteApi {
  embedScript(instanceId: string, parameters: Record<string, string>): Promise<void>;
  siteProfile(instanceId: string): Promise<WixSiteProfile>;
  plan(instanceId: string): Promise<WixPlan>;
}

/**
 * The SDK modules are loaded on first use: they weigh tens of megabytes in memory, and
 * most requests (every shopper's) never call Wix.
 */
async function modules() {
  const [{ appInstances, embeddedScripts }, { siteProperties }] = await Promise.all([import('@wix/app-management'), import('@wix/business-tools')]);
  return { appInstances, embeddedScripts, siteProperties };
}

export function wixSiteApi(app: WixAppCredentials, fetchImpl: typeof fetch): WixSiteApi {
  const client = async (instanceId: string) => wixClientFor(app, instanceId, fetchImpl, await modules());
  return {
    async embedScript(instanceId, parameters) {
      await (await client(instanceId)).embeddedScripts.embedScript({ parameters });
    },
    async siteProfile(instanceId) {
      const { properties } = await (await client(instanceId)).siteProperties.getSiteProperties();
      return {
        timeZone: properties?.timeZone ?? null,
        businessSchedule: properties?.businessSchedule,
        businessName: properties?.businessName ?? properties?.siteDisplayName ?? null,
        email: properties?.email ?? null,
        language: properties?.language ?? properties?.locale?.languageCode ?? null,
      };
    },
    async plan(instanceId) {
      const { instance } = await (await client(instanceId)).appInstances.getAppInstance();
      const billing = instance?.billing;
      const expiresAt = billing?.expirationDate ? Date.parse(billing.expirationDate) : null;
      return {
        packageName: instance?.isFree === false && billing?.packageName ? billing.packageName : null,
        expiresAt: Number.isFinite(expiresAt) ? expiresAt : null,
        autoRenewing: billing?.autoRenewing ?? false,
      };
    },
  };
}
