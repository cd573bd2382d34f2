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

/** The first run's checklist, in the order the dashboard shows it. */
export const SETUP_STEPS = ['look', 'hours', 'canned', 'teammate'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];

/** GET /v1/inbox/setup: what a first run offers: where to try the chat, and which setup steps are done. */
export interface SetupResponse {
  /** The live site, where the widget runs; null while the site is not published. */
  storefrontUrl: string | null;
  /** Each step done, as the site's data shows it (not as clicks remember it). */
  steps: Record<SetupStep, boolean>;
}

/** GET/PUT /v1/inbox/weekly-digest: the week's analytics emailed to the site's owner on Monday morning (off by default). */
export interface WeeklyDigestResponse {
  enabled: boolean;
  /** Where it goes: the owner's email from the site's profile (the hours settings' email); null when there is none (nothing is sent then). */
  email: string | null;
}

/** GET/PUT /v1/inbox/owner-alerts: alerts to the site's owners on their phone (the builder's own app) when a chat starts or a shopper waits. */
export interface OwnerAlertsResponse {
  enabled: boolean;
  /** False when the website builder has no channel to the owners (nothing is sent then). */
  available: boolean;
  /** Alerts sent this calendar month (UTC), and the builder's monthly limit (null when none). */
  sentThisMonth: number;
  monthlyQuota: number | null;
}
