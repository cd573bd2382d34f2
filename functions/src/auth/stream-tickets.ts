/**
 * Stream tickets: how a merchant opens the inbox stream without putting a long-lived
 * credential in a URL (EventSource cannot set headers, and URLs end up in logs). The
 * dashboard POSTs its credential in the Authorization header and gets a ticket that opens
 * one stream path, for one site and agent, for a minute: HMAC-SHA256 over the claims with
 * a key of its own, derived from the API's secret; checked in constant time. A ticket only
 * opens the stream: the connection then lives on its own, and a reconnect asks again.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MerchantIdentity } from '@kotha/common/platform';

/** How long a ticket opens its stream. */
export const STREAM_TICKET_TTL_MS = 60_000;

interface Claims {
  /** site, agent, path, expiry (ms) */
  s: string;
  u: string;
  p: string;
  e: number;
}

export class StreamTickets {
  private readonly key: Buffer;

  /** `secret` is the API's own (the visitor token key); the tickets' key is derived from it, so neither can stand for the other. */
  constructor(secret: string, private readonly clock: () => number) {
    this.key = createHmac('sha256', secret).update('kotha stream tickets v1').digest();
  }

  /** A ticket that opens `path` as `merchant` for STREAM_TICKET_TTL_MS. */
  issue(merchant: MerchantIdentity, path: string): { ticket: string; expiresAt: number } {
    const expiresAt = this.clock() + STREAM_TICKET_TTL_MS;
    const claims: Claims = { s: merchant.siteId, u: merchant.uid, p: path, e: expiresAt };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return { ticket: `${payload}.${this.sign(payload).toString('base64url')}`, expiresAt };
  }

  /** The merchant a live ticket for `path` names, or null for anything forged, expired, malformed or for another path. */
  verify(ticket: string, path: string): MerchantIdentity | null {
    const [payload, signature, extra] = ticket.split('.');
    if (!payload || !signature || extra !== undefined) return null;
    const given = Buffer.from(signature, 'base64url');
    const expected = this.sign(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    let claims: Partial<Claims>;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Claims>;
    } catch {
      return null;
    }
    if (typeof claims.s !== 'string' || !claims.s || typeof claims.u !== 'string' || !claims.u || claims.p !== path) return null;
    if (typeof claims.e !== 'number' || !(this.clock() < claims.e)) return null;
    return { siteId: claims.s, uid: claims.u };
  }

  private sign(payload: string): Buffer {
    return createHmac('sha256', this.key).update(payload).digest();
  }
}
