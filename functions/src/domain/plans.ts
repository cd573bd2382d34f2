/**
 * Kotha's plans as pure rules. Free: the whole chat, one agent, 60 days of visible
 * history and a small "Powered by Kotha" line. Premium: teammates, all history, no
 * branding, exports. Premium lasts until its paid period ends when auto-renewal is off.
 */
export type Plan = 'free' | 'premium';

export interface PlanLimits {
  agents: number;
  /** Days of history the inbox shows; null for all. */
  historyDays: number | null;
  branding: boolean;
  exports: boolean;
}

export const PLAN_LIMITS: Record<Plan, PlanLimits> = {
  free: { agents: 1, historyDays: 60, branding: true, exports: false },
  premium: { agents: Number.POSITIVE_INFINITY, historyDays: null, branding: false, exports: true },
};

/** The plan in force at `now`: a paid package, unless its paid period has ended. */
export function planAt(site: { planPackage: string; planExpiresAt: number }, now: number): Plan {
  if (!site.planPackage) return 'free';
  return site.planExpiresAt === 0 || now < site.planExpiresAt ? 'premium' : 'free';
}

/** Days back the Analytics tab reports: the last week on the free plan, everything on premium. */
export const ANALYTICS_DAYS: Record<Plan, number | null> = { free: 7, premium: null };

/** The plan fields a site stores. */
export interface StoredPlan {
  planPackage: string;
  planExpiresAt: number;
  planRenews: boolean;
}

/**
 * The stored plan from what the platform says now (the daily reconciliation, the dashboard
 * opening): free when it says free; a renewing plan with no end; a cancelled one running to
 * the end of its paid period when the platform names it, else until the platform says the
 * site is free (a monthly Wix plan has no end date: premium must not drop the moment its
 * renewal is cancelled).
 */
export function planFromPlatform(plan: { packageName: string | null; expiresAt: number | null; autoRenewing: boolean }): StoredPlan {
  if (!plan.packageName) return { planPackage: '', planExpiresAt: 0, planRenews: false };
  return { planPackage: plan.packageName, planExpiresAt: plan.autoRenewing ? 0 : (plan.expiresAt ?? 0), planRenews: plan.autoRenewing };
}

/** Whether two stored plans differ in anything a merchant would notice. */
export function planDiffers(a: StoredPlan, b: StoredPlan): boolean {
  return a.planPackage !== b.planPackage || a.planExpiresAt !== b.planExpiresAt || a.planRenews !== b.planRenews;
}
