/**
 * Firestore's answer to a `create()` of a document that exists (gRPC ALREADY_EXISTS): how
 * Kotha makes a write happen once (a claim, a message id) without a transaction, which the
 * local emulator does not isolate.
 */
import type { WriteBatch } from 'firebase-admin/firestore';

const ALREADY_EXISTS = 6;

export function isAlreadyExists(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === ALREADY_EXISTS;
}

/** Commits a batch whose `create()` is a claim: true when it committed, false when the claim was taken already. */
export async function commitClaim(batch: WriteBatch): Promise<boolean> {
  try {
    await batch.commit();
    return true;
  } catch (error) {
    if (isAlreadyExists(error)) return false;
    throw error;
  }
}
