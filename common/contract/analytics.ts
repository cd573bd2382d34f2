/**
 * Analytics in the API contract: the figures of a period as the dashboard reads them.
 * Dependency-free (no zod); the query's schema is in analytics-schemas.ts. Every duration
 * is in ms; every share a fraction 0–1, null when there is nothing to divide by. The
 * definitions are functions/src/domain/analytics/figures.ts, and the README.
 */
import type { ContentGap, SelfServiceOutcome } from './help';

/** A set of durations (ms): how many, the median, the 90th percentile (nearest rank) and the mean. */
export interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

export interface HeatCell {
  conversations: number;
  /** Hours of this weekday × hour in the range: a spring-forward day lacks one, a fall-back day has two. */
  hours: number;
  /** Of those, the hours the site was open. */
  openHours: number;
}

export interface AgentFigures {
  uid: string;
  /** Conversations credited to them: the assignee's, else the last person who replied. */
  handled: number;
  /** From the (last) assignment to their first reply after it. */
  firstResponseFromAssignment: Distribution;
  /** Shopper's first message to the first human reply, over conversations they answered first (offline messages left out, as for the team). */
  firstReply: Distribution;
  /** Conversations they closed last. */
  closes: number;
  good: number;
  bad: number;
  csat: number | null;
}

export interface AnalyticsFigures {
  conversations: number;
  offline: number;
  firstResponse: {
    wall: Distribution;
    business: Distribution;
    answeredWithin: { minutes: number; count: number; share: number | null };
  };
  resolution: { closed: number; toFirstClose: Distribution; toLastClose: Distribution; reopened: number; reopenCount: number };
  missed: { count: number; share: number | null; afterMinutes: number };
  csat: {
    good: number;
    bad: number;
    score: number | null;
    rated: number;
    closed: number;
    responseRate: number | null;
    badComments: Array<{ conversationId: string; at: number; comment: string; uid: string }>;
  };
  /** [weekday 0 = Sunday][hour 0–23] in the site's zone. */
  busiestHours: HeatCell[][];
  /** Per local day of the range, oldest first. */
  trend: Array<{ date: string; conversations: number; answered: number; missed: number }>;
  agents: AgentFigures[];
}

/**
 * The help center's part in a period (functions/src/domain/help/self-service.ts): shopper
 * sessions by outcome, the deflection rate, the articles read most before a shopper still
 * wrote to a person, and the searches that found nothing.
 */
export interface SelfServiceFigures {
  /** Sessions with an outcome yet (one still open to change is left out). */
  sessions: number;
  outcomes: Record<SelfServiceOutcome, number>;
  /** confirmed + assumed. */
  selfServed: number;
  /** selfServed ÷ (selfServed + handed); null when neither happened. */
  deflection: number | null;
  /** Hand-overs after reading an article, most first (at most 5). */
  escalated: Array<{ id: string; language: string; title: string; views: number; escalations: number }>;
  gaps: ContentGap[];
}

/** GET /v1/inbox/analytics */
export interface AnalyticsResponse {
  /** The period reported, [from, to) in ms: `from` is moved later when the plan shows less history. */
  from: number;
  to: number;
  /** The free plan sees this many days back; null for all. */
  historyDays: number | null;
  /** The zone days and hours are counted in: the business hours' zone, else UTC. */
  timeZone: string;
  /** Whether business hours are set (without them, business time is wall-clock time). */
  hasSchedule: boolean;
  /** More conversations (or help events) in the period's live days than one report reads: the figures cover the first ones. */
  truncated: boolean;
  figures: AnalyticsFigures;
  selfService: SelfServiceFigures;
}
