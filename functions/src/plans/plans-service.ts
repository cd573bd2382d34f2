/**
 * The plan of a site, enforced on the server: read from the site's lifecycle fields
 * (kept current by the plan webhooks), refreshed from Get App Instance when the
 * dashboard opens (failing soft: Wix down keeps the last known plan).
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { merchantOf } from '../auth/credentials';
import { planAt, PLAN_LIMITS, upgradeUrl, type Plan, type PlanLimits } from '../domain/plans';
import { HttpError } from '../http/errors';
import type { SiteLifecycleStore } from '../store/site-lifecycle-store';
import type { WixSiteApi } from './wix-site-api';

export interface PlanResponse {
  plan: Plan;
  limits: Omit<PlanLimits, 'agents'> & { agents: number | null };
  /** When paid access ends (ms), or null. */
  expiresAt: number | null;
  /** Wix's pricing page for this app on this site. */
  upgradeUrl: string;
}

export class PlansService {
  constructor(private readonly deps: { sites: SiteLifecycleStore; wix: WixSiteApi; appId: string; clock: () => number; warn: (message: string, details: Record<string, unknown>) => void }) {}

  async planOf(siteId: string): Promise<Plan> {
    return planAt(await this.deps.sites.get(siteId), this.deps.clock());
  }

  /** The plan as the dashboard shows it, first asking Wix for the latest (Get App Instance). */
  async refreshed(siteId: string): Promise<PlanResponse> {
    try {
      const fromWix = await this.deps.wix.plan(siteId);
      await this.deps.sites.update(siteId, { planPackage: fromWix.packageName ?? '', planExpiresAt: fromWix.autoRenewing ? 0 : (fromWix.expiresAt ?? 0) });
    } catch (error) {
      this.deps.warn('could not refresh the plan from Wix; using the last known one', { siteId, error: String(error) });
    }
    const site = await this.deps.sites.get(siteId);
    const plan = planAt(site, this.deps.clock());
    const limits = PLAN_LIMITS[plan];
    return {
      plan,
      limits: { ...limits, agents: Number.isFinite(limits.agents) ? limits.agents : null },
      expiresAt: plan === 'premium' && site.planExpiresAt ? site.planExpiresAt : null,
      upgradeUrl: upgradeUrl(this.deps.appId, siteId),
    };
  }

  /** The oldest activity the inbox shows: 60 days back on the free plan, everything on premium. */
  async historySince(siteId: string): Promise<number | undefined> {
    const days = PLAN_LIMITS[await this.planOf(siteId)].historyDays;
    return days === null ? undefined : this.deps.clock() - days * 86_400_000;
  }

  /**
   * One agent on the free plan: the first Wix user to open the inbox holds the seat;
   * another user of a free site is asked to upgrade. Premium sites take everyone.
   */
  seat(): RequestHandler {
    return async (_req: Request, res: Response, next: NextFunction) => {
      const { siteId, uid } = merchantOf(res);
      const site = await this.deps.sites.get(siteId);
      if (planAt(site, this.deps.clock()) === 'premium' || site.primaryAgent === uid) return next();
      if (!site.primaryAgent) {
        await this.deps.sites.update(siteId, { primaryAgent: uid });
        return next();
      }
      next(new HttpError(402, 'premium_required', `Teammates need Kotha Premium. Upgrade on Wix: ${upgradeUrl(this.deps.appId, siteId)}`));
    };
  }

  /** Refuses a merchant route to sites without `plan`, with the way to upgrade. */
  require(plan: Plan): RequestHandler {
    return async (_req: Request, res: Response, next: NextFunction) => {
      const { siteId } = merchantOf(res);
      if ((await this.planOf(siteId)) === plan) return next();
      next(new HttpError(402, 'premium_required', `This needs Kotha Premium. Upgrade on Wix: ${upgradeUrl(this.deps.appId, siteId)}`));
    };
  }
}
