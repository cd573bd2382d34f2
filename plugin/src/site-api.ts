/**
 * The Wix calls Kotha makes as the app on one site, through @wix/sdk modules: embed the
 * widget's script, read the site's properties (name, email, language, time zone, business
 * hours) and read the app instance (the plan, and which of Wix's own apps the site has).
 */
import type { Platform, PlatformPlan, SiteProfile, WidgetLook } from '@kotha/common/platform';
import { scheduleFromWix } from './business-schedule';
import { embedParameters } from './manifest';
import type { WixAppAccess } from './wix-http';

export type WixSiteApi = Pick<Platform, 'embedWidget' | 'siteProfile' | 'plan'> & {
  /** The apps made by Wix installed on the site (Get App Instance's `site.installedWixApps`), remembered a few minutes. */
  installedWixApps(instanceId: string): Promise<string[]>;
};

/** How long the list of a site's installed Wix apps is trusted. */
const INSTALLED_APPS_MS = 5 * 60_000;

/**
 * The SDK modules are loaded on first use: they weigh tens of megabytes in memory, and
 * most requests (every shopper's) never call Wix.
 */
async function modules() {
  const [{ appInstances, embeddedScripts }, { siteProperties }] = await Promise.all([import('@wix/app-management'), import('@wix/business-tools')]);
  return { appInstances, embeddedScripts, siteProperties };
}

/** The site calls of the app, through its shared access (one token per site). */
export function wixSiteApi(access: WixAppAccess, clock: () => number = Date.now): WixSiteApi {
  const client = async (instanceId: string) => access.client(instanceId, 'site', await modules());
  const installed = new Map<string, { at: number; apps: string[] }>();
  const getInstance = async (instanceId: string) => {
    const response = await (await client(instanceId)).appInstances.getAppInstance();
    if (installed.size >= 5_000) installed.delete(installed.keys().next().value!);
    installed.set(instanceId, { at: clock(), apps: response.site?.installedWixApps ?? [] });
    return response;
  };
  return {
    async embedWidget(instanceId: string, enabled: boolean, look?: WidgetLook) {
      // Wix refuses a parameter map that differs from the template's: the manifest fills exactly its names.
      await (await client(instanceId)).embeddedScripts.embedScript({ parameters: embedParameters(instanceId, enabled, look) });
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
      const { instance } = await getInstance(instanceId);
      const billing = instance?.billing;
      // Wix gives the end of the billing cycle for yearly and longer plans only; a monthly plan has none.
      const expiresAt = billing?.expirationDate ? Date.parse(billing.expirationDate) : null;
      return {
        packageName: instance?.isFree === false && billing?.packageName ? billing.packageName : null,
        expiresAt: Number.isFinite(expiresAt) ? expiresAt : null,
        autoRenewing: billing?.autoRenewing ?? false,
      };
    },
    async installedWixApps(instanceId: string): Promise<string[]> {
      const known = installed.get(instanceId);
      if (known && clock() - known.at < INSTALLED_APPS_MS) return known.apps;
      return (await getInstance(instanceId)).site?.installedWixApps ?? [];
    },
  };
}
