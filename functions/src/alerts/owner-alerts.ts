/**
 * The site owners' phone: when a new chat starts, or a shopper has waited past the
 * merchant's threshold (the hours settings' "notify after" minutes, the follow-up job's
 * `notify-merchant`), the platform's owner channel tells the site's owners (on Wix: the
 * Wix Owner app's push and the dashboard's feed). Never more than one alert per
 * conversation in `ALERT_GAP_MS`, never past the platform's monthly quota, only while the
 * merchant keeps alerts on (Team & tools), and never in the way of the chat: a failure
 * is logged, not thrown.
 *
 * What it remembers is in store/owner-alert-store.ts.
 */
import type { Firestore } from 'firebase-admin/firestore';
import type { OwnerAlert, OwnerAlertChannel } from '@kotha/common/platform';
import { OwnerAlertStore } from '../store/owner-alert-store';

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

export class OwnerAlerts {
  private readonly store: OwnerAlertStore;

  constructor(
    private readonly deps: {
      db: Firestore;
      channel: OwnerAlertChannel | undefined;
      clock: () => number;
      warn: (message: string, details: Record<string, unknown>) => void;
    },
  ) {
    this.store = new OwnerAlertStore(deps.db);
  }

  async settings(siteId: string): Promise<OwnerAlertSettings> {
    const [enabled, month] = await Promise.all([this.store.enabled(siteId), this.store.month(siteId, this.deps.clock())]);
    return { enabled, available: Boolean(this.deps.channel), sentThisMonth: month.sent, monthlyQuota: this.deps.channel?.monthlyQuota ?? null };
  }

  async setEnabled(siteId: string, enabled: boolean): Promise<void> {
    await this.store.setEnabled(siteId, enabled);
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
    const { store } = this;
    try {
      const now = clock();
      const { conversationId } = alert;
      const [enabled, lastAt, month] = await Promise.all([store.enabled(siteId), store.lastAlertAt(siteId, conversationId), store.month(siteId, now)]);
      if (!enabled) return 'off';
      if (now - lastAt < ALERT_GAP_MS) return 'too-soon';
      if (month.exhausted || month.sent >= channel.monthlyQuota) return 'over-quota';
      // Marked before sending, so an alert a moment later finds it; given back if the send fails.
      await store.setLastAlertAt(siteId, conversationId, now, alert.kind);
      let outcome: 'sent' | 'over-quota';
      try {
        outcome = await channel.send(siteId, alert);
      } catch (error) {
        await store.setLastAlertAt(siteId, conversationId, lastAt, alert.kind);
        throw error;
      }
      if (outcome === 'over-quota') {
        await store.markExhausted(siteId, now);
        return 'over-quota';
      }
      await store.countSent(siteId, now);
      return 'sent';
    } catch (error) {
      this.deps.warn('could not alert the site owners', { siteId, conversationId: alert.conversationId, kind: alert.kind, error: (error as Error).message });
      return 'failed';
    }
  }
}
