/** A Firestore client (firebase-admin) for tests, on the endpoint the global setup provides. */
import { randomUUID } from 'node:crypto';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';
import { inject } from 'vitest';

export const TEST_PROJECT_ID = 'demo-kotha';

/** A new client: each has its own app, as separate API instances would. */
export function testFirestore(): Firestore {
  process.env.FIRESTORE_EMULATOR_HOST = inject('firestoreHost');
  return getFirestore(initializeApp({ projectId: TEST_PROJECT_ID }, `test-${randomUUID()}`));
}
