/**
 * The app's life on a site, driven by the platform's lifecycle events: install (provision,
 * take the site's name, email, language and hours, embed the widget, show a sample chat),
 * removal (the widget off at once, data kept 30 days so a reinstall restores it), and plan
 * changes. Replays and out-of-order deliveries are harmless: an event older than the last
 * one applied is ignored, and applying one twice gives the same state.
 */
import type { ChatService } from '../chat/chat-service';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import type { SiteStore } from '../store/site-store';
import type { HoursStore } from '../store/hours-store';
import type { SiteLifecycleStore } from '../store/site-lifecycle-store';
import type { LifecycleEvent, LifecycleResult, LifecycleSink, Platform, SiteProfile } from '@kotha/common/platform';

/** Data of a removed site is kept this long; a reinstall within it finds everything. */
export const DATA_GRACE_MS = 30 * 24 * 3_600_000;

export interface AppLifecycleDeps {
  store: SiteStore;
  chat: ChatService;
  hours: HoursStore;
  sites: SiteLifecycleStore;
  platform: Pick<Platform, 'siteProfile' | 'embedWidget' | 'plan'>;
  clock: () => number;
  warn: (message: string, details: Record<string, unknown>) => void;
}

type Installed = Extract<LifecycleEvent, { type: 'installed' }>;

/** The sample shopper of the conversation added at install: analytics leave it out. */
export const SAMPLE_VISITOR_ID = 'v_sample';

export class AppLifecycle implements LifecycleSink {
  constructor(private readonly deps: AppLifecycleDeps) {}

  /** Applies one event, unless it is older than the last one applied ('stale'). */
  async apply(event: LifecycleEvent): Promise<LifecycleResult> {
    const { siteId } = event;
    const current = await this.deps.sites.get(siteId);
    if (event.at > 0 && event.at < current.lifecycleAt) return 'stale';
    const at = event.at || this.deps.clock();
    switch (event.type) {
      case 'installed':
        return this.install(event, at, current);
      case 'removed':
        // Turned off at once: the widget's session start refuses a disabled site.
        await this.deps.sites.update(siteId, { enabled: false, removedAt: current.removedAt || this.deps.clock(), lifecycleAt: at });
        return 'removed';
      case 'planChanged': {
        if (event.renews) {
          await this.deps.sites.update(siteId, { planPackage: event.planPackage, planExpiresAt: 0, lifecycleAt: at });
          return 'plan';
        }
        // Paid access lasts to the end of the paid period, which the platform's plan knows.
        const plan = await this.deps.platform.plan(siteId);
        await this.deps.sites.update(siteId, { planPackage: event.planPackage || plan.packageName || '', planExpiresAt: plan.expiresAt ?? this.deps.clock(), lifecycleAt: at });
        return 'plan';
      }
    }
  }

  private async install(event: Installed, at: number, current: Awaited<ReturnType<SiteLifecycleStore['get']>>): Promise<LifecycleResult> {
    const { store, sites, platform, clock } = this.deps;
    const { siteId } = event;
    const now = clock();
    const reinstall = current.exists && current.removedAt > 0;
    const firstTime = !current.exists || current.installedAt === 0;
    const origin = event.originSiteId ?? '';

    if (firstTime) {
      if (origin && (await store.get(origin))) await this.copySettings(origin, siteId, now);
      else await this.provisionFromPlatform(siteId, now);
    }
    // Embedded before the install is recorded: if the platform fails here, the event fails,
    // the platform delivers it again, and the retry does the whole first install once more.
    const settings = (await store.get(siteId))?.settings;
    await platform.embedWidget(siteId, true, settings);
    if (firstTime && !origin) await this.seedSampleConversation(siteId);
    await sites.update(siteId, {
      enabled: true,
      removedAt: 0,
      installedAt: current.installedAt || now,
      lifecycleAt: at,
      ...(origin ? { originInstanceId: origin } : {}),
      ...(event.planPackage ? { planPackage: event.planPackage, planExpiresAt: 0 } : {}),
    });
    return reinstall ? 'reinstalled' : 'installed';
  }

  /** A duplicated site starts with the original's look and hours. */
  private async copySettings(origin: string, siteId: string, now: number) {
    const original = await this.deps.store.get(origin);
    if (original) await this.deps.store.save(siteId, { ...original.settings, enabled: true }, now);
    await this.deps.hours.save(siteId, await this.deps.hours.get(origin), now);
  }

  /** Name, email, language and hours from the site's profile; the platform being slow or down only costs the defaults. */
  private async provisionFromPlatform(siteId: string, now: number) {
    let profile: SiteProfile | null = null;
    try {
      profile = await this.deps.platform.siteProfile(siteId);
    } catch (error) {
      this.deps.warn('could not read the site properties at install; using defaults', { siteId, error: String(error) });
    }
    await this.deps.store.save(siteId, { enabled: true, ...(profile?.name ? { teamName: profile.name } : {}) }, now);
    if (profile?.language) await this.deps.sites.update(siteId, { language: profile.language });
    await this.deps.hours.save(siteId, { ...DEFAULT_HOURS, schedule: profile?.hours ?? null, merchantEmail: profile?.email ?? null }, now);
  }

  /** A realistic first conversation, so the inbox is not empty the first time it opens. */
  private async seedSampleConversation(siteId: string) {
    const visitor = { siteId, visitorId: SAMPLE_VISITOR_ID };
    const conversationId = 'sample_conversation';
    await this.deps.chat.sendVisitorMessage(visitor, { conversationId, id: 'sample_1', text: 'Hi! Do you ship to Chattogram, and how long does it take?' }, { visitorName: 'Ruma (sample shopper)', visitorEmail: 'ruma@example.com' });
    await this.deps.chat.sendAgentMessage(siteId, { displayName: 'Kotha', photoUrl: null }, conversationId, { id: 'sample_2', text: 'This is a sample conversation. Replies you write here reach the shopper live in the chat on your site. Delete or close it whenever you like.' });
  }
}
