/**
 * The dashboard's Wix parts in Chromium: the plan with Wix's upgrade page, the reminder
 * that the chat shows on the published site, and the shopper's Wix contact and orders
 * beside the conversation (from the Wix stand-in).
 */
import { expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { TEST_CONFIG, newShopper, randomId, call } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';

const suite = browserSuite();

it('shows the plan with the upgrade link, the published-site notice once, the shopper in Wix, and exports and erases data on request', async () => {
  suite.stack.wix.sites.get(suite.stack.siteId)!.orders = [
    { id: 'o1', number: '10057', createdDate: '2026-11-20T10:00:00.000Z', status: 'APPROVED', priceSummary: { total: { amount: '900', formattedAmount: '৳900.00' } }, lineItems: [{ productName: { original: 'Jamdani scarf' }, quantity: 2 }], buyerInfo: { email: 'ruma@example.com' } },
  ];
  const shopper = await newShopper(suite.stack.urls.api, suite.stack.siteId);
  await call(suite.stack.urls.api, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body: { conversationId: randomId('c'), id: randomId('m'), text: 'Where is my scarf?', email: 'ruma@example.com', name: 'Ruma' } });

  const page = await suite.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(suite.stack.dashboardUrl(suite.stack.siteId));
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);

  await expect.poll(() => hook('plan').getAttribute('data-plan'), { timeout: 15_000 }).toBe('free');
  const upgrade = hook('upgrade');
  expect(await upgrade.getAttribute('href')).toBe(`https://www.wix.com/apps/upgrade/${TEST_CONFIG.wixAppId}?appInstanceId=${suite.stack.siteId}`);
  expect(await upgrade.getAttribute('target')).toBe('_blank');

  await expect.poll(() => hook('published-notice').count()).toBe(1);
  await hook('published-notice').locator('button').first().click();
  await expect.poll(() => hook('published-notice').count()).toBe(0);
  await page.reload();
  await hook('plan').waitFor();
  expect(await hook('published-notice').count()).toBe(0);

  await hook('conversation-row').first().click();
  await expect.poll(() => hook('wix-context').innerText(), { timeout: 10_000 }).toContain('#10057');
  expect(await hook('wix-context').innerText()).toContain('2× Jamdani scarf');

  // A GDPR access request: every conversation, downloaded as JSON.
  const [download] = await Promise.all([page.waitForEvent('download'), hook('export-all').click()]);
  expect(download.suggestedFilename()).toBe('kotha-site-data.json');

  // A GDPR erasure request, confirmed in a Wix-style modal: the conversation is gone.
  await hook('conversation-more').click();
  await hook('erase-shopper').click();
  const modal = hook('erase-shopper-modal');
  await modal.waitFor();
  await modal.getByRole('button', { name: 'Delete for good' }).click();
  await expect.poll(() => hook('conversation-row').count(), { timeout: 10_000 }).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});
