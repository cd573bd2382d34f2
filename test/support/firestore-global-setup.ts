/**
 * Gives every test a real Firestore endpoint: an external one when FIRESTORE_EMULATOR_HOST
 * is set (e.g. Google's emulator), else the embedded emulator on loopback.
 */
import type { TestProject } from 'vitest/node';
import { startEmulator } from '../../scripts/emulator';

declare module 'vitest' {
  export interface ProvidedContext {
    firestoreHost: string;
    firestoreIsEmbedded: boolean;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.FIRESTORE_EMULATOR_HOST;
  if (external) {
    project.provide('firestoreHost', external);
    project.provide('firestoreIsEmbedded', false);
    return;
  }
  const emulator = await startEmulator();
  project.provide('firestoreHost', emulator.hostPort);
  project.provide('firestoreIsEmbedded', true);
  return () => emulator.stop();
}
