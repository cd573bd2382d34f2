/**
 * Whether shoppers may chat on a site, read from the site's stored life. A site is open
 * only once the platform's install has been applied to it (`installedAt`): a document that
 * exists for another reason (the dashboard opened before the install event, a plan refresh)
 * opens nothing. A removed site, or one whose chat is turned off, is closed.
 */

export type ShopperAccess = 'open' | 'not_installed' | 'off';

export interface SiteLife {
  installedAt: number;
  removedAt: number;
  enabled: boolean;
}

export function shopperAccess(site: SiteLife | null): ShopperAccess {
  if (!site || site.installedAt <= 0) return 'not_installed';
  if (site.removedAt > 0 || !site.enabled) return 'off';
  return 'open';
}
