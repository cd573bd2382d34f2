/**
 * The merchant's inbox on real screens, in Chromium: on laptops the page never scrolls and
 * the reply box stays on screen; on a phone one pane shows at a time with a Back button and
 * thumb-sized controls; every tab shows a failed load with Try again; axe-core finds
 * nothing on any tab. Geometry is asserted, never pixels.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { ROUTES } from '@kotha/common/contract';
import { call, instanceFor, merchantOf, newShopper, randomId } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';
import { DEMO_AGENT_UID } from '../../scripts/local-stack';
import { axeViolations } from '../support/axe';

const suite = browserSuite();
const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** The long conversation every size opens. */
let long = '';

beforeAll(async () => {
  const { stack } = suite;
  // The agent the dashboard signs in as: a free plan has one.
  const merchant = merchantOf(stack.urls.api, stack.siteId, () => instanceFor(stack.siteId, { uid: DEMO_AGENT_UID }));
  // Enough conversations to fill the list, and one long enough to fill any screen.
  for (let i = 0; i < 12; i++) {
    const shopper = await newShopper(stack.urls.api, stack.siteId);
    await shopper.send(randomId('c'), `Question ${i} about an order`);
  }
  const rina = await newShopper(stack.urls.api, stack.siteId);
  await call(stack.urls.api, 'POST', '/v1/widget/identify', { auth: rina.auth, body: { name: 'Rina Akter', email: 'rina@example.com' } });
  long = randomId('c');
  for (let i = 0; i < 16; i++) {
    if (i % 2 === 0) await rina.send(long, `Message ${i}: ${'about the river quilt and its shipping '.repeat(3)}`);
    else await merchant.reply(long, `Reply ${i}: ${'we can ship it this week '.repeat(3)}`);
  }
}, 120_000);

async function dashboard(page: Page, hash = '') {
  await page.goto(suite.stack.dashboardUrl(suite.stack.siteId) + hash);
  return (name: string) => page.locator(`[data-hook="${name}"]`);
}

/** A box's edges, and whether the page itself scrolls either way. */
const geometry = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const box = document.querySelector(sel)?.getBoundingClientRect();
    const root = document.scrollingElement!;
    return {
      box: box ? { top: box.top, bottom: box.bottom, left: box.left, right: box.right, height: box.height, width: box.width } : null,
      viewport: { width: innerWidth, height: innerHeight },
      page: { scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight },
    };
  }, selector);

/**
 * axe-core's violations on the whole page, by rule and first nodes. One is left out:
 * wix-style-react's Radio puts `aria-checked` on its role-less wrapper (Radio.js, 10.173),
 * beside the real `<input type="radio">` that carries the state: the library's, not ours.
 */

describe('on a laptop', () => {
  for (const [width, height] of [[1366, 768], [1440, 900]] as const) {
    it(`keeps the reply box on screen and the page still at ${width}×${height}`, async () => {
      const page = await suite.browser.newPage({ viewport: { width, height } });
      const hook = await dashboard(page);
      await page.locator(`[data-hook="conversation-row"][data-conversation-id="${long}"]`).click();
      await expect.poll(() => hook('message').count(), { timeout: 10_000 }).toBe(16);

      for (const part of ['[data-hook="composer"]', '[data-hook="send"]', '[data-hook="pages"]', '[data-hook="toggle-status"]']) {
        const { box, viewport, page: root } = await geometry(page, part);
        expect(box, part).not.toBeNull();
        expect(box!.top, part).toBeGreaterThanOrEqual(0);
        expect(box!.bottom, part).toBeLessThanOrEqual(viewport.height);
        expect(root.scrollHeight, 'the page never scrolls as a whole').toBeLessThanOrEqual(viewport.height);
        expect(root.scrollWidth).toBeLessThanOrEqual(viewport.width);
      }
      // The messages and the list scroll inside their panes, and the newest message shows.
      const panes = await page.evaluate(() =>
        ['.kotha-messages-scroll', '.kotha-list-scroll'].map((sel) => {
          const el = document.querySelector(sel)!;
          return { scrolls: el.scrollHeight > el.clientHeight, atBottom: el.scrollHeight - el.scrollTop - el.clientHeight < 2 };
        }),
      );
      expect(panes[0]).toEqual({ scrolls: true, atBottom: true });
      expect(panes[1]!.scrolls).toBe(true);
      await page.mouse.move(width - 300, height / 2);
      await page.mouse.wheel(0, -2000);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect((await geometry(page, '[data-hook="send"]')).box!.bottom).toBeLessThanOrEqual(height);
      await page.close();
    });
  }

  it('keeps routine tools in the header and the rest, destructive last, in More', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const hook = await dashboard(page);
    await page.locator(`[data-hook="conversation-row"][data-conversation-id="${long}"]`).click();
    for (const tool of ['toggle-status', 'snooze', 'assign', 'conversation-more']) await expect.poll(() => hook(tool).isVisible()).toBe(true);
    for (const tool of ['edit-labels', 'download-transcript', 'block-shopper', 'erase-shopper']) expect(await hook(tool).count(), tool).toBe(0);
    await hook('conversation-more').click();
    const items = await page.locator('[data-hook="edit-labels"], [data-hook="download-transcript"], [data-hook="block-shopper"], [data-hook="erase-shopper"]').evaluateAll((all) => all.map((el) => el.getAttribute('data-hook')));
    expect(items).toEqual(['edit-labels', 'download-transcript', 'block-shopper', 'erase-shopper']);
    // A destructive tool asks first.
    await hook('erase-shopper').click();
    await hook('erase-shopper-modal').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => hook('erase-shopper-modal').count()).toBe(0);
    await page.close();
  });
});

describe('on a phone', () => {
  it('shows the list, then the conversation with its reply box, and Back returns; nothing scrolls sideways', async () => {
    const context = await suite.browser.newContext(PHONE);
    const page = await context.newPage();
    const hook = await dashboard(page);
    const row = page.locator(`[data-hook="conversation-row"][data-conversation-id="${long}"]`);
    await row.waitFor();
    const list = await geometry(page, '.kotha-list');
    expect(list.page.scrollWidth, 'no sideways scroll').toBeLessThanOrEqual(list.viewport.width);
    expect(list.box!.right).toBeLessThanOrEqual(list.viewport.width);
    // Every view is a thumb-sized target; rows are too.
    for (const target of await page.locator('.kotha-view, [data-hook="conversation-row"]').all()) {
      const box = (await target.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
    }

    await row.tap();
    await expect.poll(() => hook('message').count(), { timeout: 10_000 }).toBe(16);
    expect(await row.isVisible(), 'the list steps aside').toBe(false);
    const messages = await geometry(page, '.kotha-messages-scroll');
    expect(messages.box!.height).toBeGreaterThan(300);
    expect(messages.page.scrollWidth).toBeLessThanOrEqual(messages.viewport.width);
    expect(messages.page.scrollHeight).toBeLessThanOrEqual(messages.viewport.height);
    for (const part of ['[data-hook="composer"]', '[data-hook="send"]', '[data-hook="back-to-list"]', '[data-hook="conversation-actions"]']) {
      const { box, viewport } = await geometry(page, part);
      expect(box!.top, part).toBeGreaterThanOrEqual(0);
      expect(box!.bottom, part).toBeLessThanOrEqual(viewport.height);
      expect(box!.right, part).toBeLessThanOrEqual(viewport.width);
    }
    for (const part of ['[data-hook="send"]', '[data-hook="back-to-list"]', '[data-hook="conversation-actions"]']) {
      const { box } = await geometry(page, part);
      expect(box!.height, part).toBeGreaterThanOrEqual(44);
      expect(box!.width, part).toBeGreaterThanOrEqual(44);
    }
    // The layout follows the visible part of the screen (what a keyboard leaves).
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--kotha-vv-height'))).toBe(`${844}px`);

    // Every tool in one menu, each item thumb-sized.
    await hook('conversation-actions').tap();
    for (const item of ['toggle-status', 'snooze', 'assign', 'edit-labels', 'download-transcript', 'block-shopper', 'erase-shopper']) {
      // Polled: the menu grows into place.
      await expect.poll(async () => (await hook(item).boundingBox())?.height ?? 0, { message: item }).toBeGreaterThanOrEqual(44);
      const box = (await hook(item).boundingBox())!;
      expect(box.x + box.width, item).toBeLessThanOrEqual(390);
    }
    await page.keyboard.press('Escape');

    // A reply from the phone: the Send button sends.
    await hook('composer').locator('textarea').fill('Sent from a phone');
    await hook('send').tap();
    await expect.poll(() => hook('message').last().innerText(), { timeout: 10_000 }).toContain('Sent from a phone');

    await hook('back-to-list').tap();
    await expect.poll(() => row.isVisible()).toBe(true);
    expect(await hook('composer').isVisible()).toBe(false);
    // The system Back does the same.
    await row.tap();
    await hook('back-to-list').waitFor();
    await page.evaluate(() => history.back());
    await expect.poll(() => row.isVisible()).toBe(true);
    expect((await geometry(page, 'body')).page.scrollWidth).toBeLessThanOrEqual(390);
    await context.close();
  });

  it('reaches every page from one thumb-sized picker, with nothing cut or scrolled sideways, in English and Bengali', async () => {
    const context = await suite.browser.newContext(PHONE);
    const page = await context.newPage();
    for (const locale of ['en', 'bn']) {
      await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}&locale=${locale}`);
      const picker = page.locator('[data-hook="pages-select"]');
      await picker.waitFor();
      // No tab row to scroll: the picker spans the screen and names every page.
      expect(await page.locator('[data-hook="pages"]').count()).toBe(0);
      const box = (await picker.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(await picker.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      const pages = await picker.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      expect(pages).toEqual(['inbox', 'team', 'widget', 'hours', 'help', 'analytics']);
      expect(await picker.getAttribute('aria-label')).toBeTruthy();
      // The inbox with the picker above it (Analytics, below, is another tab's to check).
      await page.locator('[data-hook="conversation-row"]').first().waitFor();
      expect(await axeViolations(page, { ignoreWsrRadioAria: true }), locale).toEqual([]);
      // Choosing a page opens it, and the picker says where the merchant is.
      await picker.selectOption('hours');
      await page.locator('[data-hook="hours-settings"]').waitFor();
      expect(await picker.inputValue()).toBe('hours');
      await picker.selectOption('analytics');
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#analytics');
      expect((await geometry(page, 'body')).page.scrollWidth).toBeLessThanOrEqual(390);
    }
    await context.close();
  });

  it('has no sideways scroll on the settings tabs, and no link that opens a new tab', async () => {
    const context = await suite.browser.newContext(PHONE);
    const page = await context.newPage();
    for (const tab of ['#team', '#hours', '#widget', '#help']) {
      const hook = await dashboard(page, tab);
      await hook('plan').waitFor();
      // The week's hours, the longest rows of any tab, once turned on (not saved).
      if (tab === '#hours') await hook('hours-enabled').locator('input').check();
      await page.waitForTimeout(300);
      const { page: root, viewport } = await geometry(page, 'body');
      expect(root.scrollWidth, tab).toBeLessThanOrEqual(viewport.width);
      const pane = await page.locator('.kotha-page-scroll').evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(pane[0], `${tab} scrolls sideways inside`).toBeLessThanOrEqual(pane[1]!);
      expect(await page.locator('a[target="_blank"]').count(), tab).toBe(0);
    }
    await context.close();
  });
});

it('starts new hours in the site’s time zone from Wix, not the browser’s, and says which it is', async () => {
  // A merchant travelling in Berlin, whose site is in Dhaka (the stand-in's site properties).
  const context = await suite.browser.newContext({ viewport: { width: 1366, height: 768 }, timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}#hours`);
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await hook('hours-enabled').locator('input').check();
  expect(await hook('time-zone').locator('input').inputValue()).toBe('Asia/Dhaka');
  expect(await hook('zone-note').innerText()).toBe("Your site's time zone, as set in Wix.");
  // Another zone chosen: the note names the site's and offers it back.
  await hook('time-zone').locator('input').click();
  await page.getByText('Europe/Berlin', { exact: true }).first().click();
  await expect.poll(() => hook('zone-note').innerText()).toContain('Asia/Dhaka');
  await hook('use-site-zone').click();
  await expect.poll(() => hook('time-zone').locator('input').inputValue()).toBe('Asia/Dhaka');
  await context.close();
});

it('shows holidays as dates in the dashboard’s language', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}&locale=de#hours`);
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await hook('hours-enabled').locator('input').check();
  await hook('new-date').locator('input').fill('2026-04-14');
  await hook('add-date').click();
  expect(await hook('special-date-day').innerText()).toBe('Dienstag, 14. April 2026');
  await page.close();
});

describe('when the API is down', () => {
  /** Every API request fails until `restore` is called. */
  async function apiDown(page: Page) {
    const pattern = `${suite.stack.urls.api}/**`;
    await page.route(pattern, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'down' } }) }));
    return () => page.unroute(pattern);
  }

  it('the inbox says so with Try again, never an empty list', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const restore = await apiDown(page);
    const hook = await dashboard(page);
    await hook('list-error').waitFor({ timeout: 10_000 });
    expect(await hook('list-empty').count()).toBe(0);
    await restore();
    await hook('list-error').locator('[data-hook="retry"]').click();
    await expect.poll(() => hook('conversation-row').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });

  it('Team & tools says so in each card with Try again, never “no labels”', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const restore = await apiDown(page);
    const hook = await dashboard(page, '#team');
    await expect.poll(() => hook('load-error').count(), { timeout: 10_000 }).toBe(2); // labels, canned responses
    await hook('profile-load-error').waitFor();
    await hook('blocked-load-error').waitFor();
    expect(await page.locator('[data-hook="labels-empty"], [data-hook="canned-empty"], [data-hook="blocked-empty"]').count()).toBe(0);
    await restore();
    await hook('load-error').first().locator('[data-hook="retry"]').click();
    await expect.poll(() => hook('load-error').count(), { timeout: 10_000 }).toBe(0);
    await hook('profile-load-error').locator('[data-hook="retry"]').click();
    await expect.poll(() => hook('profile-name').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('Widget says so with Try again, and the form comes back with it', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const restore = await apiDown(page);
    const hook = await dashboard(page, '#widget');
    await hook('load-error').waitFor({ timeout: 10_000 });
    expect(await hook('load-error').innerText()).toContain("Can't load your widget settings");
    // In the tab's frame, under its heading, never a bare error line.
    expect(await page.locator('[data-hook="widget-settings"] h1').innerText()).toBe('Widget');
    expect(await hook('widget-team').count()).toBe(0);
    await restore();
    await hook('load-error').locator('[data-hook="retry"]').click();
    await expect.poll(() => hook('widget-save').count(), { timeout: 10_000 }).toBe(1);
    expect(await hook('load-error').count()).toBe(0);
    await page.close();
  });

  it('the Help center says so with Try again, never “no articles”', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const restore = await apiDown(page);
    const hook = await dashboard(page, '#help');
    await hook('help-load-error').waitFor({ timeout: 10_000 });
    expect(await hook('help-empty').count()).toBe(0);
    await restore();
    await hook('help-load-error').locator('[data-hook="retry"]').click();
    await expect.poll(() => hook('help-articles').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });

  it('Business hours says so with Try again', async () => {
    const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const restore = await apiDown(page);
    const hook = await dashboard(page, '#hours');
    await hook('load-error').waitFor({ timeout: 10_000 });
    await restore();
    await hook('load-error').locator('[data-hook="retry"]').click();
    await expect.poll(() => hook('save-hours').count(), { timeout: 10_000 }).toBe(1);
    await page.close();
  });
});

describe('accessibility', () => {
  const tabs = [
    { hash: '', ready: '[data-hook="message"]' },
    { hash: '#team', ready: '[data-hook="profile-name"]' },
    { hash: '#widget', ready: '[data-hook="widget-save"]' },
    { hash: '#hours', ready: '[data-hook="save-hours"]' },
    { hash: '#analytics', ready: '[data-hook="analytics-kpis"]' },
    { hash: '#help', ready: '[data-hook="help-collections"]' },
  ];
  for (const { hash, ready } of tabs) {
    it(`finds no axe-core violations on ${hash || '#inbox'}`, async () => {
      // Settings tabs scroll inside the shell, and axe skips what is scrolled out of
      // view: a screen tall enough shows all of a tab at once.
      const page = await suite.browser.newPage({ viewport: { width: 1366, height: hash ? 3000 : 768 } });
      await dashboard(page, hash);
      if (!hash) await page.locator(`[data-hook="conversation-row"][data-conversation-id="${long}"]`).click();
      await page.locator(ready).first().waitFor({ timeout: 10_000 });
      expect(await axeViolations(page, { ignoreWsrRadioAria: true })).toEqual([]);
      await page.close();
    });
  }

  it('finds no axe-core violations on a phone, list and conversation', async () => {
    const context = await suite.browser.newContext(PHONE);
    const page = await context.newPage();
    await dashboard(page);
    const row = page.locator(`[data-hook="conversation-row"][data-conversation-id="${long}"]`);
    await row.waitFor();
    expect(await axeViolations(page, { ignoreWsrRadioAria: true })).toEqual([]);
    await row.tap();
    await page.locator('[data-hook="message"]').first().waitFor();
    expect(await axeViolations(page, { ignoreWsrRadioAria: true })).toEqual([]);
    await context.close();
  });
});
