/**
 * Business hours in the browser, with both clocks under control (the API's injectable
 * clock and Playwright's page clock): the open widget goes away at the closing minute
 * with no reload, says when the team is back in the shopper's own time zone, takes a
 * message with an email address, and comes back at the opening minute.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_HOURS } from '@kotha/common/contract/hours';
import { HoursStore } from '../../functions/src/store/hours-store';
import { launchChromium } from '../support/browser';
import { startE2eStack } from '../support/e2e-stack';
import { testFirestore } from '../support/firestore';

const MIN = 60_000;
/** Tuesday 24 Nov 2026, 16:58 UTC; the team works 09:00–17:00 UTC every weekday. */
const CLOSING_SOON = Date.UTC(2026, 10, 24, 16, 58);
let now = CLOSING_SOON;

let browser: Browser;
let stack: Awaited<ReturnType<typeof startE2eStack>>;

beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startE2eStack({ clock: () => now })]);
  await new HoursStore(testFirestore()).save(stack.siteId, {
    ...DEFAULT_HOURS,
    schedule: { timeZone: 'UTC', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])) },
    merchantEmail: 'owner@nakshi.example',
  }, now);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const widget = (page: Page, hook: string) => page.locator(`#kotha-widget [data-kotha="${hook}"]`);

it('goes away at the closing minute, takes a message with an email, and comes back at opening', async () => {
  // The shopper is in India: the team's 09:00 UTC is their 14:30.
  const context = await browser.newContext({ timezoneId: 'Asia/Kolkata', locale: 'en-US' });
  const shop = await context.newPage();
  const errors: string[] = [];
  shop.on('pageerror', (error) => errors.push(error.message));
  await shop.clock.install({ time: new Date(now) });
  await shop.goto(`${stack.baseUrl}/?site=${stack.siteId}`);

  // The session must be in before the page's clock jumps, or the jump times its request out.
  const session = shop.waitForResponse((response) => response.url().includes('/v1/widget/session'));
  await widget(shop, 'launcher').click();
  await session;
  await expect.poll(() => widget(shop, 'panel').isVisible()).toBe(true);
  await expect.poll(() => widget(shop, 'composer').isVisible()).toBe(true);
  expect(await widget(shop, 'away').count()).toBe(0);

  // 17:00 UTC: the API's clock and the page's move on together; the panel stays open.
  now = CLOSING_SOON + 2 * MIN;
  await shop.clock.fastForward(2 * MIN);
  await expect.poll(() => widget(shop, 'away').isVisible(), { timeout: 10_000 }).toBe(true);
  await expect.poll(() => widget(shop, 'back-at').innerText()).toBe("We'll be back Wednesday 2:30 PM.");
  expect(await widget(shop, 'panel').isVisible()).toBe(true);

  // A message outside hours needs an email address; a wrong one is pointed out.
  await widget(shop, 'composer').fill('Can you gift-wrap the brass lamp?');
  await widget(shop, 'email').fill('not an email');
  await widget(shop, 'send').click();
  await expect.poll(() => shop.locator('#kotha-widget [role="alert"]').innerText()).toContain('valid email address');
  await widget(shop, 'email').fill('meena@example.com');
  await widget(shop, 'send').click();
  await expect.poll(() => widget(shop, 'message').first().getAttribute('data-status')).toBe('sent');
  // The away reply arrives live, marked as Kotha's own.
  await expect.poll(() => shop.locator('#kotha-widget [data-kotha="message"][data-author="system"]').count(), { timeout: 10_000 }).toBe(1);
  const inbox = await stack.api.chat.listInbox(stack.siteId, '', { view: 'open' });
  expect(inbox.conversations[0]).toMatchObject({ visitorEmail: 'meena@example.com' });

  // Wednesday 09:00 UTC: back, by itself.
  now = Date.UTC(2026, 10, 25, 9, 0);
  await shop.clock.fastForward(now - (CLOSING_SOON + 2 * MIN));
  await expect.poll(() => widget(shop, 'away').count(), { timeout: 10_000 }).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

it('lets the merchant set two periods a day and a holiday, and refuses an overlap in the API’s words', async () => {
  now = Date.now(); // the dashboard's instance is signed with the real time
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${stack.dashboardUrl(stack.siteId)}#hours`);
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await hook('hours-settings').waitFor({ timeout: 15_000 });
  await expect.poll(() => hook('day-mon').locator('[data-hook="period"]').count()).toBe(1);

  // A lunch break on Monday: 09:00–13:00 and 14:00–18:00.
  await hook('day-mon').locator('[data-hook="period-end"] input').fill('13:00');
  await hook('add-period-mon').click();
  const second = hook('day-mon').locator('[data-hook="period"]').nth(1);
  await second.locator('[data-hook="period-start"] input').fill('14:00');
  await second.locator('[data-hook="period-end"] input').fill('18:00');
  await hook('new-date').locator('input').fill('2026-12-16');
  await hook('add-date').click();
  await hook('save-hours').click();
  await expect.poll(() => hook('hours-status').innerText()).toContain('Saved');

  const saved = await new HoursStore(testFirestore()).get(stack.siteId);
  expect(saved.schedule?.weekly.mon).toEqual([{ start: '09:00', end: '13:00' }, { start: '14:00', end: '18:00' }]);
  expect(saved.schedule?.exceptions).toEqual([{ date: '2026-12-16', closed: true }]);

  // An overlap is refused with the API's own words, and nothing changes.
  await second.locator('[data-hook="period-start"] input').fill('12:00');
  await hook('save-hours').click();
  await expect.poll(() => hook('hours-status').innerText()).toContain('overlap');
  expect((await new HoursStore(testFirestore()).get(stack.siteId)).schedule?.weekly.mon?.[1]).toEqual({ start: '14:00', end: '18:00' });
  expect(errors).toEqual([]);
  await page.close();
});

it('hides the launcher outside hours when the merchant chose so, and shows it again at opening', async () => {
  now = Date.UTC(2026, 10, 24, 16, 59, 30);
  const store = new HoursStore(testFirestore());
  await store.save(stack.siteId, { ...(await store.get(stack.siteId)), outsideHours: 'hide-launcher', schedule: { timeZone: 'UTC', weekly: { tue: [{ start: '09:00', end: '17:00' }], wed: [{ start: '09:00', end: '17:00' }] } } }, now);
  const context = await browser.newContext();
  const shop = await context.newPage();
  await shop.clock.install({ time: new Date(now) });
  await shop.goto(`${stack.baseUrl}/?site=${stack.siteId}`);
  const launcher = widget(shop, 'launcher');
  await launcher.waitFor();
  expect(await launcher.isVisible()).toBe(true);
  now = Date.UTC(2026, 10, 24, 17, 0, 5);
  await shop.clock.fastForward(40_000);
  await expect.poll(() => launcher.isHidden(), { timeout: 10_000 }).toBe(true);
  now = Date.UTC(2026, 10, 25, 9, 0, 5);
  await shop.clock.fastForward(now - Date.UTC(2026, 10, 24, 17, 0, 5));
  await expect.poll(() => launcher.isVisible(), { timeout: 10_000 }).toBe(true);
  await context.close();
});

it('opens the chat where it left off from the link in a reply email', async () => {
  now = Date.now();
  const page = await browser.newPage();
  await page.goto(`${stack.baseUrl}/?site=${stack.siteId}#kotha-chat`);
  await expect.poll(() => widget(page, 'panel').isVisible(), { timeout: 10_000 }).toBe(true);
  await page.close();
});
