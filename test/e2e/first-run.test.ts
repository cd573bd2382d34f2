/**
 * The first run, in Chromium on the local stack (issue 12): an empty inbox offers the
 * storefront (the site's published address; locally, the stack's storefront) and a setup
 * checklist whose steps follow the site's data and which goes once all are done; the
 * desktop-notification ask remembers "Not now"; and the local stack's demo site starts
 * with the sample conversation a real install gets.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEFAULT_HOURS } from '@kotha/common/contract';
import { HoursStore } from '../../functions/src/store/hours-store';
import { TeamStore } from '../../functions/src/store/team-store';
import { SAMPLE_CONVERSATION_ID } from '../../functions/src/platform/sample-conversation';
import { DEMO_SITE_ID } from '../../scripts/local-stack';
import { browserSuite, openDashboard, openShopper } from '../support/e2e-suite';

const suite = browserSuite();

/** The checklist's steps as shown: [step, done]. */
const steps = (page: Page) => page.locator('[data-hook="setup-step"]').evaluateAll((items) => items.map((item) => [item.getAttribute('data-step'), item.getAttribute('data-done')]));

it('offers the storefront and a checklist beside an empty inbox; the test message arrives, and the checklist follows the data until it goes', async () => {
  const { stack } = suite;
  const { page, hook } = await openDashboard(suite);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await hook('list-empty').waitFor({ timeout: 15_000 });
  await hook('first-run').waitFor();
  expect(await hook('storefront-offer').innerText()).toContain('Open your storefront and send a test message');
  const storefront = `${stack.baseUrl}/?site=${stack.siteId}`;
  expect(await hook('storefront-link').getAttribute('href')).toBe(storefront);
  expect(await steps(page)).toEqual([
    ['look', 'false'],
    ['hours', 'false'],
    ['canned', 'false'],
    ['teammate', 'false'],
  ]);

  // The link opens the storefront; a test message from there lands in the inbox, and the offer has done its job.
  const [shop] = await Promise.all([page.waitForEvent('popup'), hook('storefront-link').click()]);
  await shop.waitForLoadState();
  expect(shop.url()).toBe(storefront);
  await (await openShopper(suite, shop)).send('Testing my new chat!');
  await hook('conversation-row').waitFor({ timeout: 15_000 });
  await expect.poll(() => hook('storefront-offer').count()).toBe(0);
  expect(await hook('setup-checklist').isVisible()).toBe(true);

  // A step's link opens its page, like its tab.
  await page.getByText('Set your business hours').click();
  await hook('hours-settings').waitFor();

  // Done elsewhere (another teammate, the API): the checklist reads the site's data.
  const weekdays = { timeZone: 'Asia/Dhaka', weekly: { mon: [{ start: '09:00', end: '17:00' }] } };
  await new HoursStore(stack.api.db).save(stack.siteId, { ...DEFAULT_HOURS, schedule: weekdays }, Date.now());
  await new TeamStore(stack.api.db).saveCanned(stack.siteId, { id: 'k1', title: 'Shipping', shortcut: 'ship', text: 'We ship in 3 days.', updatedAt: Date.now() });
  await hook('pages').getByText('Inbox').click();
  await hook('setup-checklist').waitFor();
  expect(await steps(page)).toEqual([
    ['look', 'false'],
    ['hours', 'true'],
    ['canned', 'true'],
    ['teammate', 'false'],
  ]);

  await stack.api.sites.save(stack.siteId, { accentColor: '#0b6e4f' }, Date.now());
  await new TeamStore(stack.api.db).saveAgent(stack.siteId, { uid: 'mita', displayName: 'Mita', photoUrl: null, lastSeenAt: Date.now() });
  await page.reload();
  await hook('conversation-row').waitFor({ timeout: 15_000 });
  // All done: the first run steps aside for the usual pane.
  await page.getByText('Pick a conversation').waitFor();
  expect(await hook('first-run').count()).toBe(0);
  expect(errors).toEqual([]);
  await shop.close();
  await page.close();
});

it('remembers "Not now" on the desktop-notification ask for this agent on this site', async () => {
  // A second agent needs Premium: Wix (the stand-in) says the site bought it.
  const site = suite.stack.wix.sites.get(suite.stack.siteId)!;
  suite.stack.wix.sites.set(suite.stack.siteId, { ...site, billing: { packageName: 'kotha-premium', billingCycle: 'MONTHLY', autoRenewing: true } });
  const context = await suite.browser.newContext();
  // The browser has not been asked yet, whatever headless Chromium answers by default.
  await context.addInitScript(() => {
    class NotAskedYet {
      static permission = 'default';
      static requestPermission = async () => 'default';
    }
    (window as unknown as { Notification: unknown }).Notification = NotAskedYet;
  });
  const page = await context.newPage();
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await page.goto(suite.stack.dashboardUrl(suite.stack.siteId));
  await hook('notifications-ask').waitFor({ timeout: 15_000 });
  await hook('notifications-ask').getByText('Not now').click();
  await expect.poll(() => hook('notifications-ask').count()).toBe(0);

  await page.reload();
  await hook('view-open').waitFor({ timeout: 15_000 });
  await hook('stream-status').waitFor();
  expect(await hook('notifications-ask').count()).toBe(0);
  // Another teammate in the same browser is asked for themselves.
  await page.goto(suite.stack.dashboardUrl(suite.stack.siteId, 'mita'));
  await hook('notifications-ask').waitFor({ timeout: 15_000 });
  await context.close();
});

it('starts the local stack’s demo site with the sample conversation a real install gets', async () => {
  const sample = await suite.stack.api.chat.getConversation(DEMO_SITE_ID, SAMPLE_CONVERSATION_ID);
  expect(sample.conversation.visitorName).toBe('Ruma (sample shopper)');
  expect(sample.messages.map((m) => m.id)).toEqual(['sample_1', 'sample_2']);
  // Kotha's note is an automatic message signed with the team's name, never a reply "you" wrote.
  expect(sample.messages[1]).toMatchObject({ author: 'system', authorName: 'Nakshi Crafts', automatic: true });
  // As npm start registers it with the Wix stand-in.
  suite.stack.wix.sites.set(DEMO_SITE_ID, { url: suite.stack.urls.storefront, properties: { businessName: 'Nakshi Crafts', timeZone: 'Asia/Dhaka' } });
  const { page, hook } = await openDashboard({ ...suite, stack: { ...suite.stack, siteId: DEMO_SITE_ID } });
  await hook('conversation-row').first().waitFor({ timeout: 15_000 });
  const row = page.locator(`[data-conversation-id="${SAMPLE_CONVERSATION_ID}"]`);
  expect(await row.count()).toBe(1);
  // The list shows the shopper's words, not the note as if the merchant had written it.
  const preview = await row.innerText();
  expect(preview).toContain('Do you ship to Chattogram');
  expect(preview).not.toContain('This is a sample conversation');
  await row.click();
  await expect.poll(() => hook('message').count(), { timeout: 10_000 }).toBe(2);
  expect(await hook('message').last().innerText()).toContain('Nakshi Crafts');
  expect(await hook('message').last().innerText()).not.toMatch(/\bKotha\b/);
  await page.close();
});
