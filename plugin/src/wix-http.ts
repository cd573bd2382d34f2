/**
 * How Kotha reaches Wix's HTTP APIs: through @wix/sdk modules, with an app-level token
 * for one site (OAuth client credentials with the instanceId), over a `fetch` that goes to
 * https://www.wixapis.com in production and to a local stand-in in tests and `npm start`.
 *
 * One `WixAppAccess` per process holds, per site, one token (reused until shortly before it
 * expires; concurrent callers share one request for it) and one SDK client: a context card
 * that asks Wix three things at once costs one token request, not three, and a webhook's
 * work does not wait for tokens it already has.
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
/** Sites whose token and client are remembered; the least recently used is forgotten first. */
const SITES_REMEMBERED = 2_000;

interface SiteAccess {
  token: { value: string; expiresAt: number } | null;
  /** The token request in flight, which every concurrent caller awaits. */
  pending: Promise<string> | null;
  clients: Map<string, unknown>;
}

/** The app's access to Wix for every site it is installed on. */
export class WixAppAccess {
  private readonly sites = new Map<string, SiteAccess>();

  constructor(
    readonly app: WixAppCredentials,
    readonly fetchImpl: typeof fetch,
    private readonly clock: () => number = Date.now,
  ) {}

  private site(instanceId: string): SiteAccess {
    let site = this.sites.get(instanceId);
    if (site) {
      // Most recently used last.
      this.sites.delete(instanceId);
    } else {
      if (this.sites.size >= SITES_REMEMBERED) this.sites.delete(this.sites.keys().next().value!);
      site = { token: null, pending: null, clients: new Map() };
    }
    this.sites.set(instanceId, site);
    return site;
  }

  /**
   * A current app token for the site (POST /oauth2/token, grant_type client_credentials
   * with instance_id, as @wix/sdk's AppStrategy gets it, here over the injectable fetch).
   */
  async token(instanceId: string): Promise<string> {
    const site = this.site(instanceId);
    if (site.token && this.clock() < site.token.expiresAt) return site.token.value;
    site.pending ??= this.requestToken(instanceId)
      .then((token) => {
        site.token = token;
        return token.value;
      })
      .finally(() => {
        site.pending = null;
      });
    return site.pending;
  }

  private async requestToken(instanceId: string): Promise<{ value: string; expiresAt: number }> {
    const res = await this.fetchImpl(`${WIX_API}/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: this.app.appId, client_secret: this.app.appSecret, instance_id: instanceId }),
    });
    if (res.status !== 200) throw new Error(`Wix refused an app token for instance ${instanceId} (HTTP ${res.status})`);
    const body = (await res.json()) as { access_token: string; expires_in: number };
    return { value: body.access_token, expiresAt: this.clock() + (body.expires_in - TOKEN_MARGIN_S) * 1000 };
  }

  /** Forgets a token Wix no longer accepts, so the next call fetches a new one. */
  forget(instanceId: string): void {
    const site = this.sites.get(instanceId);
    if (site) site.token = null;
  }

  /** The site's auth for @wix/sdk: its headers carry the shared token. */
  auth(instanceId: string): AuthenticationStrategy {
    return { getAuthHeaders: async () => ({ headers: { Authorization: await this.token(instanceId) } }) };
  }

  /** One @wix/sdk client with `modules` per site and set of modules (`name` tells the sets apart), acting as the app. */
  client<M extends Record<string, unknown>>(instanceId: string, name: string, modules: M): ReturnType<typeof sdkClient<M>> {
    const site = this.site(instanceId);
    const known = site.clients.get(name) as ReturnType<typeof sdkClient<M>> | undefined;
    if (known) return known;
    const client = sdkClient(this.auth(instanceId), this.fetchImpl, modules);
    site.clients.set(name, client);
    return client;
  }

  /** A JSON call to a Wix endpoint no installed SDK module covers, as the app on the site. */
  async call(instanceId: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const res = await this.fetchImpl(`${WIX_API}${path}`, {
      method,
      headers: { Authorization: await this.token(instanceId), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    if (res.status === 401) this.forget(instanceId);
    return { status: res.status, body: parsed };
  }
}

function sdkClient<M extends Record<string, unknown>>(auth: AuthenticationStrategy, fetchImpl: typeof fetch, modules: M) {
  return createClient({ auth, fetch: fetchImpl, modules });
}

/** What went wrong with a Wix call, in the words the context card uses. */
export type WixFailure = 'no-permission' | 'not-installed' | 'unavailable';

/**
 * Sorts an error from @wix/sdk (which carries the HTTP `status`) or a timeout: 403 is a
 * permission the site did not grant; 404 and 428 (Wix's FAILED_PRECONDITION) are an app
 * the call needs that the site lacks; anything else is Wix being slow or down.
 */
export function wixFailureOf(error: unknown): WixFailure {
  const status = (error as { status?: unknown } | null)?.status;
  if (status === 403) return 'no-permission';
  if (status === 404 || status === 428) return 'not-installed';
  return 'unavailable';
}
