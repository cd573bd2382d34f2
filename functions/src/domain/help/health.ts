/**
 * Article health and content gaps over a period, from the help center's events. Pure.
 * A content gap is a search (grouped by its words, per language) that returned nothing, or
 * after which the shopper opened no article within 10 minutes.
 */
import type { Article, ArticleHealth, ContentGap } from '@kotha/common/contract/help';
import { tokenize } from './tokenize';

export const OPENED_WITHIN_MS = 10 * 60_000;
export const MAX_GAPS = 50;

export type HealthEvent =
  | { kind: 'search'; visitorId: string; at: number; language: string; query: string; resultCount: number }
  | { kind: 'view'; visitorId: string; at: number; articleId: string }
  | { kind: 'vote'; visitorId: string; at: number; articleId: string; helped: boolean }
  | { kind: 'handoff'; visitorId: string; at: number; articleIds: string[] }
  | { kind: 'suggestions' | 'order'; visitorId: string; at: number };

export function articleHealth(articles: Article[], events: HealthEvent[]): ArticleHealth[] {
  const rows = new Map(articles.map((a) => [a.id, { id: a.id, groupId: a.groupId, language: a.language, title: a.title, views: 0, helped: 0, notHelped: 0, escalations: 0 }]));
  for (const event of events) {
    if (event.kind === 'view') {
      const row = rows.get(event.articleId);
      if (row) row.views += 1;
    } else if (event.kind === 'vote') {
      const row = rows.get(event.articleId);
      if (row && event.helped) row.helped += 1;
      else if (row) row.notHelped += 1;
    } else if (event.kind === 'handoff') {
      for (const id of new Set(event.articleIds)) {
        const row = rows.get(id);
        if (row) row.escalations += 1;
      }
    }
  }
  return [...rows.values()].sort((a, b) => b.views - a.views || b.escalations - a.escalations || a.title.localeCompare(b.title));
}

export function contentGaps(events: HealthEvent[]): ContentGap[] {
  const views = events.filter((e): e is Extract<HealthEvent, { kind: 'view' }> => e.kind === 'view');
  const gaps = new Map<string, ContentGap>();
  for (const event of events) {
    if (event.kind !== 'search') continue;
    const opened = event.resultCount > 0 && views.some((v) => v.visitorId === event.visitorId && v.at >= event.at && v.at - event.at <= OPENED_WITHIN_MS);
    if (opened) continue;
    const words = tokenize(event.query, event.language).join(' ');
    if (!words) continue;
    const key = `${event.language}\u0000${words}`;
    const gap = gaps.get(key) ?? { query: words, language: event.language, searches: 0, noResults: 0 };
    gap.searches += 1;
    if (event.resultCount === 0) gap.noResults += 1;
    gaps.set(key, gap);
  }
  return [...gaps.values()].sort((a, b) => b.searches - a.searches || b.noResults - a.noResults || a.query.localeCompare(b.query)).slice(0, MAX_GAPS);
}
