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
