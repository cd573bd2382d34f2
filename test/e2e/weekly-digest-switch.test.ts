/**
 * The weekly digest's switch in Team & tools, in the browser against the local stack: off
 * by default, saying where the digest would go; turned on with the keyboard and still on
 * after a reload (the API stored it); a failed load says so with Retry; axe-core clean, in
 * English and right to left in Arabic.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/e2e-suite';
import { axeViolations } from '../support/axe';

const suite = browserSuite();

async function team(page: Page, locale = 'en') {
  await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}&locale=${locale}#team`);
  const card = page.locator('[data-hook="weekly-digest-address"]');
  await card.waitFor({ timeout: 15_000 });
  return card;
}


const switchOf = (page: Page) => page.getByRole('checkbox', { name: 'Email me the weekly digest' });

it('is off by default, turns on from the keyboard, and stays on after a reload', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 3000 } });
  const address = await team(page);
  expect(await address.innerText()).toMatch(/^Sent to .+@.+|Add your email on the Hours tab/);
  const toggle = switchOf(page);
  expect(await toggle.isChecked()).toBe(false);
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect.poll(() => toggle.isChecked(), { timeout: 10_000 }).toBe(true);
  await page.reload();
  await team(page);
  await expect.poll(() => switchOf(page).isChecked(), { timeout: 10_000 }).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  // Off again, for the other tests sharing the stack.
  await switchOf(page).click();
  await expect.poll(() => switchOf(page).isChecked(), { timeout: 10_000 }).toBe(false);
  await page.close();
});

it('says it could not load, with Retry that brings the switch back', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 3000 } });
  const pattern = `${suite.stack.urls.api}/v1/inbox/weekly-digest`;
  await page.route(pattern, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'down' } }) }));
  await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}#team`);
  const retry = page.locator('[data-hook="weekly-digest-retry"]');
  await retry.waitFor({ timeout: 15_000 });
  // Said beside Retry, as an alert; no address line until it loads.
  expect(await page.locator('[role="alert"]').filter({ hasText: /.+/ }).count()).toBeGreaterThan(0);
  expect(await page.locator('[data-hook="weekly-digest-address"]').count()).toBe(0);
  await page.unroute(pattern);
  await retry.click();
  await page.locator('[data-hook="weekly-digest-address"]').waitFor({ timeout: 10_000 });
  expect(await retry.count()).toBe(0);
  await page.close();
});

it('is right to left and axe-clean in Arabic', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 3000 } });
  await team(page, 'ar');
  expect(await page.getByText('أرسل لي الملخص الأسبوعي').count()).toBe(1);
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('[data-hook="weekly-digest-address"]')!).direction)).toBe('rtl');
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});
