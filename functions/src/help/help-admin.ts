/**
 * The team's side of the help center: articles and their language versions, collections
 * and their order, the CSV import. Every rule that depends on stored state is here (the
 * site's article limit, a collection that must exist, one version per language of an
 * article); the shapes are checked at the edge by the contract's schemas.
 */
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import type { Article, HelpArticlesResponse, HelpCollection, HelpImportResponse } from '@kotha/common/contract/help';
import type { CollectionRequest, CreateArticleRequest, HelpImportRequest, UpdateArticleRequest } from '@kotha/common/contract/help-schemas';
import { Conflict, Invalid, NotFound } from '../domain/errors';
import { planImport } from '../domain/help/csv-import';
import { toArticle, type HelpArticleStore } from '../store/help-article-store';
import type { HelpCollectionStore } from '../store/help-collection-store';
import type { SiteStore } from '../store/site-store';
import { siteLanguageOf } from './help-library';

const full = () => new Conflict('help_full', `The help center holds at most ${HELP_LIMITS.articles} articles (every language counted). Delete some first.`);

export class HelpAdmin {
  constructor(private readonly deps: { articles: HelpArticleStore; collections: HelpCollectionStore; sites: SiteStore; clock: () => number }) {}

  async list(siteId: string): Promise<HelpArticlesResponse> {
    const [articles, collections, site] = await Promise.all([this.deps.articles.list(siteId), this.deps.collections.list(siteId), this.deps.sites.document(siteId)]);
    return {
      articles: articles.map(toArticle).sort((a, b) => a.title.localeCompare(b.title)),
      collections,
      siteLanguage: site ? siteLanguageOf(site) : 'en',
    };
  }

  /** The collections alone, in the team's order (one read of them, none of the articles). */
  async collections(siteId: string): Promise<HelpCollection[]> {
    return this.deps.collections.list(siteId);
  }

  async get(siteId: string, articleId: string): Promise<Article> {
    const article = await this.deps.articles.get(siteId, articleId);
    if (!article) throw new NotFound('No such article.');
    return toArticle(article);
  }

  async create(siteId: string, input: CreateArticleRequest): Promise<Article> {
    if ((await this.deps.articles.count(siteId)) >= HELP_LIMITS.articles) throw full();
    await this.requireCollection(siteId, input.collectionId);
    const id = this.deps.articles.newId(siteId);
    let groupId = id;
    if (input.groupId) {
      const versions = await this.deps.articles.versionsOf(siteId, input.groupId);
      if (!versions.length) throw new NotFound('No such article to translate.');
      if (versions.some((a) => a.language.toLowerCase() === input.language.toLowerCase())) throw new Conflict('help_language_taken', 'This article already has a version in that language. Edit it instead.');
      groupId = input.groupId;
    }
    const at = this.deps.clock();
    const article: Article = { id, groupId, language: input.language, title: input.title, body: input.body, collectionId: input.collectionId, tags: input.tags, status: input.status, createdAt: at, updatedAt: at };
    await this.deps.articles.create(siteId, [article]);
    return article;
  }

  async update(siteId: string, articleId: string, patch: UpdateArticleRequest): Promise<Article> {
    const existing = await this.deps.articles.get(siteId, articleId);
    if (!existing) throw new NotFound('No such article.');
    if (patch.collectionId !== undefined) await this.requireCollection(siteId, patch.collectionId);
    const updatedAt = this.deps.clock();
    await this.deps.articles.update(siteId, articleId, { ...patch, updatedAt });
    return toArticle({ ...existing, ...patch, updatedAt });
  }

  async delete(siteId: string, articleId: string): Promise<void> {
    if (!(await this.deps.articles.get(siteId, articleId))) throw new NotFound('No such article.');
    await this.deps.articles.delete(siteId, articleId);
  }

  async createCollection(siteId: string, input: CollectionRequest): Promise<HelpCollection> {
    const existing = await this.deps.collections.list(siteId);
    if (existing.length >= HELP_LIMITS.collections) throw new Conflict('help_collections_full', `A help center holds at most ${HELP_LIMITS.collections} collections.`);
    const collection: HelpCollection = { id: this.deps.collections.newId(siteId), titles: input.titles, position: Math.max(-1, ...existing.map((c) => c.position)) + 1 };
    await this.deps.collections.save(siteId, collection);
    return collection;
  }

  async renameCollection(siteId: string, collectionId: string, input: CollectionRequest): Promise<HelpCollection> {
    const existing = await this.deps.collections.get(siteId, collectionId);
    if (!existing) throw new NotFound('No such collection.');
    const collection = { ...existing, titles: input.titles };
    await this.deps.collections.save(siteId, collection);
    return collection;
  }

  /** Deletes a collection; its articles stay, under no collection. */
  async deleteCollection(siteId: string, collectionId: string): Promise<void> {
    if (!(await this.deps.collections.get(siteId, collectionId))) throw new NotFound('No such collection.');
    await this.deps.articles.detachCollection(siteId, collectionId, this.deps.clock());
    await this.deps.collections.delete(siteId, collectionId);
  }

  /** The collections' new order: every collection named once. */
  async reorderCollections(siteId: string, ids: string[]): Promise<HelpCollection[]> {
    const existing = await this.deps.collections.list(siteId);
    const known = new Set(existing.map((c) => c.id));
    if (ids.length !== known.size || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
      throw new Invalid('Name every collection exactly once, in the new order.');
    }
    await this.deps.collections.reorder(siteId, ids);
    return this.deps.collections.list(siteId);
  }

  /** Creates an article for each good row of the CSV; refuses each bad one with its line and reason. */
  async import(siteId: string, input: HelpImportRequest): Promise<HelpImportResponse> {
    await this.requireCollection(siteId, input.collectionId);
    const room = HELP_LIMITS.articles - (await this.deps.articles.count(siteId));
    const plan = planImport(input.csv, Math.max(0, room));
    const at = this.deps.clock();
    const articles: Article[] = plan.rows.map((row) => {
      const id = this.deps.articles.newId(siteId);
      return { id, groupId: id, language: input.language, title: row.title, body: row.body, collectionId: input.collectionId, tags: row.tags, status: input.status, createdAt: at, updatedAt: at };
    });
    if (articles.length) await this.deps.articles.create(siteId, articles);
    return { created: articles.length, refused: plan.refused };
  }

  private async requireCollection(siteId: string, collectionId: string | null): Promise<void> {
    if (collectionId && !(await this.deps.collections.get(siteId, collectionId))) throw new Invalid('No such collection: choose one that exists, or none.');
  }
}
