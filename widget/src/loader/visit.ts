/**
 * What the loader reads of the shopper's visit from the panel's storage: whether they have
 * chatted (a stored token: their page views are then reported, by ../page-view.ts) and
 * whether messages wait to be sent.
 */
import { storageKey } from '../panel/storage';
import { outboxKey } from '../panel/outbox';

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
