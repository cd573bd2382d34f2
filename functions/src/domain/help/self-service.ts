/**
 * The self-service facts of shopper sessions, per local day, and a period's figures added
 * up from its days: one pure path that both the Analytics tab (the funnel, stored days and
 * live ones alike) and the Help center tab (article health, one span) read. Pure.
 *
 * A session (outcome.ts) counts on the day of its first event, whole: its later events
 * (after midnight too) and its hand-over count with it. Per day (`helpDays`):
 * - outcomes: one per session with an outcome yet (confirmed, assumed, handed, abandoned);
 *   a session still open to change (null) is left out until a later count (stored days are
 *   built again for a week, which takes in late outcomes);
 * - articles: each article's views, votes and hand-overs after reading it, with its
 *   language and title at the time, so a view of stored days reads no article; every
 *   session counts here, outcome or not; at most ARTICLES_PER_DAY a day (most escalated,
 *   then most read);
 * - content gaps: searches (by their words, per language) that returned nothing, or after
 *   which the shopper opened no article within 10 minutes; at most GAPS_PER_DAY a day, the
 *   most searched, so a gap searched only a few times a day on a very busy site can be
 *   missing from a long period's list.
 * The period (`selfServiceFromDays`):
 * - self-served = confirmed + assumed;
 * - deflection rate = self-served ÷ (self-served + handed): of the sessions that ended in
 *   an answer, the share the help center gave (abandoned sessions found neither);
 * - escalated: the few articles read most often before a shopper still wrote to a person;
 * - gaps: the day's gaps summed, the most searched MAX_GAPS.
 */
import type { ArticleHealth, ContentGap, SelfServiceOutcome } from '@kotha/common/contract/help';
import type { SelfServiceFigures } from '@kotha/common/contract/analytics';
import { MAX_GAPS, OPENED_WITHIN_MS, type HealthEvent } from './health';
import { ASSUME_AFTER_MS, SESSION_GAP_MS, sessionsOf, visitorSessions, type OutcomeEvent } from './outcome';
import { tokenize } from './tokenize';

/** How many articles "top by escalation" lists. */
export const TOP_ESCALATED = 5;
/** Content gaps kept per stored day (the most searched). */
export const GAPS_PER_DAY = 200;
/** Articles kept per stored day (the most escalated, then the most read). */
export const ARTICLES_PER_DAY = 200;

export type HelpFactEvent = HealthEvent & OutcomeEvent;

/** An article's day: what its readers did, with its title as it was. */
export type ArticleDay = Omit<ArticleHealth, 'groupId'>;

/** The self-service facts of the sessions that started in one span (a local day, or the part of it in a period). */
export interface HelpDay {
  outcomes: Record<SelfServiceOutcome, number>;
  articles: ArticleDay[];
  gaps: ContentGap[];
}

export const noOutcomes = (): Record<SelfServiceOutcome, number> => ({ confirmed: 0, assumed: 0, handed: 0, abandoned: 0 });
export const EMPTY_HELP_DAY: HelpDay = { outcomes: noOutcomes(), articles: [], gaps: [] };

export interface HelpDayInput {
  /** The events read: every event of the spans' sessions, and enough around them (see `needsEarlier`). */
  events: readonly HelpFactEvent[];
  /** Per visitor, when they started a conversation with a person. */
  wroteAt: ReadonlyMap<string, readonly number[]>;
  /** The articles that exist, by id: their language and title. Events of other (removed) articles are left out. */
  articles: ReadonlyMap<string, { language: string; title: string }>;
  /** Decides which sessions have an outcome yet. */
  now: number;
}

function groupByVisitor(events: readonly HelpFactEvent[]): Map<string, HelpFactEvent[]> {
  const byVisitor = new Map<string, HelpFactEvent[]>();
  for (const event of events) {
    const own = byVisitor.get(event.visitorId);
    if (own) own.push(event);
    else byVisitor.set(event.visitorId, [event]);
  }
  return byVisitor;
}

const byEscalation = (a: ArticleDay, b: ArticleDay) => b.escalations - a.escalations || b.views - a.views || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const bySearches = (a: ContentGap, b: ContentGap) => b.searches - a.searches || b.noResults - a.noResults || a.query.localeCompare(b.query) || a.language.localeCompare(b.language);

/** One HelpDay per span, from the sessions that started in it. `limits` bound a day's lists (none for a one-off count). */
export function helpDays(input: HelpDayInput, spans: ReadonlyArray<{ from: number; to: number }>, limits: { articles: number; gaps: number } = { articles: ARTICLES_PER_DAY, gaps: GAPS_PER_DAY }): HelpDay[] {
  const days = spans.map(() => ({ outcomes: noOutcomes(), articles: new Map<string, ArticleDay>(), gaps: new Map<string, ContentGap>() }));
  const spanOf = (at: number) => spans.findIndex((s) => at >= s.from && at < s.to);
  const byVisitor = groupByVisitor(input.events);

  for (const [visitorId, own] of byVisitor) {
    for (const session of visitorSessions(own, input.wroteAt.get(visitorId) ?? [], input.now)) {
      const index = spanOf(session.events[0]!.at);
      if (index < 0) continue;
      const day = days[index]!;
      if (session.outcome) day.outcomes[session.outcome] += 1;
      const all = [...session.events, ...session.endings];
      const article = (id: string) => {
        const known = input.articles.get(id);
        if (!known) return null;
        const row = day.articles.get(id) ?? { id, language: known.language, title: known.title, views: 0, helped: 0, notHelped: 0, escalations: 0 };
        day.articles.set(id, row);
        return row;
      };
      for (const event of all) {
        if (event.kind === 'view') {
          const row = article(event.articleId);
          if (row) row.views += 1;
        } else if (event.kind === 'vote') {
          const row = article(event.articleId);
          if (row && event.helped) row.helped += 1;
          else if (row) row.notHelped += 1;
        } else if (event.kind === 'handoff') {
          for (const id of new Set(event.articleIds)) {
            const row = article(id);
            if (row) row.escalations += 1;
          }
        } else if (event.kind === 'search') {
          // A view within 10 minutes is in the same session (sessions part after 30 quiet minutes).
          const opened = event.resultCount > 0 && all.some((v) => v.kind === 'view' && v.at >= event.at && v.at - event.at <= OPENED_WITHIN_MS);
          if (opened) continue;
          const words = tokenize(event.query, event.language).join(' ');
          if (!words) continue;
          const key = `${event.language}\u0000${words}`;
          const gap = day.gaps.get(key) ?? { query: words, language: event.language, searches: 0, noResults: 0 };
          gap.searches += 1;
          if (event.resultCount === 0) gap.noResults += 1;
          day.gaps.set(key, gap);
        }
      }
    }
  }
  return days.map((d) => ({
    outcomes: d.outcomes,
    articles: [...d.articles.values()].sort(byEscalation).slice(0, limits.articles),
    gaps: [...d.gaps.values()].sort(bySearches).slice(0, limits.gaps),
  }));
}

/** Several days' facts as one (each article and gap summed; an article's title is its latest day's). */
export function sumHelpDays(days: readonly HelpDay[]): HelpDay {
  const outcomes = noOutcomes();
  const articles = new Map<string, ArticleDay>();
  const gaps = new Map<string, ContentGap>();
  for (const day of days) {
    for (const key of Object.keys(outcomes) as SelfServiceOutcome[]) outcomes[key] += day.outcomes[key] ?? 0;
    for (const a of day.articles) {
      const row = articles.get(a.id);
      articles.set(a.id, row ? { ...a, views: row.views + a.views, helped: row.helped + a.helped, notHelped: row.notHelped + a.notHelped, escalations: row.escalations + a.escalations } : { ...a });
    }
    for (const g of day.gaps) {
      const key = `${g.language}\u0000${g.query}`;
      const row = gaps.get(key);
      gaps.set(key, row ? { ...g, searches: row.searches + g.searches, noResults: row.noResults + g.noResults } : { ...g });
    }
  }
  return { outcomes, articles: [...articles.values()].sort(byEscalation), gaps: [...gaps.values()].sort(bySearches) };
}

/** A period's self-service figures from its days, oldest first. */
export function selfServiceFromDays(days: readonly HelpDay[]): SelfServiceFigures {
  const { outcomes, articles, gaps } = sumHelpDays(days);
  const selfServed = outcomes.confirmed + outcomes.assumed;
  const answered = selfServed + outcomes.handed;
  return {
    sessions: outcomes.confirmed + outcomes.assumed + outcomes.handed + outcomes.abandoned,
    outcomes,
    selfServed,
    deflection: answered === 0 ? null : selfServed / answered,
    escalated: articles
      .filter((a) => a.escalations > 0)
      .slice(0, TOP_ESCALATED)
      .map(({ id, language, title, views, escalations }) => ({ id, language, title, views, escalations })),
    gaps: gaps.slice(0, MAX_GAPS),
  };
}

/** The Help center tab's table: every article, with its readers' counts from the period's facts. */
export function articleTable(articles: ReadonlyArray<{ id: string; groupId: string; language: string; title: string }>, facts: HelpDay): ArticleHealth[] {
  const counted = new Map(facts.articles.map((a) => [a.id, a]));
  return articles
    .map(({ id, groupId, language, title }) => {
      const a = counted.get(id);
      return { id, groupId, language, title, views: a?.views ?? 0, helped: a?.helped ?? 0, notHelped: a?.notHelped ?? 0, escalations: a?.escalations ?? 0 };
    })
    .sort((a, b) => b.views - a.views || b.escalations - a.escalations || a.title.localeCompare(b.title));
}

/** How far back events are read at most, before a span, to tell whether a session began earlier. */
export const MAX_LOOKBACK_MS = ASSUME_AFTER_MS + SESSION_GAP_MS;

/**
 * Events of a span are read from `readFrom`: the span's start less SESSION_GAP_MS, and
 * after its end ASSUME_AFTER_MS + SESSION_GAP_MS (the outcome rules' reach). True when
 * what was read cannot tell where a session touching the span began: a visitor's first
 * session read starts within SESSION_GAP_MS of `readFrom` (an earlier event may chain to
 * it), or is a lone hand-over within ASSUME_AFTER_MS of it (it may end an unseen earlier
 * session). The caller then reads further back, in steps, up to MAX_LOOKBACK_MS.
 */
export function needsEarlier(events: readonly HelpFactEvent[], readFrom: number, spanFrom: number): boolean {
  const byVisitor = groupByVisitor(events);
  for (const own of byVisitor.values()) {
    const first = sessionsOf(own)[0]!;
    const start = first[0]!.at;
    if (first.at(-1)!.at < spanFrom) continue;
    if (start - readFrom <= SESSION_GAP_MS) return true;
    if (first.every((e) => e.kind === 'handoff') && start - readFrom <= ASSUME_AFTER_MS) return true;
  }
  return false;
}
