/** One Chromium and one local stack for a browser test file, started before its tests and stopped after. */
import { afterAll, beforeAll, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

/** A shopper on the demo storefront: the page, the widget's parts by `data-kotha`, and a send that waits until stored. */
export async function openShopper(suite: BrowserSuite, page?: Page) {
  const shop = page ?? (await suite.browser.newPage());
  await shop.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  return {
    shop,
    widget,
    async send(text: string) {
      // Kotha.open() is idempotent: a launcher click would close a panel a caller opened.
      await shop.evaluate(() => (window as unknown as { Kotha: { open(): void } }).Kotha.open());
      await widget('composer').fill(text);
      await widget('send').click();
      await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
    },
  };
}

/**
 * The dashboard, signed in as the demo merchant (or `uid`), in Wix's dashboard language
 * `locale` when given (as Wix appends `?locale=`): the page and its parts by `data-hook`.
 */
export async function openDashboard(suite: BrowserSuite, uid?: string, locale?: string) {
  const page = await suite.browser.newPage();
  const url = suite.stack.dashboardUrl(suite.stack.siteId, uid);
  await page.goto(locale ? `${url}&locale=${encodeURIComponent(locale)}` : url);
  return { page, hook: (name: string) => page.locator(`[data-hook="${name}"]`) };
}
