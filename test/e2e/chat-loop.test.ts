/**
 * The whole loop in Debian's Chromium, with no page reload: a shopper on the demo
 * storefront writes → the merchant sees it live in the dashboard → replies → the
 * shopper sees the reply → the merchant closes the chat → the shopper is told.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startE2eStack } from '../support/e2e-stack';

let browser: Browser;
let stack: Awaited<ReturnType<typeof startE2eStack>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startE2eStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function openPage(url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${url}: ${error.message}`));
  await page.goto(url);
  return page;
}

// Playwright's CSS locators pierce open shadow roots, so the widget's hooks resolve
// inside #kotha-widget's shadow root.
const widget = (page: Page, hook: string) => page.locator(`#kotha-widget [data-kotha="${hook}"]`);
const dashboard = (page: Page, hook: string) => page.locator(`[data-hook="${hook}"]`);

it('carries a chat between the storefront and the dashboard, live', async () => {
  const shop = await openPage(`${stack.baseUrl}/?site=${stack.siteId}`);
  const inbox = await openPage(stack.dashboardUrl(stack.siteId));

  // The shopper opens the chat and writes.
  await widget(shop, 'launcher').click();
  await expect.poll(() => widget(shop, 'panel').isVisible()).toBe(true);
  await widget(shop, 'composer').fill('Is the nakshi kantha quilt available in blue?');
  await widget(shop, 'send').click();
  await expect.poll(() => widget(shop, 'message').first().getAttribute('data-status')).toBe('sent');

  // The merchant sees the new conversation arrive and opens it.
  const row = dashboard(inbox, 'conversation-row').first();
  await row.waitFor({ timeout: 15_000 });
  await expect.poll(() => row.innerText()).toContain('Is the nakshi kantha quilt available in blue?');
  await row.click();
  await expect.poll(() => dashboard(inbox, 'message').first().innerText()).toContain('available in blue');

  // The merchant replies; the shopper sees it without reloading.
  const composer = inbox.locator('[data-hook="composer"] textarea, textarea[data-hook="composer"]').first();
  await composer.fill('Yes! We have two in indigo.');
  await dashboard(inbox, 'send').click();
  const reply = widget(shop, 'message').filter({ hasText: 'We have two in indigo' });
  await reply.waitFor({ timeout: 15_000 });
  expect(await reply.getAttribute('data-author')).toBe('agent');

  // The shopper answers; the merchant's open conversation updates live.
  await widget(shop, 'composer').fill('Great, I will take one.');
  await widget(shop, 'composer').press('Enter');
  await dashboard(inbox, 'message').filter({ hasText: 'I will take one' }).waitFor({ timeout: 15_000 });

  // The merchant closes the chat; the shopper is told, live.
  await dashboard(inbox, 'toggle-status').click();
  await expect.poll(() => dashboard(inbox, 'conversation-status').innerText()).toMatch(/closed/i);
  await widget(shop, 'closed-notice').waitFor({ timeout: 15_000 });

  // A reload keeps the conversation.
  await shop.reload();
  await widget(shop, 'launcher').click();
  await widget(shop, 'message').filter({ hasText: 'We have two in indigo' }).waitFor({ timeout: 15_000 });

  expect(pageErrors).toEqual([]);
});
