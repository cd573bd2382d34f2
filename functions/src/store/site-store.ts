/**
 * The `sites/{siteId}` document: the widget's look, whether chat is on, the paid plan and
 * the site's life as a Wix install, all flat on one document. It is decoded here and
 * nowhere else (siteConverter); site-lifecycle-store.ts and the jobs read it through it.
 */
import { FieldValue, type CollectionReference, type DocumentData, type Firestore, type FirestoreDataConverter, type PartialWithFieldValue, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { widgetSettingsSchema, type LocalizedTexts, type WidgetSettings } from '@kotha/common/contract';
import type { EmbedOutcome } from '@kotha/common/platform';
import type { FirstReply } from '../domain/follow-up';

export const DEFAULT_SETTINGS: WidgetSettings = {
  teamName: 'Support',
  greeting: 'Hi! How can we help you today?',
  accentColor: '#116dff',
  launcherSide: 'auto',
  launcherOffset: 0,
  sound: true,
  requireEmail: false,
  launcherText: '',
  locale: '',
  localized: [],
};

/** The whole document, every field decoded with its default. */
export interface SiteDocument extends WidgetSettings {
  siteId: string;
  enabled: boolean;
  /** The paid plan's package ('' when free) and when paid access ends (0: renews, or lasts until the platform says the site is free); see domain/plans.ts. */
  planPackage: string;
  planExpiresAt: number;
  /** Whether the paid plan renews by itself (false once its renewal is cancelled). */
  planRenews: boolean;
  /** The time of the last plan event applied: plan events keep their own order, apart from installs'. */
  planEventAt: number;
  /** When the plan was last compared with the platform's (the daily reconciliation, the dashboard opening). */
  planCheckedAt: number;
  /** Whether the site's owners get alerts on their phone (new chats, shoppers waiting). */
  ownerAlerts: boolean;
  /** Whether the owner gets the weekly analytics digest (off until they turn it on). */
  weeklyDigest: boolean;
  /** The ISO week ('2026-W49') whose digest was last claimed for sending, '' never: at most one per week. */
  digestSentWeek: string;
  /** When the app was installed; 0 before the first install. */
  installedAt: number;
  /** When the app was removed (ms); 0 while installed. */
  removedAt: number;
  /** The time of the last install or removal applied; older ones are stale. */
  lifecycleAt: number;
  /** The site this one was duplicated from, '' when none. */
  originInstanceId: string;
  /** The free plan's one agent: the first Wix user who opened the inbox. */
  primaryAgent: string;
  /** The site's language as Wix reports it, '' when unknown. */
  language: string;
  /**
   * The platform last refused the current embed because the site runs an older version of
   * the app (EmbedOutcome 'outdated'): the dashboard asks the owner to update it.
   */
  embedOutdated: boolean;
  /** When the settings were last saved. */
  updatedAt: number;
  /** Bumped by every write to the help center's articles: a search index of an older version is stale. */
  helpVersion: number;
  /** The newest first replies of the last week, for "typically replies in" (domain/follow-up.ts); written with each first reply. */
  firstReplies: FirstReply[];
  /** The follow-up job's next visit (ms; 0: none planned); see store/follow-up-schedule.ts. */
  followUpDueAt: number;
}

/** The site as the chat needs it. */
export interface Site {
  siteId: string;
  enabled: boolean;
  settings: WidgetSettings;
  plan: { planPackage: string; planExpiresAt: number };
}

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
const num = (value: unknown) => (typeof value === 'number' ? value : 0);

/**
 * The per-language team names and greetings as stored: one array field, which a merge
 * replaces whole (a map would be merged key by key, and a removed language would stay).
 * Entries in a language the widget no longer speaks are dropped.
 */
function localizedOf(value: unknown): LocalizedTexts[] {
  const parsed = widgetSettingsSchema.shape.localized.safeParse(value);
  return parsed.success ? (parsed.data ?? []) : [];
}

/** Stored first replies, the malformed ones dropped. */
function firstRepliesOf(value: unknown): FirstReply[] {
  if (!Array.isArray(value)) return [];
  return value.filter((r): r is FirstReply => typeof r?.at === 'number' && typeof r?.delayMs === 'number');
}

/** A stored widget language, or '' (follow the site) when it is not one the widget speaks. */
function localeOf(value: unknown): WidgetSettings['locale'] {
  const parsed = widgetSettingsSchema.shape.locale.safeParse(value);
  return parsed.success ? parsed.data : '';
}

function decodeSite(siteId: string, data: DocumentData): SiteDocument {
  return {
    siteId,
    enabled: data.enabled !== false,
    teamName: text(data.teamName, DEFAULT_SETTINGS.teamName),
    greeting: text(data.greeting, DEFAULT_SETTINGS.greeting),
    accentColor: text(data.accentColor, DEFAULT_SETTINGS.accentColor),
    launcherSide: data.launcherSide === 'left' || data.launcherSide === 'right' ? data.launcherSide : 'auto',
    launcherOffset: num(data.launcherOffset),
    sound: data.sound !== false,
    requireEmail: data.requireEmail === true,
    launcherText: text(data.launcherText),
    // Read back as the schema accepts it: a language Kotha no longer has follows the site.
    locale: localeOf(data.locale),
    localized: localizedOf(data.localized),
    planPackage: text(data.planPackage),
    planExpiresAt: num(data.planExpiresAt),
    planRenews: data.planRenews !== false,
    planEventAt: num(data.planEventAt),
    planCheckedAt: num(data.planCheckedAt),
    ownerAlerts: data.ownerAlerts !== false,
    weeklyDigest: data.weeklyDigest === true,
    digestSentWeek: text(data.digestSentWeek),
    installedAt: num(data.installedAt),
    removedAt: num(data.removedAt),
    lifecycleAt: num(data.lifecycleAt),
    originInstanceId: text(data.originInstanceId),
    primaryAgent: text(data.primaryAgent),
    language: text(data.language),
    embedOutdated: data.embedOutdated === true,
    updatedAt: num(data.updatedAt),
    helpVersion: num(data.helpVersion),
    firstReplies: firstRepliesOf(data.firstReplies),
    followUpDueAt: num(data.followUpDueAt),
  };
}

/**
 * The document's one codec. The stored form is the same flat record, so writes (whole or
 * merged) pass through as given; reads fill every missing field with its default.
 */
export const siteConverter: FirestoreDataConverter<SiteDocument> = {
  toFirestore(site: PartialWithFieldValue<SiteDocument>): DocumentData {
    return { ...site };
  },
  fromFirestore(snapshot: QueryDocumentSnapshot): SiteDocument {
    return decodeSite(snapshot.id, snapshot.data());
  },
};

/** The `sites` collection, decoded. */
export function sitesOf(db: Firestore): CollectionReference<SiteDocument> {
  return db.collection('sites').withConverter(siteConverter);
}

/** What a site without a document reads as: every field at its default. */
export function blankSite(siteId: string): SiteDocument {
  return decodeSite(siteId, {});
}

/** The chat's view of the document. */
export function toSite(site: SiteDocument): Site {
  const { teamName, greeting, accentColor, launcherSide, launcherOffset, sound, requireEmail, launcherText, locale, localized } = site;
  return {
    siteId: site.siteId,
    enabled: site.enabled,
    settings: { teamName, greeting, accentColor, launcherSide, launcherOffset, sound, requireEmail, launcherText, locale, localized },
    plan: { planPackage: site.planPackage, planExpiresAt: site.planExpiresAt },
  };
}

export class SiteStore {
  constructor(private readonly db: Firestore) {}

  /** The site, or null when it does not use Kotha. */
  async get(siteId: string): Promise<Site | null> {
    const site = await this.document(siteId);
    return site ? toSite(site) : null;
  }

  /** The whole document (its install's life included), or null when there is none. */
  async document(siteId: string): Promise<SiteDocument | null> {
    return (await sitesOf(this.db).doc(siteId).get()).data() ?? null;
  }

  /** Creates or updates a site (provisioning; the Wix install flow and the local seed). Chat turned on again re-plans its follow-ups (store/follow-up-schedule.ts). */
  async save(siteId: string, fields: Partial<WidgetSettings> & { enabled?: boolean }, at: number): Promise<void> {
    const replan = fields.enabled === true ? { followUpWorkAt: FieldValue.serverTimestamp() } : {};
    await this.db.collection('sites').doc(siteId).set({ siteId, ...fields, updatedAt: at, ...replan }, { merge: true });
  }

  /** Records what embedding the widget came to: an `outdated` site waits for its owner to update the app. */
  async recordEmbed(siteId: string, outcome: EmbedOutcome): Promise<void> {
    await sitesOf(this.db).doc(siteId).set({ siteId, embedOutdated: outcome === 'outdated' }, { merge: true });
  }

  /**
   * A site as an install leaves it, for sites provisioned without the platform's install
   * event (the local stack's demo site, tests, the bench): chat on, installed `at`.
   */
  async provision(siteId: string, fields: Partial<WidgetSettings>, at: number): Promise<void> {
    await sitesOf(this.db).doc(siteId).set({ siteId, ...fields, enabled: true, installedAt: at, removedAt: 0, updatedAt: at }, { merge: true });
  }

  /** Whole site documents after `after` in id order, a page at a time (the jobs visit every site). */
  async pageAfter(after: string, limit: number): Promise<SiteDocument[]> {
    const snap = await sitesOf(this.db).where('siteId', '>', after).orderBy('siteId').limit(limit).get();
    return snap.docs.map((d) => d.data());
  }

  /** Every site, a page at a time in id order: the scheduled jobs' walk. Paging goes by the page read, so a page a job skips most of never ends the walk early. */
  async *pages(limit: number): AsyncGenerator<SiteDocument[]> {
    for (let after = ''; ; ) {
      const page = await this.pageAfter(after, limit);
      if (page.length > 0) yield page;
      if (page.length < limit) return;
      after = page.at(-1)!.siteId;
    }
  }
}
