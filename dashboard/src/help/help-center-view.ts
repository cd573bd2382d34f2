/**
 * The Help center tab's pure rules: articles grouped as the merchant reads them (by
 * collection in the team's order, "no collection" last; in each, one entry per article
 * with its language versions, the site's language first), the languages an article can
 * still be written in, the tags typed as one line, and the language and collection
 * dropdowns' options.
 */
import { collectionTitle, type Article, type HelpCollection } from '@kotha/common/contract/help.ts';
import { LOCALES } from '@kotha/common/locales/catalog.ts';
import { t } from '../i18n/i18n.ts';
import { languageName } from '../shopper-facts.ts';

export interface ArticleGroup {
  groupId: string;
  /** Its versions, the site's language first, then by language tag. */
  versions: Article[];
}

export interface CollectionSection {
  /** null: the articles in no collection. */
  collection: HelpCollection | null;
  groups: ArticleGroup[];
}

/** The title a collection shows in `language`, else the site's, else its first: one rule with the Help view's. */
export { collectionTitle };

/** Sections in the collections' order; only non-empty ones, "no collection" last. */
export function sectionsOf(articles: Article[], collections: HelpCollection[], siteLanguage: string): CollectionSection[] {
  const groups = new Map<string, Article[]>();
  for (const article of articles) groups.set(article.groupId, [...(groups.get(article.groupId) ?? []), article]);
  const ordered: ArticleGroup[] = [...groups.entries()].map(([groupId, versions]) => ({
    groupId,
    versions: versions.sort((a, b) => Number(b.language === siteLanguage) - Number(a.language === siteLanguage) || a.language.localeCompare(b.language)),
  }));
  // A group sits in the collection of its first version.
  const sectionOf = (group: ArticleGroup) => group.versions[0]!.collectionId;
  const byTitle = (a: ArticleGroup, b: ArticleGroup) => a.versions[0]!.title.localeCompare(b.versions[0]!.title);
  const known = new Set(collections.map((c) => c.id));
  const sections: CollectionSection[] = collections
    .map((collection) => ({ collection, groups: ordered.filter((g) => sectionOf(g) === collection.id).sort(byTitle) }))
    .filter((s) => s.groups.length > 0);
  const loose = ordered.filter((g) => !known.has(sectionOf(g) ?? '')).sort(byTitle);
  return loose.length ? [...sections, { collection: null, groups: loose }] : sections;
}

/** Languages a new version of the group may be written in: the widget's, less those it has. */
export function languagesLeft(group: Article[]): string[] {
  const taken = new Set(group.map((a) => a.language.toLowerCase()));
  return LOCALES.filter((code) => !taken.has(code.toLowerCase()));
}

/** Languages a new article (or an import) may be in: the widget's, after the site's own when the widget has no such language. */
export function articleLanguages(siteLanguage: string): string[] {
  return LOCALES.includes(siteLanguage as never) ? [...LOCALES] : [siteLanguage, ...LOCALES];
}

/** A language dropdown's options: each tag in words, in the dashboard's language. */
export function languageOptions(codes: readonly string[], locale: string | undefined): Array<{ id: string; value: string }> {
  return codes.map((code) => ({ id: code, value: languageName(code, locale) ?? code }));
}

/** A collection dropdown's options: "No collection" (id '') first, then each collection titled in `language`. */
export function collectionOptions(collections: HelpCollection[], language: string, siteLanguage: string): Array<{ id: string; value: string }> {
  return [{ id: '', value: t('help.noCollection') }, ...collections.map((c) => ({ id: c.id, value: collectionTitle(c, language, siteLanguage) }))];
}

/** Tags typed as one line, separated by commas. */
export function parseTags(line: string): string[] {
  return [...new Set(line.split(/[,،、，]/).map((tag) => tag.trim()).filter(Boolean))];
}

/** The move of one collection up (-1) or down (+1): the new order of ids, or null at an end. */
export function moved(ids: string[], id: string, by: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}
