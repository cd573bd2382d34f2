import { describe, expect, it } from 'vitest';
import { articleText } from './render-markdown';
import { starterArticles } from './starter-articles';

describe('starterArticles', () => {
  it.each(['en', 'bn', 'te', 'ar'])('gives five published examples in %s, each marked as an example', (language) => {
    const articles = starterArticles(language, 1);
    expect(articles.map((a) => a.id)).toEqual(['starter_shipping', 'starter_returns', 'starter_payment', 'starter_order_status', 'starter_contact']);
    for (const article of articles) {
      expect(article).toMatchObject({ language, status: 'published', groupId: article.id });
      // The first line says it is an example to edit.
      expect(article.body.split('\n')[0]).toMatch(/^_.+_$/);
      expect(articleText(article.body).length).toBeLessThan(400);
    }
  });

  it('uses the base of a regional tag, and English for a language it has none in', () => {
    expect(starterArticles('bn-BD', 1)[0]!.language).toBe('bn');
    expect(starterArticles('fr', 1)[0]!).toMatchObject({ language: 'en', title: 'How long does delivery take?' });
  });
});
