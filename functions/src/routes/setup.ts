/**
 * The first run (GET /v1/inbox/setup): where the merchant can try the chat (the live
 * site, from the platform), and which setup steps the site's data shows done.
 */
import { Router } from 'express';
import { PATHS } from '@kotha/common/contract';
import type { SetupResponse } from '@kotha/common/contract/account';
import type { Platform } from '@kotha/common/platform';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import { setupSteps } from '../domain/setup';
import type { HoursStore } from '../store/hours-store';
import { DEFAULT_SETTINGS, type SiteStore } from '../store/site-store';
import type { TeamStore } from '../store/team-store';

export interface SetupRoutesDeps {
  auth: MerchantAuthConfig;
  sites: SiteStore;
  hours: HoursStore;
  team: TeamStore;
  platform: Pick<Platform, 'siteUrl'>;
  warn: (message: string, details: Record<string, unknown>) => void;
}

export function setupRoutes(deps: SetupRoutesDeps): Router {
  const router = Router();
  router.get(PATHS.setup, requireMerchant(deps.auth, { allowQuery: false }), async (_req, res) => {
    const { siteId } = merchantOf(res);
    const [site, hours, cannedCount, agentCount, storefrontUrl] = await Promise.all([
      deps.sites.get(siteId),
      deps.hours.get(siteId),
      deps.team.countCanned(siteId),
      deps.team.countAgents(siteId),
      // The address is a convenience: the platform being down costs the link, not the page.
      (deps.platform.siteUrl?.(siteId) ?? Promise.resolve(null)).catch((error: unknown) => {
        deps.warn('could not read the site address', { siteId, error: String(error) });
        return null;
      }),
    ]);
    const settings = site?.settings ?? DEFAULT_SETTINGS;
    const steps = setupSteps({ settings, defaults: DEFAULT_SETTINGS, schedule: hours.schedule, cannedCount, agentCount });
    res.json({ storefrontUrl, steps } satisfies SetupResponse);
  });
  return router;
}
