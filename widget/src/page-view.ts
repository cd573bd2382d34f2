/**
 * Tells the team which page the shopper is on (their "pages this visit"), as a beacon that
 * never delays the page. A module of its own, which the loader fetches only for a shopper
 * who has chatted (their token is stored by the panel, which stores nothing without
 * functional consent), so every other page view downloads none of it. Which pages a
 * shopper visits is Analytics in Wix's consent categories: without that consent nothing
 * is sent.
 */
import { PAGE_VIEW_PATH } from '@kotha/common/contract/widget-routes';
import { consentAllows } from './consent/consent';

/** The module's shape, as the loader `import()`s it. */
export interface PageViewModule {
  reportPageView(api: string, token: string): void;
}

export function reportPageView(api: string, token: string): void {
  if (!consentAllows('analytics')) return;
  try {
    navigator.sendBeacon(
      api + PAGE_VIEW_PATH,
      JSON.stringify({
        token,
        // The server trims and checks.
        url: location.href,
        title: document.title,
        referrer: document.referrer,
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        language: navigator.language,
      }),
    );
  } catch {
    // No beacon support, or a URL quirk: the chat works without it.
  }
}
