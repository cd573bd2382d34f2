/**
 * Triage in the inbox, in Chromium: rows name the shopper by what is known (name, else
 * email, else "Visitor from <country>" from their browser's zone, else "Visitor 4F2A"), views carry counts, a label says which view it narrows and
 * an empty result names both; closing or snoozing moves on to the next conversation, and a
 * snoozed conversation can be closed.
 */
import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROUTES } from '@kotha/common/contract';
import { call, instanceFor, merchantOf, newShopper, randomId } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';
import { DEMO_AGENT_UID } from '../../scripts/local-stack';

const suite = browserSuite();
const ids = { named: randomId('c'), emailOnly: randomId('c'), anonymous: randomId('c'), fromDhaka: randomId('c'), snoozed: randomId('c') };

beforeAll(async () => {
  const { stack } = suite;
  const merchant = merchantOf(stack.urls.api, stack.siteId, () => instanceFor(stack.siteId, { uid: DEMO_AGENT_UID }));
  const write = async (id: string, text: string, who: { name?: string; email?: string; timeZone?: string } = {}) => {
    const shopper = await newShopper(stack.urls.api, stack.siteId);
    if (who.name || who.email) await call(stack.urls.api, 'POST', '/v1/widget/identify', { auth: shopper.auth, body: { name: who.name, email: who.email } });
    // The page-view beacon the widget sends (with Analytics consent) carries the browser's zone.
    if (who.timeZone) await fetch(`${stack.urls.api}${ROUTES.pageView}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ token: shopper.visitorToken, url: 'https://shop.test/', timeZone: who.timeZone }) });
    await shopper.send(id, text);
  };
  await write(ids.snoozed, 'Tell me when the saris are back');
  await write(ids.anonymous, 'Do you ship abroad?');
  await write(ids.fromDhaka, 'Is cash on delivery possible?', { timeZone: 'Asia/Dhaka' });
  await write(ids.emailOnly, 'Where is my parcel?', { email: 'tomas@example.com' });
  await write(ids.named, 'Can you gift-wrap?', { name: 'Rina Akter', email: 'rina@example.com' });
  const vip = (await merchant.call('POST', ROUTES.labels, { name: 'VIP', color: '#b42318' })).body as { label: { id: string } };
  await merchant.call('PUT', ROUTES.conversationLabels(ids.named), { labels: [vip.label.id] });
  await merchant.call('POST', ROUTES.conversationSnooze(ids.snoozed), { until: Date.now() + 86_400_000 });
}, 60_000);

async function inbox() {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(suite.stack.dashboardUrl(suite.stack.siteId));
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await expect.poll(() => hook('conversation-row').count(), { timeout: 15_000 }).toBe(4);
  return { page, hook };
}
const row = (page: Page, id: string) => page.locator(`[data-hook="conversation-row"][data-conversation-id="${id}"]`);
const rowIds = (page: Page) => page.locator('[data-hook="conversation-row"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-conversation-id')));

it('names each shopper by what is known, and counts the views it knows whole', async () => {
  const { page, hook } = await inbox();
  expect(await row(page, ids.named).innerText()).toContain('Rina Akter');
  expect(await row(page, ids.emailOnly).innerText()).toContain('tomas@example.com');
  expect(await row(page, ids.anonymous).innerText()).toMatch(/Visitor [0-9A-F]{4}/);
  // No name or email, but the browser's time zone: the country, in the merchant's language.
  expect(await row(page, ids.fromDhaka).innerText()).toContain('Visitor from Bangladesh');

  // Open is loaded whole, so it and the views inside it count exactly; Snoozed, not yet
  // loaded, shows at most a floor (the live stream may have brought its conversation).
  expect(await hook('view-open').getAttribute('data-count')).toBe('4');
  expect(await hook('view-unassigned').getAttribute('data-count')).toBe('4');
  expect(await hook('view-waiting').getAttribute('data-count')).toBe('4');
  expect(await hook('view-mine').getAttribute('data-count')).toBeNull();
  expect([null, '1+']).toContain(await hook('view-snoozed').getAttribute('data-count'));
  expect(await hook('view-closed').getAttribute('data-count')).toBeNull();
  await hook('view-snoozed').click();
  await expect.poll(() => hook('view-snoozed').getAttribute('data-count')).toBe('1');
  await page.close();
});

it('names the country in the merchant’s language', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}&locale=bn`);
  await expect.poll(() => row(page, ids.fromDhaka).innerText(), { timeout: 15_000 }).toContain('বাংলাদেশ');
  await page.close();
});

it('says which view a label narrows, and an empty result names both', async () => {
  const { page, hook } = await inbox();
  await hook('label-filter').click();
  await expect.poll(() => hook('conversation-row').count()).toBe(1);
  expect(await hook('label-narrows').innerText()).toContain('labelled “VIP” in Open');
  await hook('view-closed').click();
  await expect.poll(() => hook('list-empty').innerText()).toContain('No closed conversations with the label “VIP”');
  expect(await hook('list-empty').innerText()).not.toContain('Conversations you close are kept here');
  await hook('clear-label').click();
  await expect.poll(() => hook('label-narrows').count()).toBe(0);
  expect(await hook('list-title').innerText()).toBe('Closed');
  await page.close();
});

it('moves on to the next conversation after closing one, and closes a snoozed one', async () => {
  const { page, hook } = await inbox();
  const [first, second] = await rowIds(page);
  await row(page, first!).click();
  await expect.poll(() => hook('conversation-status').getAttribute('data-status')).toBe('open');
  await hook('toggle-status').click();
  await expect.poll(() => row(page, second!).getAttribute('aria-current')).toBe('true');
  expect(await hook('advanced-notice').innerText()).toMatch(/^Closed the conversation with .+\. Here is the next one\.$/);
  expect(await row(page, first!).count()).toBe(0);

  // A snoozed conversation offers Close beside Reopen, and closing it works.
  await hook('view-snoozed').click();
  await row(page, ids.snoozed).click();
  await expect.poll(() => hook('conversation-status').getAttribute('data-status')).toBe('snoozed');
  expect(await hook('reopen').isVisible()).toBe(true);
  expect(await hook('snooze').count()).toBe(0);
  await hook('toggle-status').click();
  await expect.poll(() => hook('conversation-status').getAttribute('data-status')).toBe('closed');
  await page.close();
});
