/**
 * Visitor tokens: what the API issues to a shopper's widget (HS256 JWT via jose),
 * binding a visitor id to one site. The widget keeps it in localStorage.
 */
import { SignJWT, jwtVerify } from 'jose';
import { isId } from '@kotha/common/ids';

const ISSUER = 'kotha';
const AUDIENCE = 'kotha:visitor';
/** A returning shopper within half a year finds their conversations again. */
const LIFETIME_SECONDS = 180 * 24 * 60 * 60;

export interface VisitorIdentity {
  siteId: string;
  visitorId: string;
}

export class VisitorTokens {
  private readonly key: Uint8Array;

  constructor(signingKey: string, private readonly clock: () => number) {
    if (signingKey.length < 32) throw new Error('The visitor token signing key must be at least 32 characters.');
    this.key = new TextEncoder().encode(signingKey);
  }

  async issue(identity: VisitorIdentity): Promise<string> {
    const now = Math.floor(this.clock() / 1000);
    return new SignJWT({ site: identity.siteId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(identity.visitorId)
      .setIssuedAt(now)
      .setExpirationTime(now + LIFETIME_SECONDS)
      .sign(this.key);
  }

  /** The identity in a valid token, or null for anything forged, expired or malformed. */
  async verify(token: string): Promise<VisitorIdentity | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: new Date(this.clock()),
      });
      // Ids name documents: a token that names a malformed one (signed before the id rule) is refused.
      if (!isId(payload.site) || !isId(payload.sub)) return null;
      return { siteId: payload.site, visitorId: payload.sub };
    } catch {
      return null;
    }
  }
}
