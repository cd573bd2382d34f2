/** Where the dashboard finds its API and its merchant credential. */
export interface DashboardConfig {
  /** API base URL without a trailing slash, e.g. "/api" or "https://…/api". */
  apiBase: string;
  /** The Wix signed `instance` from the page URL; null when the page was opened outside Wix. */
  instance: string | null;
  /** The dashboard language Wix passes as `?locale=`, if it is a valid tag. */
  locale: string | undefined;
}

function validLocale(tag: string | null): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

const DEFAULT_API_BASE = '/api';

/** Reads `<meta name="kotha-api">` and the `?instance=` (and `?locale=`) Wix appends to the dashboard iframe URL. */
export function readDashboardConfig(apiMetaContent: string | null | undefined, pageUrl: string): DashboardConfig {
  const content = apiMetaContent?.trim() ?? '';
  // An unfilled placeholder means the page was served without the build step.
  const apiBase = content && !content.includes('%') ? content.replace(/\/+$/, '') : DEFAULT_API_BASE;
  const params = new URL(pageUrl).searchParams;
  const instance = params.get('instance')?.trim() || null;
  return { apiBase: apiBase || DEFAULT_API_BASE, instance, locale: validLocale(params.get('locale')) };
}
