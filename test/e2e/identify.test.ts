/** Kotha.identify from the host page: the team sees the shopper's name without asking. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startE2eStack } from '../support/e2e-stack';

let browser: Browser;
let stack: Awaited<ReturnType<typeof startE2eStack>>;

beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startE2eStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('names the shopper in the inbox when the page calls Kotha.identify', async () => {
  const page = await browser.newPage();
  await page.goto(`${stack.baseUrl}/?site=${stack.siteId}`);
  const widget = (hook: string) => page.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget('launcher').waitFor();
  await page.evaluate(() => (window as unknown as { Kotha: { identify(i: unknown): void } }).Kotha.identify({ name: 'Meena Das', email: 'meena@example.com' }));
  await widget('launcher').click();
  await widget('composer').fill('Do you have this in blue?');
  await widget('send').click();
  await expect.poll(() => widget('message').first().getAttribute('data-status')).toBe('sent');
  await expect
    .poll(async () => (await stack.api.chat.listInbox(stack.siteId, {})).conversations[0]?.visitorName, { timeout: 10_000 })
    .toBe('Meena Das');
  await page.close();
});
