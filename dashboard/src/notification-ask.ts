/**
 * The desktop-notification ask, remembered: "Not now" holds for this agent on this site
 * in this browser, so the ask does not come back on every load. Per agent and site: a
 * teammate sharing the browser, or the same agent on another shop, is asked for themselves.
 */
import { useCallback, useState } from 'react';

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function askKey(siteId: string, uid: string): string {
  return `kotha:notifications-ask:${siteId}:${uid}`;
}

/** Has this agent said "Not now" on this site? Unknown storage (private mode) says no. */
export function askDismissed(storage: KeyValueStorage | null, siteId: string, uid: string): boolean {
  try {
    return storage?.getItem(askKey(siteId, uid)) === 'later';
  } catch {
    return false;
  }
}

export function dismissAsk(storage: KeyValueStorage | null, siteId: string, uid: string): void {
  try {
    storage?.setItem(askKey(siteId, uid), 'later');
  } catch {
    // Storage blocked: "Not now" lasts for this page only.
  }
}

function browserStorage(): KeyValueStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Whether to show the ask, and its "Not now". Hidden until the agent and site are known,
 * so a remembered "Not now" never flashes the ask on load.
 */
export function useNotificationAsk(siteId: string | null, uid: string | null): { hidden: boolean; dismiss(): void } {
  const [dismissedNow, setDismissedNow] = useState(false);
  const hidden = dismissedNow || !siteId || !uid || askDismissed(browserStorage(), siteId, uid);
  const dismiss = useCallback(() => {
    if (siteId && uid) dismissAsk(browserStorage(), siteId, uid);
    setDismissedNow(true);
  }, [siteId, uid]);
  return { hidden, dismiss };
}
