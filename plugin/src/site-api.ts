/**
 * The Wix calls Kotha makes as the app on one site, through @wix/sdk modules: embed the
 * widget's script, read the site's properties (name, email, language, time zone, business
 * hours) and read the app instance (the plan, the site's published address, and which of
 * Wix's own apps the site has).
 */
import type { EmbedOutcome, Platform, PlatformPlan, SiteProfile, WidgetLook } from '@kotha/common/platform';
import { scheduleFromWix } from './business-schedule';
import { embedParameters } from './manifest';
import type { WixAppAccess } from './wix-http';

export type WixSiteApi = Required<Pick<Platform, 'embedWidget' | 'siteProfile' | 'plan' | 'siteUrl'>> & {
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

/** The HTTP status of a failed @wix/sdk call, when it says. */
function httpStatusOf(error: unknown): number | undefined {
  const response = (error as { response?: { status?: unknown } } | null)?.response;
  return typeof response?.status === 'number' ? response.status : undefined;
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
        // Wix's `timeZone` property may be absent (a site that never set one).
        timeZone: properties?.timeZone || null,
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
    async siteUrl(instanceId: string): Promise<string | null> {
      // Site Properties has no address; the app instance's site has it once the site is published.
      const { site } = await getInstance(instanceId);
      const url = site?.url?.trim();
      return url && /^https?:\/\//.test(url) ? url : null;
    },
    async installedWixApps(instanceId: string): Promise<string[]> {
      const known = installed.get(instanceId);
      if (known && clock() - known.at < INSTALLED_APPS_MS) return known.apps;
      return (await getInstance(instanceId)).site?.installedWixApps ?? [];
    },
  };
}
