/**
 * The site owners' phone: when a new chat starts, or a shopper has waited past the
 * merchant's threshold (the hours settings' "notify after" minutes, the follow-up job's
 * `notify-merchant`), the platform's owner channel tells the site's owners (on Wix: the
 * Wix Owner app's push and the dashboard's feed). Never more than one alert per
 * conversation in `ALERT_GAP_MS`, never past the platform's monthly quota, only while the
 * merchant keeps alerts on (Team & tools), and never in the way of the chat: a failure
 * is logged, not thrown.
 *
 * State, flat: `sites/{siteId}/alerts/{conversationId}` holds when that conversation last
 * alerted; `sites/{siteId}/config/alerts-{YYYY-MM}` counts the month's alerts (and
 * remembers when the platform said the quota is used up).
 */
import { FieldValue, type Firestore } from 'firebase-admin/firestore';
import type { OwnerAlert, OwnerAlertChannel } from '@kotha/common/platform';
import { sitesOf } from '../store/site-store';

/** At most one alert per conversation in this time. */
export const ALERT_GAP_MS = 30 * 60_000;

export type AlertOutcome = 'sent' | 'off' | 'unsupported' | 'too-soon' | 'over-quota' | 'failed';

export interface OwnerAlertSettings {
  enabled: boolean;
  /** Whether the platform has an owner channel at all. */
  available: boolean;
  sentThisMonth: number;
  monthlyQuota: number | null;
}

const month = (at: number) => new Date(at).toISOString().slice(0, 7);

export class OwnerAlerts {
  constructor(
    private readonly deps: {
      db: Firestore;
      channel: OwnerAlertChannel | undefined;
      clock: () => number;
      warn: (message: string, details: Record<string, unknown>) => void;
    },
  ) {}

  private site(siteId: string) {
    return this.deps.db.collection('sites').doc(siteId);
  }

  private counter(siteId: string, at: number) {
    return this.site(siteId).collection('config').doc(`alerts-${month(at)}`);
  }

  async settings(siteId: string): Promise<OwnerAlertSettings> {
    const [site, counter] = await Promise.all([sitesOf(this.deps.db).doc(siteId).get(), this.counter(siteId, this.deps.clock()).get()]);
    return {
      enabled: site.data()?.ownerAlerts ?? true,
      available: Boolean(this.deps.channel),
      sentThisMonth: Number(counter.get('sent') ?? 0),
      monthlyQuota: this.deps.channel?.monthlyQuota ?? null,
    };
  }

  async setEnabled(siteId: string, enabled: boolean): Promise<void> {
    await sitesOf(this.deps.db).doc(siteId).set({ siteId, ownerAlerts: enabled }, { merge: true });
  }

  /** A shopper started a conversation. */
  conversationStarted(siteId: string, conversation: { id: string; visitorName: string | null }, firstMessage: string): Promise<AlertOutcome> {
    return this.alert(siteId, { kind: 'new-conversation', conversationId: conversation.id, shopperName: conversation.visitorName, preview: firstMessage, waitingMinutes: null });
  }

  /** A shopper has waited past the merchant's threshold. */
  shopperWaiting(siteId: string, conversation: { id: string; visitorName: string | null }, lastMessage: string, minutes: number): Promise<AlertOutcome> {
    return this.alert(siteId, { kind: 'waiting', conversationId: conversation.id, shopperName: conversation.visitorName, preview: lastMessage, waitingMinutes: minutes });
  }

  private async alert(siteId: string, alert: OwnerAlert): Promise<AlertOutcome> {
    const { channel, clock } = this.deps;
    if (!channel) return 'unsupported';
    try {
      const now = clock();
      const lastRef = this.site(siteId).collection('alerts').doc(alert.conversationId);
      const [site, last, counter] = await Promise.all([sitesOf(this.deps.db).doc(siteId).get(), lastRef.get(), this.counter(siteId, now).get()]);
      if (site.data()?.ownerAlerts === false) return 'off';
      const lastAt = Number(last.get('lastAt') ?? 0);
      if (now - lastAt < ALERT_GAP_MS) return 'too-soon';
      if (counter.get('exhausted') === true || Number(counter.get('sent') ?? 0) >= channel.monthlyQuota) return 'over-quota';
      // Taken before sending, so two alerts racing for one conversation send one; given back if the send fails.
      await lastRef.set({ conversationId: alert.conversationId, lastAt: now, kind: alert.kind });
      let outcome: 'sent' | 'over-quota';
      try {
        outcome = await channel.send(siteId, alert);
      } catch (error) {
        await lastRef.set({ conversationId: alert.conversationId, lastAt, kind: alert.kind });
        throw error;
      }
      if (outcome === 'over-quota') {
        await this.counter(siteId, now).set({ exhausted: true }, { merge: true });
        return 'over-quota';
      }
      await this.counter(siteId, now).set({ sent: FieldValue.increment(1), month: month(now) }, { merge: true });
      return 'sent';
    } catch (error) {
      this.deps.warn('could not alert the site owners', { siteId, conversationId: alert.conversationId, kind: alert.kind, error: (error as Error).message });
      return 'failed';
    }
  }
}
