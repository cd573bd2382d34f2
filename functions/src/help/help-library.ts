/**
 * A site's published articles as shoppers search and read them, held in this instance's
 * memory: the articles by language, a minisearch index per language (BM25+ over title,
 * tags and body, with our Intl.Segmenter words), their plain text and rendered HTML.
 *
 * Freshness: every article write bumps the site's `helpVersion` (store/help-article-store.ts),
 * so each use reads the site document (one read) and rebuilds only when the version moved
 * (one query of the published articles), or when the copy is ten minutes old (so "popular"
 * follows the view counters: then only the articles are read again, their text, indexes
 * and HTML kept, since the version says their words did not change). A search, a
 * suggestion, the Help view's home and an article thus cost one Firestore read on a warm
 * instance. At most MAX_SITES sites are kept, the least recently used leaving first.
 */
import MiniSearch from 'minisearch';
import type { SiteDocument } from '../store/site-store';
import type { HelpArticleStore, StoredArticle } from '../store/help-article-store';
import { tokenize } from '../domain/help/tokenize';
import { pickLanguage } from '../domain/help/language';
import { articleText, renderArticle } from './render-markdown';

const MAX_SITES = 500;
const REFRESH_MS = 10 * 60_000;

interface Indexed {
  id: string;
  title: string;
  tags: string;
  body: string;
}

/** One site's published help center at one version. */
export class HelpShelf {
  private readonly indexes: Map<string, MiniSearch<Indexed>>;
  private readonly html: Map<string, string>;
  readonly text: Map<string, string>;
  readonly byId: Map<string, StoredArticle>;

  constructor(
    readonly version: number,
    readonly loadedAt: number,
    /** The site's own language: what shoppers read when theirs has no articles. */
    readonly siteLanguage: string,
    articles: StoredArticle[],
    /**
     * A shelf of the same version, read earlier: its articles' words are these articles'
     * (every write bumps the version, only the counters moved), so its text, indexes and
     * HTML are kept instead of built again.
     */
    sameVersion?: HelpShelf,
  ) {
    this.byId = new Map(articles.map((a) => [a.id, a]));
    this.indexes = sameVersion?.indexes ?? new Map();
    this.html = sameVersion?.html ?? new Map();
    this.text = sameVersion?.text ?? new Map(articles.map((a) => [a.id, articleText(a.body)]));
  }

  /** The language a shopper asking in `wanted` reads. */
  languageFor(wanted: string | undefined): string {
    return pickLanguage(new Set([...this.byId.values()].map((a) => a.language)), wanted, this.siteLanguage);
  }

  inLanguage(language: string): StoredArticle[] {
    return [...this.byId.values()].filter((a) => a.language === language);
  }

  /** The version of the article's group in `language`, else the article itself. */
  versionIn(article: StoredArticle, language: string | undefined): StoredArticle {
    if (!language || article.language === language) return article;
    return [...this.byId.values()].find((a) => a.groupId === article.groupId && a.language === this.languageFor(language) && a.language !== article.language) ?? article;
  }

  htmlOf(article: StoredArticle): string {
    let html = this.html.get(article.id);
    if (html === undefined) {
      html = renderArticle(article.body);
      this.html.set(article.id, html);
    }
    return html;
  }

  /** Article ids by relevance for the query, best first. */
  search(language: string, query: string, mode: 'search' | 'suggest', limit: number): Array<{ id: string; terms: string[] }> {
    const index = this.indexFor(language);
    const results = index.search(query, {
      // While typing, the last word is probably unfinished.
      prefix: (term, i, terms) => mode === 'suggest' ? i === terms.length - 1 : term.length > 3,
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      boost: { title: 3, tags: 2 },
      combineWith: 'OR',
    });
    return results.slice(0, limit).map((r) => ({ id: String(r.id), terms: r.terms }));
  }

  private indexFor(language: string): MiniSearch<Indexed> {
    let index = this.indexes.get(language);
    if (!index) {
      index = new MiniSearch<Indexed>({
        fields: ['title', 'tags', 'body'],
        tokenize: (text) => tokenize(text, language),
        processTerm: (term) => term,
        searchOptions: { tokenize: (text) => tokenize(text, language), processTerm: (term) => term },
      });
      index.addAll(this.inLanguage(language).map((a) => ({ id: a.id, title: a.title, tags: a.tags.join(' '), body: this.text.get(a.id) ?? '' })));
      this.indexes.set(language, index);
    }
    return index;
  }
}

/** The site's language as a BCP 47 tag: the widget's chosen one, else Wix's, else English. */
export function siteLanguageOf(site: Pick<SiteDocument, 'locale' | 'language'>): string {
  return site.locale || site.language || 'en';
}

export class HelpLibrary {
  private readonly shelves = new Map<string, HelpShelf>();

  constructor(private readonly deps: { articles: HelpArticleStore; clock: () => number }) {}

  /** The site's published help center as of its current version. */
  async shelf(site: SiteDocument): Promise<HelpShelf> {
    const now = this.deps.clock();
    const cached = this.shelves.get(site.siteId);
    if (cached && cached.version === site.helpVersion && now - cached.loadedAt < REFRESH_MS) {
      // Most recently used last, so the first is the one to drop.
      this.shelves.delete(site.siteId);
      this.shelves.set(site.siteId, cached);
      return cached;
    }
    // Past REFRESH_MS at the same version, only the counters ("popular") are read again.
    const sameVersion = cached?.version === site.helpVersion ? cached : undefined;
    const shelf = new HelpShelf(site.helpVersion, now, siteLanguageOf(site), await this.deps.articles.listPublished(site.siteId), sameVersion);
    this.shelves.delete(site.siteId);
    this.shelves.set(site.siteId, shelf);
    if (this.shelves.size > MAX_SITES) this.shelves.delete(this.shelves.keys().next().value!);
    return shelf;
  }
}
