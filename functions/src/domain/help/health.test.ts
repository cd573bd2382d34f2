import { describe, expect, it } from 'vitest';
import type { Article } from '@kotha/common/contract/help';
import { articleHealth, contentGaps, type HealthEvent } from './health';
import { snippetOf } from './snippet';
import { pickLanguage } from './language';

const article = (id: string, title: string): Article => ({ id, groupId: id, language: 'en', title, body: '', collectionId: null, tags: [], status: 'published', createdAt: 0, updatedAt: 0 });

describe('articleHealth', () => {
  it('counts views, votes and the hand-overs that named the article', () => {
    const events: HealthEvent[] = [
      { kind: 'view', visitorId: 'v1', at: 1, articleId: 'a' },
      { kind: 'view', visitorId: 'v2', at: 2, articleId: 'a' },
      { kind: 'vote', visitorId: 'v1', at: 3, articleId: 'a', helped: true },
      { kind: 'vote', visitorId: 'v2', at: 4, articleId: 'a', helped: false },
      { kind: 'handoff', visitorId: 'v2', at: 5, articleIds: ['a', 'b', 'gone'] },
      { kind: 'view', visitorId: 'v3', at: 6, articleId: 'gone' },
    ];
    expect(articleHealth([article('a', 'Shipping'), article('b', 'Returns')], events)).toEqual([
      { id: 'a', groupId: 'a', language: 'en', title: 'Shipping', views: 2, helped: 1, notHelped: 1, escalations: 1 },
      { id: 'b', groupId: 'b', language: 'en', title: 'Returns', views: 0, helped: 0, notHelped: 0, escalations: 1 },
    ]);
  });
});

describe('contentGaps', () => {
  it('groups searches that found nothing, or nothing opened, by their words and language', () => {
    const events: HealthEvent[] = [
      { kind: 'search', visitorId: 'v1', at: 0, language: 'en', query: 'Gift wrap?', resultCount: 0 },
      { kind: 'search', visitorId: 'v2', at: 0, language: 'en', query: 'gift  WRAP', resultCount: 2 },
      { kind: 'search', visitorId: 'v3', at: 0, language: 'en', query: 'shipping', resultCount: 3 },
      { kind: 'view', visitorId: 'v3', at: 60_000, articleId: 'a' },
      { kind: 'search', visitorId: 'v4', at: 0, language: 'bn', query: 'উপহার', resultCount: 0 },
    ];
    expect(contentGaps(events)).toEqual([
      { query: 'gift wrap', language: 'en', searches: 2, noResults: 1 },
      { query: 'উপহার', language: 'bn', searches: 1, noResults: 1 },
    ]);
  });
});

describe('snippetOf', () => {
  it('is the whole text when short, else a window around the first word found', () => {
    expect(snippetOf('Short answer.', ['answer'])).toBe('Short answer.');
    const text = `${'lorem ipsum '.repeat(30)}returns within thirty days ${'dolor sit '.repeat(30)}`;
    const snippet = snippetOf(text, ['returns']);
    expect(snippet).toContain('returns within thirty days');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(170);
  });
});

describe('pickLanguage', () => {
  it("takes the shopper's language, its base, the site's, English, then any", () => {
    expect(pickLanguage(['en', 'bn'], 'bn-BD', 'en')).toBe('bn');
    expect(pickLanguage(['en', 'te'], 'fr', 'te')).toBe('te');
    expect(pickLanguage(['en', 'te'], 'fr', 'de')).toBe('en');
    expect(pickLanguage(['ar'], 'fr', 'de')).toBe('ar');
    expect(pickLanguage([], 'fr', 'de')).toBe('de');
  });
});
