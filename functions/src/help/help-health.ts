/**
 * The help center's figures over a period (domain/help/self-service.ts): each article's
 * views, votes and hand-overs, the content gaps and the self-service outcomes, for the Help
 * center tab (`report`) and the Analytics tab (`selfService`). Cost: one range query of the
 * period's help events (at most MAX_EVENTS), the site's articles, and the conversations of
 * the visitors in those events only (`in` queries on the visitor), for "wrote to a person":
 * never the site's other conversations.
 */
import type { SelfServiceFigures } from '@kotha/common/contract/analytics';
import type { HelpHealthResponse } from '@kotha/common/contract/help';
import { selfServiceReport, type SelfServiceReport } from '../domain/help/self-service';
import type { ConversationStore } from '../store/conversation-store';
import { toArticle, type HelpArticleStore } from '../store/help-article-store';
import type { HelpEventStore } from '../store/help-event-store';

export const MAX_EVENTS = 20_000;

export class HelpHealth {
  constructor(private readonly deps: { articles: HelpArticleStore; events: HelpEventStore; conversations: ConversationStore; clock: () => number }) {}

  private async compute(siteId: string, from: number, to: number): Promise<SelfServiceReport> {
    const now = this.deps.clock();
    const [articles, events] = await Promise.all([this.deps.articles.list(siteId), this.deps.events.between(siteId, from, to, MAX_EVENTS)]);
    // "Wrote to a person": the conversations these visitors started (outcome.ts keeps those in a session's window).
    const starts = await this.deps.conversations.startsOfVisitors(siteId, [...new Set(events.map((e) => e.visitorId))]);
    const wrote = new Map<string, number[]>();
    for (const { visitorId, createdAt } of starts) wrote.set(visitorId, [...(wrote.get(visitorId) ?? []), createdAt]);
    return selfServiceReport(articles.map(toArticle), events, wrote, now);
  }

  async report(siteId: string, from: number, to: number): Promise<HelpHealthResponse> {
    const { articles, figures } = await this.compute(siteId, from, to);
    return { from, to, articles, gaps: figures.gaps, outcomes: figures.outcomes };
  }

  async selfService(siteId: string, from: number, to: number): Promise<SelfServiceFigures> {
    return (await this.compute(siteId, from, to)).figures;
  }
}
