/** Help-center collections, `sites/{siteId}/helpCollections/{collectionId}`: a name per language and a position. */
import type { CollectionReference, DocumentData, Firestore, FirestoreDataConverter, QueryDocumentSnapshot } from 'firebase-admin/firestore';
import type { HelpCollection } from '@kotha/common/contract/help';

export const collectionConverter: FirestoreDataConverter<HelpCollection> = {
  toFirestore(collection: HelpCollection): DocumentData {
    return { ...collection };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): HelpCollection {
    const data = snapshot.data();
    const titles = data.titles && typeof data.titles === 'object' ? Object.fromEntries(Object.entries(data.titles as Record<string, unknown>).map(([k, v]) => [k, String(v)])) : {};
    return { id: snapshot.id, titles, position: typeof data.position === 'number' ? data.position : 0 };
  },
};

export class HelpCollectionStore {
  constructor(private readonly db: Firestore) {}

  collections(siteId: string): CollectionReference<HelpCollection> {
    return this.db.collection('sites').doc(siteId).collection('helpCollections').withConverter(collectionConverter);
  }

  newId(siteId: string): string {
    return this.collections(siteId).doc().id;
  }

  /** Every collection, in the team's order. */
  async list(siteId: string): Promise<HelpCollection[]> {
    const snap = await this.collections(siteId).get();
    return snap.docs.map((d) => d.data()).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  }

  async get(siteId: string, collectionId: string): Promise<HelpCollection | null> {
    return (await this.collections(siteId).doc(collectionId).get()).data() ?? null;
  }

  async save(siteId: string, collection: HelpCollection): Promise<void> {
    // The titles map is replaced whole (a merge would keep a removed language).
    await this.collections(siteId).doc(collection.id).set(collection);
  }

  async delete(siteId: string, collectionId: string): Promise<void> {
    await this.collections(siteId).doc(collectionId).delete();
  }

  /** New positions, in one batch. */
  async reorder(siteId: string, ids: string[]): Promise<void> {
    const batch = this.db.batch();
    ids.forEach((id, position) => batch.update(this.collections(siteId).doc(id), { position }));
    await batch.commit();
  }
}
