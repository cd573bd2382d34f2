/**
 * Wix access tokens from the dashboard SDK, checked with Wix's Token Info
 * (POST /oauth2/token-info): active, issued to this app (clientId), for a site
 * (instanceId) and a user (subjectId = the agent's uid). Answers are cached until the
 * token expires, so a dashboard's requests cost one Token Info call per token.
 */
import { WIX_API } from './wix-http';

export type AccessTokenCheck =
  | { ok: true; siteId: string; uid: string }
  | { ok: false; reason: 'invalid' | 'expired' | 'wrong_app' | 'unavailable' };

interface TokenInfo {
  active?: boolean;
  subjectType?: string;
  subjectId?: string;
  exp?: string | number;
  clientId?: string;
  instanceId?: string;
}

/** Tokens remembered at most; the oldest is forgotten first. */
const CACHE_MAX = 10_000;

export class WixAccessTokens {
  private readonly cache = new Map<string, { check: AccessTokenCheck; until: number }>();

  constructor(
    private readonly appId: string,
    private readonly fetchImpl: typeof fetch,
    private readonly clock: () => number,
  ) {}

  async verify(token: string): Promise<AccessTokenCheck> {
    const now = this.clock();
    const cached = this.cache.get(token);
    if (cached && now < cached.until) return cached.check;
    let info: TokenInfo;
    try {
      const res = await this.fetchImpl(`${WIX_API}/oauth2/token-info`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
      if (res.status >= 500) return { ok: false, reason: 'unavailable' };
      if (res.status !== 200) return this.remember(token, { ok: false, reason: 'invalid' }, now + 60_000);
      info = (await res.json()) as TokenInfo;
    } catch {
      return { ok: false, reason: 'unavailable' };
    }
    const expiresAt = Number(info.exp) * 1000;
    if (!info.active || !(expiresAt > now)) return { ok: false, reason: 'expired' };
    if (info.clientId !== this.appId) return this.remember(token, { ok: false, reason: 'wrong_app' }, expiresAt);
    if (!info.instanceId || info.subjectType !== 'USER' || !info.subjectId) return this.remember(token, { ok: false, reason: 'invalid' }, expiresAt);
    return this.remember(token, { ok: true, siteId: info.instanceId, uid: info.subjectId }, expiresAt);
  }

  private remember(token: string, check: AccessTokenCheck, until: number): AccessTokenCheck {
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(token, { check, until });
    return check;
  }
}
