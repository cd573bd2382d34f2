/**
 * The self-service figures of a period, from its help events: one pure function that both
 * the Help center tab (article health) and the Analytics tab (the funnel) read.
 *
 * - outcomes: one per shopper session (outcome.ts): confirmed, assumed, handed, abandoned;
 * - self-served = confirmed + assumed;
 * - deflection rate = self-served ÷ (self-served + handed): of the sessions that ended in
 *   an answer, the share the help center gave (abandoned sessions found neither);
 * - articles: each article's views, votes and hand-overs after reading it (health.ts), and
 *   the few read most often before a shopper still wrote to a person;
 * - content gaps: searches that found nothing, or nothing opened (health.ts).
 */
import type { Article, ArticleHealth, SelfServiceOutcome } from '@kotha/common/contract/help';
import type { SelfServiceFigures } from '@kotha/common/contract/analytics';
import { articleHealth, contentGaps, type HealthEvent } from './health';
import { visitorOutcomes, type OutcomeEvent } from './outcome';

/** How many articles "top by escalation" lists. */
export const TOP_ESCALATED = 5;

export interface SelfServiceReport {
  articles: ArticleHealth[];
  figures: SelfServiceFigures;
}

/** `wroteAt`: per visitor, when they started a conversation with a person. `now` decides which sessions have an outcome yet. */
export function selfServiceReport(articles: Article[], events: Array<HealthEvent & OutcomeEvent>, wroteAt: ReadonlyMap<string, number[]>, now: number): SelfServiceReport {
  const byVisitor = new Map<string, Array<HealthEvent & OutcomeEvent>>();
  for (const event of events) byVisitor.set(event.visitorId, [...(byVisitor.get(event.visitorId) ?? []), event]);
  const outcomes: Record<SelfServiceOutcome, number> = { confirmed: 0, assumed: 0, handed: 0, abandoned: 0 };
  for (const [visitorId, own] of byVisitor) {
    for (const outcome of visitorOutcomes(own, wroteAt.get(visitorId) ?? [], now)) outcomes[outcome] += 1;
  }
  const selfServed = outcomes.confirmed + outcomes.assumed;
  const answered = selfServed + outcomes.handed;
  const health = articleHealth(articles, events);
  const escalated = health
    .filter((a) => a.escalations > 0)
    .sort((a, b) => b.escalations - a.escalations || b.views - a.views || a.title.localeCompare(b.title))
    .slice(0, TOP_ESCALATED)
    .map(({ id, language, title, views, escalations }) => ({ id, language, title, views, escalations }));
  return {
    articles: health,
    figures: {
      sessions: outcomes.confirmed + outcomes.assumed + outcomes.handed + outcomes.abandoned,
      outcomes,
      selfServed,
      deflection: answered === 0 ? null : selfServed / answered,
      escalated,
      gaps: contentGaps(events),
    },
  };
}
