/** A Firestore client (firebase-admin) for tests, on the endpoint the global setup provides. */
import type { Firestore } from 'firebase-admin/firestore';
import { inject } from 'vitest';
import { localFirestore } from '../../scripts/local-firestore';

/** A new client: each has its own app, as separate API instances would. */
export function testFirestore(): Firestore {
  return localFirestore(inject('firestoreHost'));
}
