/** The merchant's account as the dashboard reads it. */

/** GET /v1/inbox/plan: the plan in force, what it allows, and where to upgrade. */
export interface PlanResponse {
  plan: 'free' | 'premium';
  limits: {
    /** Agent seats; null for any number. */
    agents: number | null;
    /** Days of history the inbox shows; null for all. */
    historyDays: number | null;
    branding: boolean;
    exports: boolean;
  };
  /** When paid access ends (ms), or null. */
  expiresAt: number | null;
  /** The website builder's pricing page for this app on this site. */
  upgradeUrl: string;
}
