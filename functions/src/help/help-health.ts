/**
 * The Help center tab's health figures over a period: each article's views, votes and
 * hand-overs, the content gaps, and the self-service outcomes. Cost: one range query of
 * the period's help events (at most MAX_EVENTS), the site's articles, and the period's
 * conversations (plus a day) by one range query, for "wrote to a person".
 */
import type { HelpHealthResponse, SelfServiceOutcome } from '@kotha/common/contract/help';
import { articleHealth, contentGaps } from '../domain/help/health';
import { ASSUME_AFTER_MS, visitorOutcomes } from '../domain/help/outcome';
import type { ConversationStore } from '../store/conversation-store';
import { toArticle, type HelpArticleStore } from '../store/help-article-store';
import type { HelpEvent, HelpEventStore } from '../store/help-event-store';

export const MAX_EVENTS = 20_000;
const MAX_CONVERSATIONS = 10_000;

export class HelpHealth {
  constructor(private readonly deps: { articles: HelpArticleStore; events: HelpEventStore; conversations: ConversationStore; clock: () => number }) {}

  async report(siteId: string, from: number, to: number): Promise<HelpHealthResponse> {
    const now = this.deps.clock();
    const [articles, events, conversations] = await Promise.all([
      this.deps.articles.list(siteId),
      this.deps.events.between(siteId, from, to, MAX_EVENTS),
      this.deps.conversations.startedBetween(siteId, from, Math.min(now, to + ASSUME_AFTER_MS) + 1, MAX_CONVERSATIONS),
    ]);
    const wrote = new Map<string, number[]>();
    for (const { conversation } of conversations) wrote.set(conversation.visitorId, [...(wrote.get(conversation.visitorId) ?? []), conversation.createdAt]);
    const byVisitor = new Map<string, HelpEvent[]>();
    for (const event of events) byVisitor.set(event.visitorId, [...(byVisitor.get(event.visitorId) ?? []), event]);
    const outcomes: Record<SelfServiceOutcome, number> = { confirmed: 0, assumed: 0, handed: 0, abandoned: 0 };
    for (const [visitorId, own] of byVisitor) {
      for (const outcome of visitorOutcomes(own, wrote.get(visitorId) ?? [], now)) outcomes[outcome] += 1;
    }
    return { from, to, articles: articleHealth(articles.map(toArticle), events), gaps: contentGaps(events), outcomes };
  }
}
