import { describe, expect, it } from 'vitest';
import type { Article } from '@kotha/common/contract/help';
import type { HealthEvent } from './health';
import { selfServiceReport } from './self-service';

const MIN = 60_000;
const HOUR = 60 * MIN;
const T = Date.UTC(2026, 11, 1, 9, 0, 0);
const at = (minutes: number) => T + minutes * MIN;
const article = (id: string, title: string): Article => ({ id, groupId: id, language: 'en', title, body: '', collectionId: null, tags: [], status: 'published', createdAt: 0, updatedAt: 0 });
const ARTICLES = [article('ship', 'Shipping times'), article('ret', 'Returns')];

describe('selfServiceReport', () => {
  // Six shoppers, worked out by hand, two days after the first event:
  //   v1 searched, read Shipping, said Yes                     → confirmed
  //   v2 read Returns from a suggestion, wrote to nobody in 24 h → assumed
  //   v3 searched, read Shipping, said No, handed over         → handed (Shipping escalated once)
  //   v4 searched "gift wrap", found nothing                    → abandoned (a content gap)
  //   v5 read Returns, then started a conversation 2 h later    → handed (no hand-over from the Help view)
  //   v6 read Shipping an hour ago                              → no outcome yet (may still write)
  // Sessions with an outcome: 5; self-served 2; deflection 2 ÷ (2 + 2) = 50 %.
  const events: HealthEvent[] = [
    { kind: 'search', visitorId: 'v1', at: at(0), language: 'en', query: 'delivery', resultCount: 1 },
    { kind: 'view', visitorId: 'v1', at: at(1), articleId: 'ship' },
    { kind: 'vote', visitorId: 'v1', at: at(2), articleId: 'ship', helped: true },
    { kind: 'suggestions', visitorId: 'v2', at: at(10) },
    { kind: 'view', visitorId: 'v2', at: at(11), articleId: 'ret' },
    { kind: 'search', visitorId: 'v3', at: at(20), language: 'en', query: 'late parcel', resultCount: 1 },
    { kind: 'view', visitorId: 'v3', at: at(21), articleId: 'ship' },
    { kind: 'vote', visitorId: 'v3', at: at(22), articleId: 'ship', helped: false },
    { kind: 'handoff', visitorId: 'v3', at: at(23), articleIds: ['ship'] },
    { kind: 'search', visitorId: 'v4', at: at(30), language: 'en', query: 'Gift wrap?', resultCount: 0 },
    { kind: 'view', visitorId: 'v5', at: at(40), articleId: 'ret' },
    { kind: 'view', visitorId: 'v6', at: at(48 * 60 - 60), articleId: 'ship' },
  ];
  const wrote = new Map([['v5', [at(40) + 2 * HOUR]]]);
  const now = at(48 * 60);

  it('counts each session once by its outcome, and the deflection rate of those that found an answer', () => {
    const { figures } = selfServiceReport(ARTICLES, events, wrote, now);
    expect(figures.outcomes).toEqual({ confirmed: 1, assumed: 1, handed: 2, abandoned: 1 });
    expect(figures.sessions).toBe(5);
    expect(figures.selfServed).toBe(2);
    expect(figures.deflection).toBe(0.5);
  });

  it('lists the articles read before a hand-over, and the searches that found nothing', () => {
    const { figures, articles } = selfServiceReport(ARTICLES, events, wrote, now);
    expect(figures.escalated).toEqual([{ id: 'ship', language: 'en', title: 'Shipping times', views: 3, escalations: 1 }]);
    expect(figures.gaps).toEqual([{ query: 'gift wrap', language: 'en', searches: 1, noResults: 1 }]);
    // The Help center tab's article health is the same computation.
    expect(articles.map((a) => [a.id, a.views, a.helped, a.notHelped, a.escalations])).toEqual([
      ['ship', 3, 1, 1, 1],
      ['ret', 2, 0, 0, 0],
    ]);
  });

  it('a day later the last reader is assumed self-served too', () => {
    const { figures } = selfServiceReport(ARTICLES, events, wrote, now + 24 * HOUR);
    expect(figures.outcomes).toEqual({ confirmed: 1, assumed: 2, handed: 2, abandoned: 1 });
    expect(figures.deflection).toBe(0.6);
  });

  it('no events, or only abandoned searches: nothing to divide by', () => {
    expect(selfServiceReport(ARTICLES, [], new Map(), now).figures).toEqual({ sessions: 0, outcomes: { confirmed: 0, assumed: 0, handed: 0, abandoned: 0 }, selfServed: 0, deflection: null, escalated: [], gaps: [] });
    const abandoned = selfServiceReport(ARTICLES, events.filter((e) => e.visitorId === 'v4'), new Map(), now).figures;
    expect(abandoned).toMatchObject({ sessions: 1, selfServed: 0, deflection: null });
  });
});
