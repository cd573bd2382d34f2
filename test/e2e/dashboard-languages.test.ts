/**
 * The dashboard speaks the merchant's language: Wix's `?locale=` picks Kotha's texts,
 * their direction, the digits of counts and the names of weekdays. Bengali and Hebrew
 * here stand for every language file (their contents are checked by locales.test.ts).
 */
import { expect, it } from 'vitest';
import bn from '../../dashboard/src/i18n/locales/bn';
import de from '../../dashboard/src/i18n/locales/de';
import he from '../../dashboard/src/i18n/locales/he';
import en from '../../dashboard/src/i18n/en';
import { newShopper, randomId, call } from '../support/api-harness';
import { ROUTES } from '@kotha/common/contract';
import { browserSuite, openDashboard } from '../support/e2e-suite';

const suite = browserSuite();

async function shopperWrites(text: string) {
  const shopper = await newShopper(suite.stack.urls.api, suite.stack.siteId);
  const sent = await call(suite.stack.urls.api, 'POST', ROUTES.offlineMessage, {
    auth: shopper.auth,
    body: { conversationId: randomId('c'), id: randomId('m'), text, email: `${randomId('s')}@example.com`, name: 'রুমা' },
  });
  expect(sent.status).toBeLessThan(300);
}

it('reads Bengali from Wix’s locale: tabs, views, counts in Bengali digits, weekdays, and no English left on screen', async () => {
  await shopperWrites('আমার অর্ডার কোথায়?');
  const { page, hook } = await openDashboard(suite, undefined, 'bn-BD');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));

  await hook('conversation-row').first().waitFor({ timeout: 15_000 });
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['bn-BD', 'ltr']);
  const tabs = await hook('pages').innerText();
  for (const key of ['tabs.inbox', 'tabs.team', 'tabs.widget', 'tabs.hours'] as const) expect(tabs).toContain(bn[key]);
  expect(await hook('view-waiting').innerText()).toBe(bn['views.waiting']);
  await expect.poll(() => hook('unread-total').innerText()).toMatch(/^[০-৯]+/);
  await expect.poll(() => page.title()).toMatch(/^\([০-৯]+\)/);

  const inbox = await page.locator('main').innerText();
  for (const key of ['views.unassigned', 'views.waiting', 'inbox.pickTitle', 'inbox.notificationsAsk', 'stream.live'] as const) {
    expect(inbox).not.toContain(en[key]);
  }

  await hook('pages').getByText(bn['tabs.hours']).click();
  await hook('hours-settings').waitFor();
  // The page frame shows at once and its hours after they load.
  await expect.poll(() => hook('hours-settings').innerText()).toContain(bn['hours.whenTitle']);
  await hook('hours-enabled').locator('input').check();
  await expect.poll(() => hook('day-mon').innerText()).toContain('সোমবার');
  expect(errors).toEqual([]);
  await page.close();
});

it('turns the whole dashboard right to left for Hebrew, while each message keeps its own direction', async () => {
  await shopperWrites('Is the brass lamp in stock?');
  const { page, hook } = await openDashboard(suite, undefined, 'he');
  await hook('view-open').waitFor({ timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await hook('view-open').innerText()).toBe(he['views.open']);
  const views = await page.locator('.kotha-views').boundingBox();
  const list = await page.locator('.kotha-list').boundingBox();
  expect(views!.x).toBeGreaterThan(list!.x);

  await hook('conversation-row').filter({ hasText: 'brass lamp' }).first().click();
  const bubble = hook('message').first().locator('.kotha-bubble');
  await bubble.waitFor();
  expect(await bubble.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
  expect(await page.locator('.kotha-panel-header').evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  await page.close();
});

it('follows a regional tag to its language and an unknown one to English', async () => {
  const german = await openDashboard(suite, undefined, 'de-AT');
  await german.hook('view-open').waitFor({ timeout: 15_000 });
  expect(await german.hook('view-mine').innerText()).toBe(de['views.mine']);
  await german.page.close();

  const unknown = await openDashboard(suite, undefined, 'tlh');
  await unknown.hook('view-open').waitFor({ timeout: 15_000 });
  expect(await unknown.hook('view-waiting').innerText()).toBe(en['views.waiting']);
  expect(await unknown.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
  await unknown.page.close();
});

it('opens the local stack’s /merchant in the language asked for, as Wix would', async () => {
  const page = await suite.browser.newPage();
  await page.goto(`${suite.stack.baseUrl}/merchant?locale=te`);
  await page.locator('[data-hook="view-open"]').waitFor({ timeout: 15_000 });
  expect(new URL(page.url()).searchParams.get('locale')).toBe('te');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('te');
  await page.close();
});
