/**
 * The suppression list: addresses Kotha no longer emails, because mail to them bounced for
 * good, their owner marked it as spam, or someone asked. One document per address,
 * `emailSuppressions/{key}`, keyed by the SHA-256 of the address as written in lower case,
 * so the list holds no address in clear and anyone holding an address can look it up or
 * add it (scripts/suppress-email.ts) without the app's secrets. Entries do not expire.
 */
import { createHash } from 'node:crypto';
import type { Firestore } from 'firebase-admin/firestore';

export const SUPPRESSIONS = 'emailSuppressions';

export type SuppressionReason = 'bounce' | 'complaint' | 'manual';

/** The document id of an address. */
export function suppressionKey(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex');
}

export class SuppressionStore {
  constructor(private readonly db: Firestore) {}

  async isSuppressed(address: string): Promise<boolean> {
    return (await this.db.collection(SUPPRESSIONS).doc(suppressionKey(address)).get()).exists;
  }

  /** Adds an address (again: the latest reason wins). `detail` says what happened, e.g. the server's answer. */
  async add(address: string, reason: SuppressionReason, detail: string, at: number): Promise<void> {
    await this.db.collection(SUPPRESSIONS).doc(suppressionKey(address)).set({ reason, detail: detail.slice(0, 500), at });
  }
}
