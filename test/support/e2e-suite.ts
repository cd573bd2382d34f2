/** One Chromium and one local stack for a browser test file, started before its tests and stopped after. */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startE2eStack } from './e2e-stack';

export interface BrowserSuite {
  browser: Browser;
  stack: Awaited<ReturnType<typeof startE2eStack>>;
}

export function browserSuite(options: Parameters<typeof startE2eStack>[0] = {}): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    [suite.browser, suite.stack] = await Promise.all([launchChromium(), startE2eStack(options)]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.stack?.stop();
  });
  return suite;
}
