/**
 * How Kotha reaches Wix's HTTP APIs: through @wix/sdk modules, with an app-level token
 * for one site (OAuth client credentials with the instanceId), over a `fetch` that goes to
 * https://www.wixapis.com in production and to a local stand-in in tests and `npm start`.
 */
import { createClient, type AuthenticationStrategy } from '@wix/sdk';

export const WIX_API = 'https://www.wixapis.com';

export interface WixAppCredentials {
  appId: string;
  appSecret: string;
}

/** A fetch that sends what would go to www.wixapis.com to `base` instead (the local stand-in). */
export function redirectingFetch(base: string, inner: typeof fetch = fetch): typeof fetch {
  return (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const target = url.startsWith(WIX_API) ? `${base.replace(/\/+$/, '')}${url.slice(WIX_API.length)}` : url;
    return inner(target, init);
  };
}

/** Seconds of margin before a token's expiry at which a new one is fetched. */
const TOKEN_MARGIN_S = 60;

/**
 * The app's access to one site, as @wix/sdk's AppStrategy gets it (POST /oauth2/token,
 * grant_type client_credentials with instance_id), cached until shortly before expiry;
 * written here only so the token request goes through the same injectable fetch.
 */
export function appInstanceAuth(app: WixAppCredentials, instanceId: string, fetchImpl: typeof fetch, clock: () => number = Date.now): AuthenticationStrategy {
  let cached: { token: string; expiresAt: number } | null = null;
  return {
    async getAuthHeaders() {
      if (!cached || clock() >= cached.expiresAt) {
        const res = await fetchImpl(`${WIX_API}/oauth2/token`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ grant_type: 'client_credentials', client_id: app.appId, client_secret: app.appSecret, instance_id: instanceId }),
        });
        if (res.status !== 200) throw new Error(`Wix refused an app token for instance ${instanceId} (HTTP ${res.status})`);
        const body = (await res.json()) as { access_token: string; expires_in: number };
        cached = { token: body.access_token, expiresAt: clock() + (body.expires_in - TOKEN_MARGIN_S) * 1000 };
      }
      return { headers: { Authorization: cached.token } };
    },
  };
}

/** A @wix/sdk client with `modules`, acting as the app on one site. */
export function wixClientFor<M extends Record<string, unknown>>(app: WixAppCredentials, instanceId: string, fetchImpl: typeof fetch, modules: M) {
  return createClient({ auth: appInstanceAuth(app, instanceId, fetchImpl), fetch: fetchImpl, modules });
}
