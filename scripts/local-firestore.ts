/** A firebase-admin Firestore client for the local emulator (dev stack, tests, bench). */
import { randomUUID } from 'node:crypto';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

/** The project id of everything local; the `demo-` prefix marks it as never real. */
export const LOCAL_PROJECT_ID = 'demo-kotha';

/** A new client (its own firebase-admin app, as a separate API instance would have). */
export function localFirestore(hostPort: string): Firestore {
  process.env.FIRESTORE_EMULATOR_HOST = hostPort;
  // Without credentials, Google's auth library probes the cloud metadata server, an
  // address outside this machine; locally there is nothing to find there.
  process.env.METADATA_SERVER_DETECTION = 'none';
  return getFirestore(initializeApp({ projectId: LOCAL_PROJECT_ID }, `local-${randomUUID()}`));
}
