/**
 * The plan of a site, enforced on the server: read from the site's lifecycle fields
 * (kept current by the platform's plan events), refreshed from the platform when the
 * dashboard opens (failing soft: the platform down keeps the last known plan) and every
 * day by the reconciliation job, both with the one rule of domain/plans.ts (premium lasts
 * until the platform says the site is free) and an audit entry for every change.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { PlanResponse } from '@kotha/common/contract/account';
import { merchantOf } from '../auth/credentials';
import { planAt, planDiffers, planFromPlatform, PLAN_LIMITS, type Plan } from '../domain/plans';
import { HttpError } from '../http/errors';
import type { Platform } from '@kotha/common/platform';
import type { SiteLifecycleStore } from '../store/site-lifecycle-store';

export class PlansService {
  constructor(
    private readonly deps: {
      sites: SiteLifecycleStore;
      platform: Pick<Platform, 'name' | 'plan' | 'upgradeUrl'>;
      clock: () => number;
      warn: (message: string, details: Record<string, unknown>) => void;
      audit: (siteId: string, entry: { action: string; by: string; at: number; details: Record<string, unknown> }) => Promise<void>;
    },
  ) {}

  async planOf(siteId: string): Promise<Plan> {
    return planAt(await this.deps.sites.get(siteId), this.deps.clock());
  }

  /** The plan as the dashboard shows it, first asking the platform for the latest. */
  async refreshed(siteId: string): Promise<PlanResponse> {
    const { platform } = this.deps;
    try {
      await this.reconcile(siteId, 'dashboard');
    } catch (error) {
      this.deps.warn(`could not refresh the plan from ${platform.name}; using the last known one`, { siteId, error: String(error) });
    }
    const site = await this.deps.sites.get(siteId);
    const plan = planAt(site, this.deps.clock());
    const limits = PLAN_LIMITS[plan];
    return {
      plan,
      limits: { ...limits, agents: Number.isFinite(limits.agents) ? limits.agents : null },
      expiresAt: plan === 'premium' && site.planExpiresAt ? site.planExpiresAt : null,
      upgradeUrl: platform.upgradeUrl(siteId),
    };
  }

  /**
   * Asks the platform for the site's plan and corrects the stored one when they differ,
   * writing the change to the audit log; returns whether anything changed.
   */
  async reconcile(siteId: string, by: string): Promise<boolean> {
    const [latest, current] = await Promise.all([this.deps.platform.plan(siteId), this.deps.sites.planState(siteId)]);
    const next = planFromPlatform(latest);
    const now = this.deps.clock();
    const changed = planDiffers(current, next);
    // Never creates the site: a merchant opening the dashboard of a site that never
    // installed must not make it look like one (a shopper would then get a session).
    if (!(await this.deps.sites.updateExisting(siteId, { ...(changed ? next : {}), planCheckedAt: now }))) return false;
    if (changed) {
      const from = { planPackage: current.planPackage, planExpiresAt: current.planExpiresAt, planRenews: current.planRenews };
      await this.deps.audit(siteId, { action: 'plan-change', by, at: now, details: { from, to: next } });
    }
    return changed;
  }

  /** The oldest activity the inbox shows: 60 days back on the free plan, everything on premium. */
  async historySince(siteId: string): Promise<number | undefined> {
    const days = PLAN_LIMITS[await this.planOf(siteId)].historyDays;
    return days === null ? undefined : this.deps.clock() - days * 86_400_000;
  }

  /**
   * One agent on the free plan: the first user to open the inbox holds the seat;
   * another user of a free site is asked to upgrade. Premium sites take everyone.
   */
  seat(): RequestHandler {
    return async (_req: Request, res: Response, next: NextFunction) => {
      const { siteId, uid } = merchantOf(res);
      const site = await this.deps.sites.get(siteId);
      if (planAt(site, this.deps.clock()) === 'premium' || site.primaryAgent === uid) return next();
      if (!site.primaryAgent) {
        // Held on the site's document only: before the install has written one (the
        // install event can come after the merchant's first visit), the seat waits, and
        // the visit makes no site out of nothing.
        if (site.exists) await this.deps.sites.updateExisting(siteId, { primaryAgent: uid });
        return next();
      }
      next(this.premiumRequired('Teammates need Kotha Premium.', siteId));
    };
  }

  /** Refuses a merchant route to sites without `plan`, with the way to upgrade. */
  require(plan: Plan): RequestHandler {
    return async (_req: Request, res: Response, next: NextFunction) => {
      const { siteId } = merchantOf(res);
      if ((await this.planOf(siteId)) === plan) return next();
      next(this.premiumRequired('This needs Kotha Premium.', siteId));
    };
  }

  /** The refusal of a premium feature, with the way to upgrade. */
  private premiumRequired(why: string, siteId: string): HttpError {
    const { platform } = this.deps;
    return new HttpError(402, 'premium_required', `${why} Upgrade on ${platform.name}: ${platform.upgradeUrl(siteId)}`);
  }
}
