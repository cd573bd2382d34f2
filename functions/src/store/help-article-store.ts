/**
 * Help-center articles, `sites/{siteId}/helpArticles/{articleId}`: one document per
 * language version, with its all-time view and vote counters (flat increments, never a
 * read-modify-write). Every write that changes what shoppers can find also bumps the
 * site's `helpVersion` in the same batch, so a search index built from an older version
 * is known stale by one read of the site document (help/help-search.ts).
 */
import { FieldValue, type CollectionReference, type DocumentData, type Firestore, type FirestoreDataConverter, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { Article } from '@kotha/common/contract/help';

/** An article as stored: the team's text and its counters. */
export interface StoredArticle extends Article {
  views: number;
  helped: number;
  notHelped: number;
}

const num = (value: unknown) => (typeof value === 'number' ? value : 0);

export const articleConverter: FirestoreDataConverter<StoredArticle> = {
  toFirestore(article: StoredArticle): DocumentData {
    return { ...article };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): StoredArticle {
    const data = snapshot.data();
    return {
      id: snapshot.id,
      groupId: typeof data.groupId === 'string' ? data.groupId : snapshot.id,
      language: String(data.language ?? 'en'),
      title: String(data.title ?? ''),
      body: String(data.body ?? ''),
      collectionId: typeof data.collectionId === 'string' ? data.collectionId : null,
      tags: Array.isArray(data.tags) ? data.tags.map(String) : [],
      status: data.status === 'published' ? 'published' : 'draft',
      createdAt: num(data.createdAt),
      updatedAt: num(data.updatedAt),
      views: num(data.views),
      helped: num(data.helped),
      notHelped: num(data.notHelped),
    };
  },
};

/** What the team edits; the counters are the store's. */
export type ArticleFields = Omit<Article, 'id' | 'createdAt' | 'updatedAt'>;

/** Strips the counters: the team's view of an article. */
export function toArticle({ views: _v, helped: _h, notHelped: _n, ...article }: StoredArticle): Article {
  return article;
}

export class HelpArticleStore {
  constructor(private readonly db: Firestore) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  articles(siteId: string): CollectionReference<StoredArticle> {
    return this.site(siteId).collection('helpArticles').withConverter(articleConverter);
  }

  /** A fresh article id. */
  newId(siteId: string): string {
    return this.articles(siteId).doc().id;
  }

  async get(siteId: string, articleId: string): Promise<StoredArticle | null> {
    return (await this.articles(siteId).doc(articleId).get()).data() ?? null;
  }

  /** Several by id in one round trip (missing ones left out). */
  async getMany(siteId: string, ids: string[]): Promise<StoredArticle[]> {
    if (!ids.length) return [];
    const snaps = await this.db.getAll(...ids.map((id) => this.articles(siteId).doc(id)));
    return snaps.flatMap((snap) => (snap.exists ? [snap.data() as StoredArticle] : []));
  }

  /** Every version of every article (at most HELP_LIMITS.articles). */
  async list(siteId: string): Promise<StoredArticle[]> {
    return (await this.articles(siteId).get()).docs.map((d) => d.data());
  }

  /** The language versions of one article (its group): one equality, served by Firestore's single-field index. */
  async versionsOf(siteId: string, groupId: string): Promise<StoredArticle[]> {
    return (await this.articles(siteId).where('groupId', '==', groupId).get()).docs.map((d) => d.data());
  }

  /** What shoppers can read. */
  async listPublished(siteId: string): Promise<StoredArticle[]> {
    return (await this.articles(siteId).where('status', '==', 'published').get()).docs.map((d) => d.data());
  }

  async count(siteId: string): Promise<number> {
    return (await this.articles(siteId).count().get()).data().count;
  }

  /** Writes new articles (one batch of at most 499 each) and bumps the site's help version. */
  async create(siteId: string, articles: Article[]): Promise<void> {
    for (let start = 0; start < articles.length; start += 400) {
      const batch = this.db.batch();
      for (const article of articles.slice(start, start + 400)) {
        batch.set(this.articles(siteId).doc(article.id), { ...article, views: 0, helped: 0, notHelped: 0 });
      }
      batch.set(this.site(siteId), { helpVersion: FieldValue.increment(1) }, { merge: true });
      await batch.commit();
    }
  }

  async update(siteId: string, articleId: string, patch: Partial<ArticleFields> & { updatedAt: number }): Promise<void> {
    const batch = this.db.batch();
    batch.update(this.articles(siteId).doc(articleId), patch);
    batch.set(this.site(siteId), { helpVersion: FieldValue.increment(1) }, { merge: true });
    await batch.commit();
  }

  async delete(siteId: string, articleId: string): Promise<void> {
    const batch = this.db.batch();
    batch.delete(this.articles(siteId).doc(articleId));
    batch.set(this.site(siteId), { helpVersion: FieldValue.increment(1) }, { merge: true });
    await batch.commit();
  }

  /** Articles of a collection about to go: moved to no collection. */
  async detachCollection(siteId: string, collectionId: string, at: number): Promise<void> {
    const snap = await this.articles(siteId).where('collectionId', '==', collectionId).get();
    if (snap.empty) return;
    const batch = this.db.batch();
    for (const doc of snap.docs) batch.update(doc.ref, { collectionId: null, updatedAt: at });
    batch.set(this.site(siteId), { helpVersion: FieldValue.increment(1) }, { merge: true });
    await batch.commit();
  }

  /** A shopper read it: one increment (popular articles); the page's count in a document of its own. */
  async countView(siteId: string, articleId: string, pageKey: string | null): Promise<void> {
    const batch = this.db.batch();
    batch.update(this.articles(siteId).doc(articleId), { views: FieldValue.increment(1) });
    // Flat fields, one per article: the emulator cannot increment a nested one.
    if (pageKey) batch.set(this.site(siteId).collection('helpPageViews').doc(pageKey), { [`a_${articleId}`]: FieldValue.increment(1) }, { merge: true });
    await batch.commit();
  }

  /** The views each article had on one page (article id → count). */
  async pageViews(siteId: string, pageKey: string): Promise<Map<string, number>> {
    const data = (await this.site(siteId).collection('helpPageViews').doc(pageKey).get()).data() ?? {};
    return new Map(Object.entries(data).flatMap(([field, value]) => (field.startsWith('a_') && typeof value === 'number' ? [[field.slice(2), value] as const] : [])));
  }

  async countVote(siteId: string, articleId: string, helped: boolean): Promise<void> {
    await this.articles(siteId).doc(articleId).update({ [helped ? 'helped' : 'notHelped']: FieldValue.increment(1) });
  }
}
