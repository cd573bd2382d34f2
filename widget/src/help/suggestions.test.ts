import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleHit } from '@kotha/common/contract/help';
import type { HelpApi } from './api';
import { createSuggestions, SUGGEST_DEBOUNCE_MS } from './suggestions';

const hit = (id: string): ArticleHit => ({ id, title: `Article ${id}`, snippet: '', collectionId: null });

/** A help API that answers searches from `answers` (by query) and records what it was asked. */
function fakeApi(answers: Record<string, ArticleHit[]>, failing = false) {
  const searches: Array<{ q: string; lang: string; mode: string; limit: number }> = [];
  const shown: Array<{ ids: string[]; query: string }> = [];
  const api = {
    async search(q: string, lang: string, mode: 'search' | 'suggest', limit: number) {
      searches.push({ q, lang, mode, limit });
      if (failing) throw new Error('down');
      return { hits: answers[q] ?? [] };
    },
    async suggestionsShown(ids: string[], query: string) {
      shown.push({ ids, query });
    },
  } as unknown as HelpApi;
  return { api, searches, shown };
}

describe('suggestions while typing', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks only for real questions, once typing pauses, in suggest mode for at most three answers', async () => {
    const { api, searches, shown } = fakeApi({ 'where is my order': [hit('a'), hit('b'), hit('c'), hit('d')] });
    const { draft } = createSuggestions(api);
    draft('hi there', 'en');
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS * 2);
    expect(searches).toEqual([]);

    draft('where is my', 'en');
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS - 100);
    draft('where is my order', 'en');
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS - 1);
    expect(searches).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(searches).toEqual([{ q: 'where is my order', lang: 'en', mode: 'suggest', limit: 3 }]);
    // What was shown is reported, cut to three.
    expect(shown).toEqual([{ ids: ['a', 'b', 'c'], query: 'where is my order' }]);
  });

  it('drops an answer that arrives after the text changed, and reports nothing when nothing was found or the API failed', async () => {
    let release: (hits: ArticleHit[]) => void = () => undefined;
    const slow = {
      search: vi.fn(() => new Promise<{ hits: ArticleHit[] }>((resolve) => (release = (hits) => resolve({ hits })))),
      suggestionsShown: vi.fn(async () => undefined),
    } as unknown as HelpApi;
    const { draft } = createSuggestions(slow);
    draft('how long is delivery', 'en');
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS);
    draft('ok', 'en');
    release([hit('late')]);
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.suggestionsShown).not.toHaveBeenCalled();

    const empty = fakeApi({});
    createSuggestions(empty.api).draft('do you ship to canada', 'en');
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS);
    expect(empty.searches).toHaveLength(1);
    expect(empty.shown).toEqual([]);

    const down = fakeApi({}, true);
    createSuggestions(down.api).draft('do you ship to canada', 'en');
    await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS);
    expect(down.shown).toEqual([]);
  });
});
