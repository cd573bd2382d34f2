/**
 * The app's life on a site, driven by the platform's lifecycle events: install (provision,
 * take the site's name, email, language and hours, embed the widget, show a sample chat),
 * removal (the widget off at once, data kept 30 days so a reinstall restores it), plan
 * changes (each audited), and a contact deleted on the platform (the shopper linked to it
 * erased). Replays and out-of-order deliveries are harmless: installs and removals keep one
 * clock and plan events another, an event older than its clock is ignored, and applying
 * one twice gives the same state. A plan event never makes an install stale: the platform
 * does not promise order, and a site that paid before its install arrived must still be
 * provisioned. Events reach here through the queue (lifecycle-queue.ts).
 */
import type { ChatService } from '../chat/chat-service';
import { seedSampleConversation } from './sample-conversation';
import { seedStarterArticles } from '../help/starter-articles';
import { siteLanguageOf } from '../help/help-library';
import type { HelpArticleStore } from '../store/help-article-store';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import { toSite, type SiteStore } from '../store/site-store';
import type { HoursStore } from '../store/hours-store';
import type { SiteLifecycleStore } from '../store/site-lifecycle-store';
import type { LifecycleEvent, LifecycleResult, Platform, SiteProfile } from '@kotha/common/platform';
import { planDiffers, type StoredPlan } from '../domain/plans';

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
  /** A record of who changed what (`sites/{id}/audit`): plan changes and erasures are written there. */
  audit: (siteId: string, entry: { action: string; by: string; at: number; details: Record<string, unknown> }) => Promise<void>;
  /** The shoppers linked to a contact of the site, and erasing one of them (everything stored about them). */
  erasure: { visitorsOfContact(siteId: string, contactId: string): Promise<string[]>; deleteVisitor(siteId: string, visitorId: string): Promise<number> };
  /** Where a new site's starter help articles go. */
  helpArticles: HelpArticleStore;
}

type Installed = Extract<LifecycleEvent, { type: 'installed' }>;
type PlanChanged = Extract<LifecycleEvent, { type: 'planChanged' }>;
type ContactDeleted = Extract<LifecycleEvent, { type: 'contactDeleted' }>;

export class AppLifecycle {
  constructor(private readonly deps: AppLifecycleDeps) {}

  /** Applies one event, unless it is older than the last one of its kind applied ('stale'). */
  async apply(event: LifecycleEvent): Promise<LifecycleResult> {
    const { siteId } = event;
    if (event.type === 'planChanged') return this.planChanged(event);
    if (event.type === 'contactDeleted') return this.contactDeleted(event);
    const current = await this.deps.sites.get(siteId);
    if (event.at > 0 && event.at < current.lifecycleAt) return 'stale';
    const at = event.at || this.deps.clock();
    if (event.type === 'installed') return this.install(event, at, current);
    // Turned off at once: the widget's session start refuses a disabled site.
    await this.deps.sites.update(siteId, { enabled: false, removedAt: current.removedAt || this.deps.clock(), lifecycleAt: at });
    return 'removed';
  }

  /**
   * A plan bought or changed renews with no end. A cancelled renewal keeps premium to the end
   * of the paid period when the platform names it (in the event, or in its plan), and
   * otherwise until the platform says the site is free (the daily reconciliation asks it).
   */
  private async planChanged(event: PlanChanged): Promise<LifecycleResult> {
    const { siteId } = event;
    const current = await this.deps.sites.planState(siteId);
    if (event.at > 0 && event.at < current.planEventAt) return 'stale';
    const at = event.at || this.deps.clock();
    let next: StoredPlan;
    if (event.renews) {
      next = { planPackage: event.planPackage || current.planPackage, planExpiresAt: 0, planRenews: true };
    } else {
      const end = event.expiresAt ?? (await this.deps.platform.plan(siteId)).expiresAt;
      next = { planPackage: event.planPackage || current.planPackage, planExpiresAt: end ?? 0, planRenews: false };
    }
    await this.deps.sites.update(siteId, { ...next, planEventAt: at });
    await this.auditPlan(siteId, current, next, 'platform-event', at);
    return 'plan';
  }

  /** Writes a plan change to the site's audit log, when something changed. */
  private async auditPlan(siteId: string, before: StoredPlan, after: StoredPlan, by: string, at: number) {
    if (!planDiffers(before, after)) return;
    await this.deps.audit(siteId, { action: 'plan-change', by, at: this.deps.clock(), details: { eventAt: at, from: { ...pick(before) }, to: { ...pick(after) } } });
  }

  /** The platform deleted a contact (a privacy erasure there): every shopper linked to it is erased here too. */
  private async contactDeleted(event: ContactDeleted): Promise<LifecycleResult> {
    const { siteId, contactId } = event;
    let deleted = 0;
    const visitors = await this.deps.erasure.visitorsOfContact(siteId, contactId);
    for (const visitorId of visitors) deleted += await this.deps.erasure.deleteVisitor(siteId, visitorId);
    if (visitors.length) await this.deps.audit(siteId, { action: 'erase-visitor', by: 'platform:contact-deleted', at: this.deps.clock(), details: { contactId, visitorIds: visitors, deleted } });
    return 'erased';
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
    // One read of the site document: its settings to embed with, its language to seed in.
    const site = await store.document(siteId);
    await store.recordEmbed(siteId, await platform.embedWidget(siteId, true, site ? toSite(site).settings : undefined));
    if (firstTime && !origin) {
      await seedSampleConversation(this.deps.chat, siteId);
      await seedStarterArticles(this.deps.helpArticles, siteId, site ? siteLanguageOf(site) : 'en', now);
    }
    // A plan named with the install counts only if no newer plan event was applied.
    const planBefore = event.planPackage ? await sites.planState(siteId) : null;
    const plan = planBefore && event.planPackage && at >= planBefore.planEventAt ? { planPackage: event.planPackage, planExpiresAt: 0, planRenews: true } : null;
    await sites.update(siteId, {
      enabled: true,
      removedAt: 0,
      installedAt: current.installedAt || now,
      lifecycleAt: at,
      ...(origin ? { originInstanceId: origin } : {}),
      ...(plan ? { ...plan, planEventAt: at } : {}),
    });
    if (plan && planBefore) await this.auditPlan(siteId, planBefore, plan, 'platform-event', at);
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

}

const pick = (plan: StoredPlan): StoredPlan => ({ planPackage: plan.planPackage, planExpiresAt: plan.planExpiresAt, planRenews: plan.planRenews });
