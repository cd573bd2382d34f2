/**
 * The help center's figures over a period (domain/help/self-service.ts): each article's
 * views, votes and hand-overs, the content gaps and the self-service outcomes, for the Help
 * center tab (`report`) and the Analytics tab (`selfService`). Cost: one range query of the
 * period's help events (at most MAX_EVENTS), the site's articles, and, when there were
 * events, the conversations started from the first event to a day after the last (one
 * range query), for "wrote to a person".
 */
import type { SelfServiceFigures } from '@kotha/common/contract/analytics';
import type { HelpHealthResponse } from '@kotha/common/contract/help';
import { ASSUME_AFTER_MS } from '../domain/help/outcome';
import { selfServiceReport, type SelfServiceReport } from '../domain/help/self-service';
import type { ConversationStore } from '../store/conversation-store';
import { toArticle, type HelpArticleStore } from '../store/help-article-store';
import type { HelpEventStore } from '../store/help-event-store';

export const MAX_EVENTS = 20_000;
const MAX_CONVERSATIONS = 10_000;

export class HelpHealth {
  constructor(private readonly deps: { articles: HelpArticleStore; events: HelpEventStore; conversations: ConversationStore; clock: () => number }) {}

  private async compute(siteId: string, from: number, to: number): Promise<SelfServiceReport> {
    const now = this.deps.clock();
    const [articles, events] = await Promise.all([this.deps.articles.list(siteId), this.deps.events.between(siteId, from, to, MAX_EVENTS)]);
    const first = events[0]?.at;
    const last = events.at(-1)?.at;
    // A session's "wrote to a person" is from its start to a day after its end (outcome.ts).
    const conversations = first === undefined || last === undefined ? [] : await this.deps.conversations.startedBetween(siteId, first, Math.min(now, last + ASSUME_AFTER_MS) + 1, MAX_CONVERSATIONS);
    const wrote = new Map<string, number[]>();
    for (const { conversation } of conversations) wrote.set(conversation.visitorId, [...(wrote.get(conversation.visitorId) ?? []), conversation.createdAt]);
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
