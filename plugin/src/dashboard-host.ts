/**
 * The dashboard inside Wix: when it runs in the Wix dashboard's iframe it talks to the
 * host through @wix/dashboard (toasts, the page title, automatic height) and calls Kotha's
 * API with Wix access tokens (fetchWithAuth: a fresh token from the host on every request,
 * in `Authorization` with no scheme; the API checks it with Token Info). Opened on its own
 * (the local stack) it does the same things itself and the page's signed instance is used.
 */
import { createClient } from '@wix/sdk';
import { dashboard } from '@wix/dashboard';

export interface DashboardHost {
  /** True inside the Wix dashboard. */
  inWix: boolean;
  /** A confirmation the merchant sees for a moment (Wix's toast inside Wix). */
  toast(message: string, type?: 'success' | 'error' | 'standard'): void;
  title(text: string): void;
  /** Inside Wix: a fetch that adds the user's Wix access token to each request. */
  fetchWithAuth?: typeof fetch;
}

/** True when the page runs framed, as inside the Wix dashboard. */
export function isInWixFrame(win: Window = window): boolean {
  try {
    return win.self !== win.top;
  } catch {
    return true; // a cross-origin parent: we are framed
  }
}

/** The host of the page: Wix's dashboard when framed by it, else the page itself. */
export function connectHost(win: Window = window, fallbackToast: (message: string) => void = () => {}): DashboardHost {
  if (!isInWixFrame(win)) {
    return { inWix: false, toast: (message) => fallbackToast(message), title: (text) => void (win.document.title = text) };
  }
  const client = createClient({ host: dashboard.host({ autoHeightUpdate: true }), auth: dashboard.auth(), modules: { dashboard } });
  return {
    inWix: true,
    fetchWithAuth: (input, init) => client.fetchWithAuth(input, init),
    toast: (message, type = 'success') => void client.dashboard.showToast({ message, type }),
    title: (text) => {
      win.document.title = text;
      client.dashboard.setPageTitle(text);
    },
  };
}
