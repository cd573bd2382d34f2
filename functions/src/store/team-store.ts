/**
 * The team's own records, beside the chats:
 *
 *   sites/{siteId}/labels/{labelId}             labels (name, colour)
 *   sites/{siteId}/canned/{cannedId}            canned responses
 *   sites/{siteId}/agents/{uid}                 agent profiles (the Wix users of the inbox)
 *   sites/{siteId}/blocked/{visitorId}          blocked shoppers
 *   sites/{siteId}/blockedAddresses/{hash}      blocked network addresses (keyed hashes only)
 */
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import type { Agent, BlockedShopper, CannedResponse, Label } from '@kotha/common/contract';

/** Conversations changed per batch when a label is deleted (Firestore allows 500 writes). */
const LABEL_REMOVAL_BATCH = 200;

export class TeamStore {
  constructor(private readonly db: Firestore) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  // Labels.
  async listLabels(siteId: string): Promise<Label[]> {
    const snap = await this.site(siteId).collection('labels').orderBy('name').limit(200).get();
    return snap.docs.map((d) => d.data() as Label);
  }
  async saveLabel(siteId: string, label: Label): Promise<void> {
    await this.site(siteId).collection('labels').doc(label.id).set(label);
  }
  async getLabel(siteId: string, labelId: string): Promise<Label | null> {
    const snap = await this.site(siteId).collection('labels').doc(labelId).get();
    return snap.exists ? (snap.data() as Label) : null;
  }
  /**
   * Deletes a label and takes it off every conversation, in bounded batches. Conversation
   * events are not sent for this: the dashboard drops the label from its list at once.
   */
  async deleteLabel(siteId: string, labelId: string): Promise<number> {
    const conversations = this.site(siteId).collection('conversations');
    let changed = 0;
    for (;;) {
      const snap = await conversations.where('labels', 'array-contains', labelId).limit(LABEL_REMOVAL_BATCH).get();
      if (snap.empty) break;
      const batch = this.db.batch();
      for (const doc of snap.docs) batch.update(doc.ref, { labels: FieldValue.arrayRemove(labelId) });
      await batch.commit();
      changed += snap.size;
    }
    await this.site(siteId).collection('labels').doc(labelId).delete();
    return changed;
  }

  // Canned responses.
  async listCanned(siteId: string): Promise<CannedResponse[]> {
    const snap = await this.site(siteId).collection('canned').orderBy('shortcut').limit(1000).get();
    return snap.docs.map((d) => d.data() as CannedResponse);
  }
  async getCanned(siteId: string, cannedId: string): Promise<CannedResponse | null> {
    const snap = await this.site(siteId).collection('canned').doc(cannedId).get();
    return snap.exists ? (snap.data() as CannedResponse) : null;
  }
  async saveCanned(siteId: string, canned: CannedResponse): Promise<void> {
    await this.site(siteId).collection('canned').doc(canned.id).set(canned);
  }
  async deleteCanned(siteId: string, cannedId: string): Promise<void> {
    await this.site(siteId).collection('canned').doc(cannedId).delete();
  }
  async countCanned(siteId: string): Promise<number> {
    return (await this.site(siteId).collection('canned').count().get()).data().count;
  }

  // Agents.
  async listAgents(siteId: string): Promise<Agent[]> {
    const snap = await this.site(siteId).collection('agents').orderBy('displayName').limit(200).get();
    return snap.docs.map((d) => d.data() as Agent);
  }
  async countAgents(siteId: string): Promise<number> {
    return (await this.site(siteId).collection('agents').count().get()).data().count;
  }
  async getAgent(siteId: string, uid: string): Promise<Agent | null> {
    const snap = await this.site(siteId).collection('agents').doc(uid).get();
    return snap.exists ? (snap.data() as Agent) : null;
  }
  async saveAgent(siteId: string, agent: Agent): Promise<void> {
    await this.site(siteId).collection('agents').doc(agent.uid).set(agent);
  }

  // Blocked shoppers.
  async listBlocked(siteId: string): Promise<BlockedShopper[]> {
    const snap = await this.site(siteId).collection('blocked').orderBy('blockedAt', 'desc').limit(500).get();
    return snap.docs.map((d) => {
      const { addressHash: _private, ...shopper } = d.data();
      return shopper as BlockedShopper;
    });
  }
  async block(siteId: string, shopper: BlockedShopper, addressHash: string | null): Promise<void> {
    const batch = this.db.batch();
    batch.set(this.site(siteId).collection('blocked').doc(shopper.visitorId), { ...shopper, addressHash: addressHash ?? '' });
    if (addressHash) batch.set(this.site(siteId).collection('blockedAddresses').doc(addressHash), { visitorId: shopper.visitorId, blockedAt: shopper.blockedAt });
    await batch.commit();
  }
  /** Unblocks a shopper and the address blocked with them. False when they were not blocked. */
  async unblock(siteId: string, visitorId: string): Promise<boolean> {
    const ref = this.site(siteId).collection('blocked').doc(visitorId);
    const snap = await ref.get();
    if (!snap.exists) return false;
    const batch = this.db.batch();
    batch.delete(ref);
    const addressHash = snap.data()?.addressHash;
    if (typeof addressHash === 'string' && addressHash) batch.delete(this.site(siteId).collection('blockedAddresses').doc(addressHash));
    await batch.commit();
    return true;
  }
  /** Is this shopper, or the address they write from, blocked? One round trip. */
  async isBlocked(siteId: string, visitorId: string | null, addressHash: string): Promise<boolean> {
    const refs = [this.site(siteId).collection('blockedAddresses').doc(addressHash)];
    if (visitorId) refs.push(this.site(siteId).collection('blocked').doc(visitorId));
    const snaps = await this.db.getAll(...refs);
    return snaps.some((s) => s.exists);
  }
}
