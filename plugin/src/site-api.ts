/**
 * The Wix calls Kotha makes as the app on one site, through @wix/sdk modules: embed the
 * widget's script, read the site's properties (name, email, language, time zone, business
 * hours) and read the app instance (the plan, and the site's published address).
 */
import type { EmbedOutcome, Platform, PlatformPlan, SiteProfile, WidgetLook } from '@kotha/common/platform';
import { scheduleFromWix } from './business-schedule';
import { embedParameters } from './manifest';
import { wixClientFor, type WixAppCredentials } from './wix-http';

export type WixSiteApi = Required<Pick<Platform, 'embedWidget' | 'siteProfile' | 'plan' | 'siteUrl'>>;

/**
 * The SDK modules are loaded on first use: they weigh tens of megabytes in memory, and
 * most requests (every shopper's) never call Wix.
 */
async function modules() {
  const [{ appInstances, embeddedScripts }, { siteProperties }] = await Promise.all([import('@wix/app-management'), import('@wix/business-tools')]);
  return { appInstances, embeddedScripts, siteProperties };
}

/** The HTTP status of a failed @wix/sdk call, when it says. */
function httpStatusOf(error: unknown): number | undefined {
  const response = (error as { response?: { status?: unknown } } | null)?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
}

/** The site calls of the app `app`, over `fetchImpl`. */
export function wixSiteApi(app: WixAppCredentials, fetchImpl: typeof fetch): WixSiteApi {
  const client = async (instanceId: string) => wixClientFor(app, instanceId, fetchImpl, await modules());
  return {
    async embedWidget(instanceId: string, enabled: boolean, look?: WidgetLook): Promise<EmbedOutcome> {
      const wix = await client(instanceId);
      try {
        // Wix refuses a parameter map that differs from the template's: the manifest fills exactly its names.
        await wix.embeddedScripts.embedScript({ parameters: embedParameters(instanceId, enabled, look) });
        return 'embedded';
      } catch (error) {
        // Our values are letters and digits, so a 400 means the site still runs an app version
        // with the legacy parameters: it keeps the embed it has until its owner updates.
        if (httpStatusOf(error) === 400) return 'outdated';
        throw error;
      }
    },
    async siteProfile(instanceId: string): Promise<SiteProfile> {
      const { properties } = await (await client(instanceId)).siteProperties.getSiteProperties();
      return {
        name: properties?.businessName ?? properties?.siteDisplayName ?? null,
        email: properties?.email ?? null,
        language: properties?.language ?? properties?.locale?.languageCode ?? null,
        hours: scheduleFromWix({ timeZone: properties?.timeZone ?? null, businessSchedule: properties?.businessSchedule }),
      };
    },
    async plan(instanceId: string): Promise<PlatformPlan> {
      const { instance } = await (await client(instanceId)).appInstances.getAppInstance();
      const billing = instance?.billing;
      const expiresAt = billing?.expirationDate ? Date.parse(billing.expirationDate) : null;
      return {
        packageName: instance?.isFree === false && billing?.packageName ? billing.packageName : null,
        expiresAt: Number.isFinite(expiresAt) ? expiresAt : null,
        autoRenewing: billing?.autoRenewing ?? false,
      };
    },
    async siteUrl(instanceId: string): Promise<string | null> {
      // Site Properties has no address; the app instance's site has it once the site is published.
      const { site } = await (await client(instanceId)).appInstances.getAppInstance();
      const url = site?.url?.trim();
      return url && /^https?:\/\//.test(url) ? url : null;
    },
  };
}
