/**
 * The shopper's side of the help center: the Help view's home, search and suggestions,
 * the article reader, votes, what the widget reports (suggestions shown), and the trail a
 * hand-over carries to the team. Reads go through the site's shelf (help-library.ts);
 * each recorded event is one write (store/help-event-store.ts), a view or vote one more
 * increment on the article.
 */
import { createHash } from 'node:crypto';
import { collectionTitle, type ArticleHit, type HelpHome, type HelpTopic, type HelpTrail, type PublicArticle } from '@kotha/common/contract/help';
import type { HelpEventRequest, HelpSearchQuery, HelpTrailInput, HelpVoteRequest } from '@kotha/common/contract/help-schemas';
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import { NotFound } from '../domain/errors';
import { snippetOf } from '../domain/help/snippet';
import { tokenize } from '../domain/help/tokenize';
import type { HelpArticleStore, StoredArticle } from '../store/help-article-store';
import type { HelpCollectionStore } from '../store/help-collection-store';
import type { HelpEventStore } from '../store/help-event-store';
import type { SiteStore } from '../store/site-store';
import type { HelpLibrary, HelpShelf } from './help-library';

const POPULAR = 5;

/** A page's key for "popular here": its address without query or fragment, hashed. */
export function pageKey(page: string | undefined): string | null {
  if (!page) return null;
  const url = new URL(page);
  return createHash('sha256').update(`${url.host}${url.pathname}`).digest('base64url').slice(0, 32);
}

export class ShopperHelp {
  constructor(private readonly deps: { sites: SiteStore; library: HelpLibrary; articles: HelpArticleStore; collections: HelpCollectionStore; events: HelpEventStore; clock: () => number }) {}

  private async shelf(siteId: string): Promise<HelpShelf> {
    const site = await this.deps.sites.document(siteId);
    if (!site) throw new NotFound('No such site.');
    return this.deps.library.shelf(site);
  }

  private hit(shelf: HelpShelf, article: StoredArticle, words: string[]): ArticleHit {
    return { id: article.id, title: article.title, snippet: snippetOf(shelf.text.get(article.id) ?? '', words), collectionId: article.collectionId };
  }

  async home(siteId: string, query: { lang?: string; page?: string }): Promise<HelpHome> {
    const shelf = await this.shelf(siteId);
    const language = shelf.languageFor(query.lang);
    const articles = shelf.inLanguage(language);
    const key = pageKey(query.page);
    const [collections, here] = await Promise.all([this.deps.collections.list(siteId), key ? this.deps.articles.pageViews(siteId, key) : Promise.resolve(new Map<string, number>())]);
    const counts = new Map<string, number>();
    for (const article of articles) if (article.collectionId) counts.set(article.collectionId, (counts.get(article.collectionId) ?? 0) + 1);
    const popular = [...articles]
      .sort((a, b) => (here.get(b.id) ?? 0) - (here.get(a.id) ?? 0) || b.views - a.views || b.updatedAt - a.updatedAt)
      .slice(0, POPULAR);
    return {
      language,
      collections: collections
        .filter((c) => counts.has(c.id))
        .map((c) => ({ id: c.id, title: collectionTitle(c, language, shelf.siteLanguage), articleCount: counts.get(c.id)! })),
      popular: popular.map((a) => this.hit(shelf, a, [])),
    };
  }

  /** A collection's published articles in the shopper's language (else the site's), most read first. */
  async topic(siteId: string, collectionId: string, query: { lang?: string }): Promise<HelpTopic> {
    const shelf = await this.shelf(siteId);
    const language = shelf.languageFor(query.lang);
    const collection = await this.deps.collections.get(siteId, collectionId);
    const articles = shelf
      .inLanguage(language)
      .filter((a) => a.collectionId === collectionId)
      .sort((a, b) => b.views - a.views || a.title.localeCompare(b.title, language));
    if (!collection || articles.length === 0) throw new NotFound('No such topic.');
    return { id: collection.id, title: collectionTitle(collection, language, shelf.siteLanguage), language, articles: articles.map((a) => this.hit(shelf, a, [])) };
  }

  /** Hits for a search or while typing; a search is recorded with its result count (a suggestion is recorded when shown). */
  async search(siteId: string, visitorId: string, query: HelpSearchQuery): Promise<ArticleHit[]> {
    const shelf = await this.shelf(siteId);
    const language = shelf.languageFor(query.lang);
    const limit = query.mode === 'suggest' ? Math.min(query.limit, HELP_LIMITS.suggestions) : query.limit;
    const found = shelf.search(language, query.q, query.mode, limit);
    const words = tokenize(query.q, language);
    const hits = found.flatMap(({ id }) => {
      const article = shelf.byId.get(id);
      return article ? [this.hit(shelf, article, words)] : [];
    });
    if (query.mode === 'search') {
      await this.deps.events.record(siteId, { kind: 'search', visitorId, at: this.deps.clock(), language, query: query.q, resultCount: hits.length });
    }
    return hits;
  }

  /** A published article, in the shopper's language when it has a version in it; counts a view. */
  async article(siteId: string, visitorId: string, articleId: string, query: { lang?: string; page?: string }): Promise<PublicArticle> {
    const shelf = await this.shelf(siteId);
    const found = shelf.byId.get(articleId);
    if (!found) throw new NotFound('No such article.');
    const article = shelf.versionIn(found, query.lang);
    const at = this.deps.clock();
    await Promise.all([
      this.deps.articles.countView(siteId, article.id, pageKey(query.page)),
      this.deps.events.record(siteId, { kind: 'view', visitorId, at, language: article.language, articleId: article.id }),
    ]);
    return { id: article.id, groupId: article.groupId, language: article.language, title: article.title, html: shelf.htmlOf(article), collectionId: article.collectionId, updatedAt: article.updatedAt };
  }

  async vote(siteId: string, visitorId: string, articleId: string, vote: HelpVoteRequest): Promise<void> {
    const shelf = await this.shelf(siteId);
    if (!shelf.byId.has(articleId)) throw new NotFound('No such article.');
    await Promise.all([
      this.deps.articles.countVote(siteId, articleId, vote.helped),
      this.deps.events.record(siteId, { kind: 'vote', visitorId, at: this.deps.clock(), articleId, helped: vote.helped, source: vote.source }),
    ]);
  }

  async event(siteId: string, visitorId: string, event: HelpEventRequest): Promise<void> {
    const shelf = await this.shelf(siteId);
    const shown = event.articleIds.filter((id) => shelf.byId.has(id));
    if (!shown.length) throw new NotFound('No such article.');
    const language = shelf.byId.get(shown[0]!)!.language;
    await this.deps.events.record(siteId, { kind: 'suggestions', visitorId, at: this.deps.clock(), language, query: event.query, articleIds: shown });
  }

  /**
   * The trail as the team will see it: titles from the articles (any status: the team
   * knows its drafts), articles that no longer exist left out, the order only when this
   * visitor's own lookup found it.
   */
  async trail(siteId: string, visitorId: string, input: HelpTrailInput): Promise<HelpTrail> {
    const ids = [...new Set(input.articles.map((a) => a.id))];
    const [articles, found] = await Promise.all([
      this.deps.articles.getMany(siteId, ids),
      input.orderNumber ? this.deps.events.didFind(siteId, visitorId, input.orderNumber, this.deps.clock()) : Promise.resolve(false),
    ]);
    const titles = new Map(articles.map((a) => [a.id, a.title]));
    const seen = new Set<string>();
    return {
      articles: input.articles.flatMap((a) => {
        const title = titles.get(a.id);
        if (title === undefined || seen.has(a.id)) return [];
        seen.add(a.id);
        return [{ id: a.id, title, helped: a.helped }];
      }),
      orderNumber: found ? input.orderNumber : null,
      reason: input.reason,
    };
  }

  /** The hand-over, recorded once its message is stored. */
  async handedOver(siteId: string, visitorId: string, trail: HelpTrail): Promise<void> {
    await this.deps.events.record(siteId, { kind: 'handoff', visitorId, at: this.deps.clock(), reason: trail.reason, articleIds: trail.articles.map((a) => a.id), orderNumber: trail.orderNumber });
  }
}
