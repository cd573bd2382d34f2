import { describe, expect, it } from 'vitest';
import type { HelpArticleStore, StoredArticle } from '../store/help-article-store';
import type { SiteDocument } from '../store/site-store';
import { HelpLibrary } from './help-library';

const article = (id: string, views: number): StoredArticle => ({
  id, groupId: id, language: 'en', title: `Delivery ${id}`, body: '**Two to four days** in Dhaka.', collectionId: null, tags: ['shipping'], status: 'published', createdAt: 0, updatedAt: 0, views, helped: 0, notHelped: 0,
});

describe('the shelf', () => {
  it('after ten minutes at the same version reads the counters again and keeps its text, indexes and HTML; a new version builds them again', async () => {
    let stored = [article('a1', 1)];
    let now = 0;
    const library = new HelpLibrary({ articles: { listPublished: async () => stored } as unknown as HelpArticleStore, clock: () => now });
    const site = (helpVersion: number) => ({ siteId: 's1', helpVersion, locale: 'en', language: 'en' }) as SiteDocument;

    const first = await library.shelf(site(1));
    const html = first.htmlOf(first.byId.get('a1')!);
    const hits = first.search('en', 'delivery', 'search', 5);
    stored = [article('a1', 7)];
    now += 5 * 60_000;
    expect(await library.shelf(site(1))).toBe(first);

    now += 6 * 60_000;
    const refreshed = await library.shelf(site(1));
    expect(refreshed).not.toBe(first);
    expect(refreshed.byId.get('a1')!.views).toBe(7);
    expect(refreshed.text).toBe(first.text);
    expect(refreshed.htmlOf(refreshed.byId.get('a1')!)).toBe(html);
    expect(refreshed.search('en', 'delivery', 'search', 5)).toEqual(hits);

    stored = [{ ...article('a1', 7), body: 'Three days.' }];
    const rebuilt = await library.shelf(site(2));
    expect(rebuilt.text).not.toBe(first.text);
    expect(rebuilt.text.get('a1')).toBe('Three days.');
  });
});
