import { describe, expect, it } from 'vitest';
import type { Article, HelpCollection } from '@kotha/common/contract/help.ts';
import { LOCALES } from '@kotha/common/locales/catalog.ts';
import { articleLanguages, collectionOptions, collectionTitle, languageOptions, languagesLeft, moved, parseTags, sectionsOf } from './help-center-view.ts';

const article = (id: string, fields: Partial<Article>): Article => ({ id, groupId: id, language: 'en', title: id, body: '', collectionId: null, tags: [], status: 'draft', createdAt: 0, updatedAt: 0, ...fields });
const shipping: HelpCollection = { id: 'c1', titles: { en: 'Shipping', bn: 'ডেলিভারি' }, position: 0 };
const returns: HelpCollection = { id: 'c2', titles: { en: 'Returns' }, position: 1 };

describe('sectionsOf', () => {
  it('groups versions under their collection in order, the site language first, loose articles last', () => {
    const articles = [
      article('b', { title: 'Bravo', collectionId: 'c1' }),
      article('b-bn', { groupId: 'b', language: 'bn', title: 'ব্রাভো', collectionId: 'c1' }),
      article('a', { title: 'Alpha', collectionId: 'c1' }),
      article('z', { title: 'Zulu', collectionId: null }),
      article('gone', { title: 'In a deleted collection', collectionId: 'c9' }),
    ];
    const sections = sectionsOf(articles, [shipping, returns], 'bn');
    expect(sections.map((s) => [s.collection?.id ?? null, s.groups.map((g) => g.versions.map((v) => v.id))])).toEqual([
      ['c1', [['a'], ['b-bn', 'b']]],
      [null, [['gone'], ['z']]],
    ]);
  });
});

describe('the small rules', () => {
  it('names a collection in the language, else the site’s, else any', () => {
    expect(collectionTitle(shipping, 'bn', 'en')).toBe('ডেলিভারি');
    expect(collectionTitle(shipping, 'te', 'en')).toBe('Shipping');
    expect(collectionTitle(returns, 'te', 'bn')).toBe('Returns');
  });

  it('offers only the languages an article has no version in', () => {
    const left = languagesLeft([article('a', { language: 'en' }), article('b', { language: 'bn' })]);
    expect(left).not.toContain('en');
    expect(left).not.toContain('bn');
    expect(left).toContain('te');
  });

  it('reads tags separated by commas, Arabic and CJK ones too', () => {
    expect(parseTags(' refund, money back ,refund،استرداد，退款 ,')).toEqual(['refund', 'money back', 'استرداد', '退款']);
  });

  it('offers the widget’s languages, the site’s own first when the widget has none such', () => {
    expect(articleLanguages('en')).toEqual([...LOCALES]);
    expect(articleLanguages('xx')).toEqual(['xx', ...LOCALES]);
  });

  it('builds the dropdowns’ options: languages in words, collections after “No collection”', () => {
    expect(languageOptions(['bn', 'xx'], 'en')).toEqual([{ id: 'bn', value: 'Bangla' }, { id: 'xx', value: 'xx' }]);
    expect(collectionOptions([shipping, returns], 'bn', 'en')).toEqual([{ id: '', value: 'No collection' }, { id: 'c1', value: 'ডেলিভারি' }, { id: 'c2', value: 'Returns' }]);
  });

  it('moves a collection one place, or not past an end', () => {
    expect(moved(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 'c', 1)).toBeNull();
  });
});
