/**
 * A shopper's visit as pure rules: page views extend the visit until 30 quiet minutes
 * pass; a new visit starts over with its own referrer. Kept short (the last 20 pages).
 * And whether the shopper is still on the site, from their last page view and their
 * stream's last beat.
 */
import type { PageView } from '@kotha/common/contract/visits';

export const VISIT_GAP_MS = 30 * 60 * 1000;
export const PAGES_KEPT = 20;

export interface Visit {
  firstSeenAt: number;
  lastSeenAt: number;
  visitStartedAt: number;
  pages: PageView[];
  referrer: string | null;
  userAgent: string | null;
  language: string | null;
  timeZone: string | null;
}

export interface PageViewInput extends PageView {
  referrer: string | null;
  userAgent: string | null;
  language: string | null;
  timeZone: string | null;
}

/** A referrer worth showing: another site, not a page of this one. */
export function externalReferrer(referrer: string | null, pageUrl: string): string | null {
  if (!referrer) return null;
  try {
    return new URL(referrer).origin === new URL(pageUrl).origin ? null : referrer;
  } catch {
    return null;
  }
}

export function recordPageView(visit: Visit | null, view: PageViewInput): Visit {
  const page: PageView = { url: view.url, title: view.title, at: view.at };
  const fresh = !visit || view.at - visit.lastSeenAt > VISIT_GAP_MS;
  const pages = fresh ? [page] : visit.pages.at(-1)?.url === page.url ? [...visit.pages.slice(0, -1), page] : [...visit.pages, page];
  return {
    firstSeenAt: visit?.firstSeenAt ?? view.at,
    lastSeenAt: Math.max(view.at, visit?.lastSeenAt ?? 0),
    visitStartedAt: fresh ? view.at : visit.visitStartedAt,
    pages: pages.slice(-PAGES_KEPT),
    referrer: fresh ? externalReferrer(view.referrer, view.url) : (visit.referrer ?? externalReferrer(view.referrer, view.url)),
    userAgent: view.userAgent ?? visit?.userAgent ?? null,
    language: view.language ?? visit?.language ?? null,
    timeZone: view.timeZone ?? visit?.timeZone ?? null,
  };
}

/**
 * How often an open shopper stream records that the shopper is still there: the
 * persisted proof of presence every instance can read (the hub only knows its own streams).
 */
export const STREAM_BEAT_MS = 60_000;
/** A stream unheard of for this long has closed (two beats missed, with some slack). */
export const STREAM_GONE_MS = 2 * STREAM_BEAT_MS + 30_000;
/**
 * A page view this recent means the shopper is still browsing: the panel, and so the
 * stream, only runs on a page where the chat was opened, while every page reports a view.
 */
export const PAGE_VIEW_RECENT_MS = 5 * 60_000;

/** The last signs of a shopper on the site (ms), 0 for none. */
export interface Presence {
  lastPageViewAt: number;
  streamSeenAt: number;
}

/** Is the shopper still on the site at `now`: their stream open, or a page viewed lately? */
export function stillOnSite(presence: Presence, now: number): boolean {
  return now - presence.streamSeenAt <= STREAM_GONE_MS || now - presence.lastPageViewAt <= PAGE_VIEW_RECENT_MS;
}
