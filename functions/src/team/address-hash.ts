/**
 * A shopper's network address, kept only as a keyed hash per site: enough to block an
 * address, useless to anyone who reads the database (no address is ever stored).
 */
import { createHmac } from 'node:crypto';

export type AddressHasher = (siteId: string, address: string | undefined) => string;

export function addressHasher(key: string): AddressHasher {
  return (siteId, address) =>
    createHmac('sha256', key)
      .update(`address\u0000${siteId}\u0000${address ?? 'unknown'}`)
      .digest('base64url')
      .slice(0, 32);
}
