import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The shared layer's import path, as tsconfig.json declares it. */
const resolve = { alias: [{ find: /^@kotha\/common\//, replacement: fileURLToPath(new URL('./common/', import.meta.url)) }] };

/**
 * Three kinds of tests, one command (`npm test`):
 * - unit: pure code, beside its file (`*.test.ts`), no I/O;
 * - integration: the real Express app against a real Firestore endpoint (test/integration,
 *   and plugin/test for Kotha as a Wix app);
 * - e2e: the built widget and dashboard in Debian's Chromium (test/e2e).
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: ['{common,functions,plugin,widget,dashboard}/**/*.test.{ts,tsx}', 'test/architecture/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/dist/**', 'plugin/test/**'],
        },
      },
      {
        resolve,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'plugin/test/**/*.test.ts'],
          globalSetup: ['test/support/firestore-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/support/firestore-global-setup.ts', 'test/support/e2e-global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          // Chromium is heavy on two cores: one browser test file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
