/**
 * The widget's look, from the dashboard: saved for the session, and written into the
 * site's embedded widget so the launcher shows in its corner and colour at once.
 * Saving never fails because the platform is slow: the settings are kept and `embedded`
 * says whether the platform took the new embed (the re-embed job brings it in line later);
 * `updateRequired` says the site runs an older version of the app, whose owner must update
 * it before its embed can change (the chat applies the look when it opens meanwhile); it is
 * remembered on the site (`embedOutdated`), so the tab says so on every load until then.
 */
import { Router } from 'express';
import { PATHS, widgetSettingsSchema, type WidgetSettings } from '@kotha/common/contract';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import { notFound } from '../http/errors';
import { parse } from '../http/validate';
import { toSite, type SiteStore } from '../store/site-store';
import type { Platform } from '@kotha/common/platform';

export function widgetSettingsRoutes(deps: { auth: MerchantAuthConfig; sites: SiteStore; platform: Pick<Platform, 'embedWidget'>; clock: () => number; warn: (message: string, details: Record<string, unknown>) => void }): Router {
  const router = Router();
  const merchant = requireMerchant(deps.auth, { allowQuery: false });

  router.get(PATHS.widgetSettings, merchant, async (_req, res) => {
    const site = await deps.sites.document(merchantOf(res).siteId);
    if (!site) throw notFound('This site does not use Kotha.');
    const { settings } = toSite(site);
    // Said on every load, not only after a save: the owner has an update to make in Wix.
    res.json(site.embedOutdated ? { settings, updateRequired: true } : { settings });
  });

  router.put(PATHS.widgetSettings, merchant, async (req, res) => {
    const settings: WidgetSettings = parse(widgetSettingsSchema, req.body, 'widget settings');
    const { siteId } = merchantOf(res);
    const site = await deps.sites.get(siteId);
    if (!site) throw notFound('This site does not use Kotha.');
    await deps.sites.save(siteId, settings, deps.clock());
    let embedded = true;
    let updateRequired = false;
    try {
      // A site on an older version of the app keeps its embed until its owner updates it.
      const outcome = await deps.platform.embedWidget(siteId, site.enabled, settings);
      await deps.sites.recordEmbed(siteId, outcome);
      updateRequired = outcome === 'outdated';
      embedded = !updateRequired;
    } catch (error) {
      embedded = false;
      deps.warn('could not update the embedded script with the new look', { siteId, error: (error as Error).message });
    }
    res.json(updateRequired ? { settings, embedded, updateRequired } : { settings, embedded });
  });

  return router;
}
