/**
 * Tells the team which page the shopper is on (their "pages this visit"), as a beacon
 * that never delays the page. Only for a shopper who has chatted: their token is stored
 * by the panel, which stores nothing without the functional consent the site allows.
 */
import { PAGE_VIEW_PATH } from '@kotha/common/contract/widget-routes';
import { storageKey } from '../panel/storage';
import { outboxKey } from '../panel/outbox';

export function reportPageView(api: string, token: string): void {
  try {
    navigator.sendBeacon(
      api + PAGE_VIEW_PATH,
      JSON.stringify({
        token,
        // The server trims and checks: every byte here ships on every page view.
        url: location.href,
        title: document.title,
        referrer: document.referrer,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        language: navigator.language,
      }),
    );
  } catch {
    // No beacon support, or a storage or URL quirk: the chat works without it.
  }
}

/** Messages the panel could not send before the page went away (panel/outbox.ts)? */
export function hasQueued(siteId: string): boolean {
  try {
    return (localStorage.getItem(outboxKey(siteId))?.length ?? 0) > 2;
  } catch {
    return false;
  }
}

/** The token the panel stored for this site (see panel/storage.ts), if any. */
export function storedToken(siteId: string): string | null {
  try {
    const token = (JSON.parse(localStorage.getItem(storageKey(siteId)) ?? 'null') as { visitorToken?: unknown } | null)?.visitorToken;
    return typeof token === 'string' ? token : null;
  } catch {
    return null;
  }
}
