/**
 * What the owners' phone alerts remember, flat: the merchant's switch (`ownerAlerts` on
 * `sites/{id}`, through the site codec), when each conversation last alerted
 * (`sites/{id}/alerts/{conversationId}`), and each month's count
 * (`sites/{id}/config/alerts-{YYYY-MM}`, with `exhausted` once the platform refused more).
 */
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import { sitesOf } from './site-store';

const month = (at: number) => new Date(at).toISOString().slice(0, 7);
const num = (value: unknown) => (typeof value === 'number' ? value : 0);

export class OwnerAlertStore {
  constructor(private readonly db: Firestore) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  private monthDoc(siteId: string, at: number) {
    return this.site(siteId).collection('config').doc(`alerts-${month(at)}`);
  }

  async enabled(siteId: string): Promise<boolean> {
    return (await sitesOf(this.db).doc(siteId).get()).data()?.ownerAlerts ?? true;
  }

  async setEnabled(siteId: string, enabled: boolean): Promise<void> {
    await sitesOf(this.db).doc(siteId).set({ siteId, ownerAlerts: enabled }, { merge: true });
  }

  /** When the conversation last alerted the owners (ms), 0 never. */
  async lastAlertAt(siteId: string, conversationId: string): Promise<number> {
    return num((await this.site(siteId).collection('alerts').doc(conversationId).get()).get('lastAt'));
  }

  async setLastAlertAt(siteId: string, conversationId: string, at: number, kind: string): Promise<void> {
    await this.site(siteId).collection('alerts').doc(conversationId).set({ conversationId, lastAt: at, kind });
  }

  /** The month of `at`: alerts sent, and whether the platform said the quota is used up. */
  async month(siteId: string, at: number): Promise<{ sent: number; exhausted: boolean }> {
    const snap = await this.monthDoc(siteId, at).get();
    return { sent: num(snap.get('sent')), exhausted: snap.get('exhausted') === true };
  }

  async countSent(siteId: string, at: number): Promise<void> {
    await this.monthDoc(siteId, at).set({ sent: FieldValue.increment(1), month: month(at) }, { merge: true });
  }

  async markExhausted(siteId: string, at: number): Promise<void> {
    await this.monthDoc(siteId, at).set({ exhausted: true, month: month(at) }, { merge: true });
  }
}
