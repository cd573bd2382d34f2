/**
 * The app's life on a site, driven by Wix webhooks: install (provision, take the site's
 * name, email, language and hours, embed the widget, show a sample chat), removal (the
 * widget off at once, data kept 30 days so a reinstall restores it), and plan changes.
 * Replays and out-of-order deliveries are harmless: an event older than the last one
 * applied is ignored, and applying one twice gives the same state.
 */
import { embedParameters } from '../../../plugin/src/manifest';
import type { ChatService } from '../chat/chat-service';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import type { SiteStore } from '../store/site-store';
import type { HoursStore } from '../store/hours-store';
import type { SiteLifecycleStore } from '../store/site-lifecycle-store';
import { scheduleFromWix } from './business-schedule';
import type { WixEvent } from './webhooks';
import type { WixSiteApi, WixSiteProfile } from './wix-site-api';

/** Data of a removed site is kept this long; a reinstall within it finds everything. */
export const DATA_GRACE_MS = 30 * 24 * 3_600_000;

export type LifecycleResult = 'installed' | 'reinstalled' | 'removed' | 'plan' | 'stale' | 'ignored';

export interface LifecycleDeps {
  store: SiteStore;
  chat: ChatService;
  hours: HoursStore;
  sites: SiteLifecycleStore;
  wix: WixSiteApi;
  clock: () => number;
  warn: (message: string, details: Record<string, unknown>) => void;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export class WixLifecycle {
  constructor(private readonly deps: LifecycleDeps) {}

  async handle(event: WixEvent): Promise<LifecycleResult> {
    const siteId = event.instanceId;
    const current = await this.deps.sites.get(siteId);
    if (event.issuedAt > 0 && event.issuedAt < current.lifecycleAt) return 'stale';
    const at = event.issuedAt || this.deps.clock();
    switch (event.eventType) {
      case 'AppInstalled':
        return this.install(siteId, event.payload, at, current);
      case 'AppRemoved':
        // Turned off at once: the widget's session start refuses a disabled site.
        await this.deps.sites.update(siteId, { enabled: false, removedAt: current.removedAt || this.deps.clock(), lifecycleAt: at });
        return 'removed';
      case 'PaidPlanPurchased':
      case 'PaidPlanChanged':
        await this.deps.sites.update(siteId, { planPackage: text(event.payload.vendorProductId), planExpiresAt: 0, lifecycleAt: at });
        return 'plan';
      case 'PaidPlanAutoRenewalCancelled': {
        // Paid access lasts to the end of the paid period, which Get App Instance knows.
        const plan = await this.deps.wix.plan(siteId);
        await this.deps.sites.update(siteId, { planPackage: text(event.payload.vendorProductId) || plan.packageName || '', planExpiresAt: plan.expiresAt ?? this.deps.clock(), lifecycleAt: at });
        return 'plan';
      }
      default:
        return 'ignored';
    }
  }

  private async install(siteId: string, payload: Record<string, unknown>, at: number, current: Awaited<ReturnType<SiteLifecycleStore['get']>>): Promise<LifecycleResult> {
    const { store, sites, wix, clock } = this.deps;
    const now = clock();
    const reinstall = current.exists && current.removedAt > 0;
    const firstTime = !current.exists || current.installedAt === 0;
    const origin = text(payload.originInstanceId);

    if (firstTime) {
      if (origin && (await store.get(origin))) await this.copySettings(origin, siteId, now);
      else await this.provisionFromWix(siteId, now);
    }
    // Embedded before the install is recorded: if Wix fails here, the webhook fails, Wix
    // delivers it again, and the retry does the whole first install once more.
    const settings = (await store.get(siteId))?.settings;
    await wix.embedScript(siteId, embedParameters(siteId, true, settings));
    if (firstTime && !origin) await this.seedSampleConversation(siteId);
    await sites.update(siteId, {
      enabled: true,
      removedAt: 0,
      installedAt: current.installedAt || now,
      lifecycleAt: at,
      ...(origin ? { originInstanceId: origin } : {}),
      ...(text(payload.vendorProductId) ? { planPackage: text(payload.vendorProductId), planExpiresAt: 0 } : {}),
    });
    return reinstall ? 'reinstalled' : 'installed';
  }

  /** A duplicated site starts with the original's look and hours. */
  private async copySettings(origin: string, siteId: string, now: number) {
    const original = await this.deps.store.get(origin);
    if (original) await this.deps.store.save(siteId, { ...original.settings, enabled: true }, now);
    await this.deps.hours.save(siteId, await this.deps.hours.get(origin), now);
  }

  /** Name, email, language and hours from the site's properties; Wix being slow or down only costs the defaults. */
  private async provisionFromWix(siteId: string, now: number) {
    let profile: WixSiteProfile | null = null;
    try {
      profile = await this.deps.wix.siteProfile(siteId);
    } catch (error) {
      this.deps.warn('could not read the site properties at install; using defaults', { siteId, error: String(error) });
    }
    await this.deps.store.save(siteId, { enabled: true, ...(profile?.businessName ? { teamName: profile.businessName } : {}) }, now);
    if (profile?.language) await this.deps.sites.update(siteId, { language: profile.language });
    const schedule = profile ? scheduleFromWix(profile) : null;
    await this.deps.hours.save(siteId, { ...DEFAULT_HOURS, schedule, merchantEmail: profile?.email ?? null }, now);
  }

  /** A realistic first conversation, so the inbox is not empty the first time it opens. */
  private async seedSampleConversation(siteId: string) {
    const visitor = { siteId, visitorId: 'v_sample' };
    const conversationId = 'sample_conversation';
    await this.deps.chat.sendVisitorMessage(visitor, { conversationId, id: 'sample_1', text: 'Hi! Do you ship to Chattogram, and how long does it take?' }, { visitorName: 'Ruma (sample shopper)', visitorEmail: 'ruma@example.com' });
    await this.deps.chat.sendAgentMessage(siteId, { displayName: 'Kotha', photoUrl: null }, conversationId, { id: 'sample_2', text: 'This is a sample conversation. Replies you write here reach the shopper live in the chat on your site. Delete or close it whenever you like.' });
  }
}
