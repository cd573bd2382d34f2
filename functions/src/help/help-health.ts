/**
 * The help center's facts, counted live from its events (domain/help/self-service.ts): per
 * span for the Analytics tab's live days and the rollup job's stored ones (`days`), and over
 * one period for the Help center tab (`report`: every article's health, the content gaps
 * and the outcomes). A session counts in the span it started in, so a span's events are
 * read with a margin: from SESSION_GAP_MS before it (further back, in steps, while that
 * cannot tell where a session began: `needsEarlier`, up to MAX_LOOKBACK_MS) to
 * ASSUME_AFTER_MS + SESSION_GAP_MS after it (the outcome rules' reach; a session running
 * on longer than that is counted from what was read).
 *
 * Cost: the events of each run of adjacent spans, by range on `at` a page at a time (at
 * most MAX_EVENTS events each, ROLLUP_MAX_EVENTS for the rollup job), the conversations
 * of the visitors in those events only (`in` queries on the visitor), for "wrote to a
 * person", and the articles those events name (by id; the Help center tab
 * reads every article for its table): never the site's other conversations. The Analytics
 * tab reads none of this for days the rollup job stored: their facts are in the day.
 */
import type { HelpHealthResponse } from '@kotha/common/contract/help';
import type { HelpEvent } from '../domain/help/health';
import { ASSUME_AFTER_MS, SESSION_GAP_MS } from '../domain/help/outcome';
import { articleTable, helpDays, MAX_LOOKBACK_MS, needsEarlier, selfServiceFromDays, type HelpDay } from '../domain/help/self-service';
import type { ConversationStore } from '../store/conversation-store';
import { toArticle, type HelpArticleStore } from '../store/help-article-store';
import type { HelpEventStore } from '../store/help-event-store';

/** Events a view reads per run of days at most (the rollup job reads up to ROLLUP_MAX_EVENTS). */
export const MAX_EVENTS = 20_000;
export const ROLLUP_MAX_EVENTS = 250_000;
/** How far each step back reads, when a session may have begun before the events read. */
const LOOKBACK_STEP_MS = 6 * 3_600_000;

export interface Span {
  from: number;
  to: number;
}

export class HelpHealth {
  constructor(private readonly deps: { articles: HelpArticleStore; events: HelpEventStore; conversations: ConversationStore; clock: () => number }) {}

  /** The events around `spans` (see the header), and whether a read hit `limit`. */
  private async eventsAround(siteId: string, spans: readonly Span[], now: number, limit: number): Promise<{ events: HelpEvent[]; truncated: boolean }> {
    // One window per run of adjacent spans, with its margins; windows that overlap are read as one.
    const windows: Array<{ spanFrom: number; from: number; to: number }> = [];
    for (const s of [...spans].sort((a, b) => a.from - b.from)) {
      const from = s.from - SESSION_GAP_MS;
      const to = Math.min(s.to + ASSUME_AFTER_MS + SESSION_GAP_MS, now + 1);
      const last = windows.at(-1);
      if (last && from <= last.to) last.to = Math.max(last.to, to);
      else windows.push({ spanFrom: s.from, from, to: Math.max(from, to) });
    }
    let truncated = false;
    const read = async (from: number, to: number) => {
      const events = await this.deps.events.between(siteId, from, to, limit);
      if (events.length >= limit) truncated = true;
      return events;
    };
    const all = await Promise.all(
      windows.map(async (w) => {
        let events = await read(w.from, w.to);
        for (let start = w.from; w.spanFrom - start < MAX_LOOKBACK_MS && needsEarlier(events, start, w.spanFrom); start -= LOOKBACK_STEP_MS) {
          events = [...(await read(start - LOOKBACK_STEP_MS, start)), ...events];
        }
        return events;
      }),
    );
    return { events: all.flat(), truncated };
  }

  /** When each of these visitors started a conversation with a person. */
  private async wroteAt(siteId: string, events: readonly HelpEvent[]): Promise<Map<string, number[]>> {
    const starts = await this.deps.conversations.startsOfVisitors(siteId, [...new Set(events.map((e) => e.visitorId))]);
    const wrote = new Map<string, number[]>();
    for (const { visitorId, createdAt } of starts) wrote.set(visitorId, [...(wrote.get(visitorId) ?? []), createdAt]);
    return wrote;
  }

  /**
   * The self-service facts of the sessions started in each span (spans in order, not
   * overlapping), at `now`; the days' lists bounded as stored (self-service.ts). `limit`:
   * events read per run of spans at most.
   */
  async days(siteId: string, spans: readonly Span[], now = this.deps.clock(), limit = MAX_EVENTS): Promise<{ days: HelpDay[]; truncated: boolean }> {
    if (!spans.length) return { days: [], truncated: false };
    const { events, truncated } = await this.eventsAround(siteId, spans, now, limit);
    const named = new Set(events.flatMap((e) => (e.kind === 'view' || e.kind === 'vote' ? [e.articleId] : e.kind === 'handoff' ? e.articleIds : [])));
    const [wroteAt, articles] = await Promise.all([this.wroteAt(siteId, events), this.deps.articles.getMany(siteId, [...named])]);
    const input = { events, wroteAt, articles: new Map(articles.map((a) => [a.id, a])), now };
    return { days: helpDays(input, spans), truncated };
  }

  /** The Help center tab: every article's health, the content gaps and the outcomes of the sessions started in [from, to). */
  async report(siteId: string, from: number, to: number): Promise<HelpHealthResponse> {
    const now = this.deps.clock();
    const [articles, { events }] = await Promise.all([this.deps.articles.list(siteId), this.eventsAround(siteId, [{ from, to }], now, MAX_EVENTS)]);
    const input = { events, wroteAt: await this.wroteAt(siteId, events), articles: new Map(articles.map((a) => [a.id, a])), now };
    const [facts] = helpDays(input, [{ from, to }], { articles: Infinity, gaps: Infinity });
    const { gaps, outcomes } = selfServiceFromDays([facts!]);
    return { from, to, articles: articleTable(articles.map(toArticle), facts!), gaps, outcomes };
  }
}
