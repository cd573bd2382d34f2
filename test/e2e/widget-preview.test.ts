/**
 * The Widget tab shows the real widget, drawn from what the merchant types before saving;
 * and a shop page already open takes a newly saved look without the launcher jumping
 * from under the shopper's pointer.
 */
import { expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { browserSuite, openShopper } from '../support/e2e-suite';
import TELUGU from '../../widget/src/locales/te';

const suite = browserSuite();
const SHOTS = process.env.KOTHA_SHOTS;

/** The preview page on show (a new one is built behind it at each change). */
const preview = (page: Page): FrameLocator => page.frameLocator('[data-hook="widget-preview"] iframe[data-state="shown"]');

/** Reads the preview's widget; null while a page is being swapped in. */
async function inPreview<T>(page: Page, read: (frame: FrameLocator) => Promise<T>): Promise<T | null> {
  try {
    return await read(preview(page));
  } catch {
    return null;
  }
}

const launcherLook = (page: Page) =>
  inPreview(page, (frame) =>
    frame.locator('#kotha-widget [data-kotha="launcher"]').evaluate((el) => {
      const box = el.getBoundingClientRect();
      return { left: Math.round(box.left), right: Math.round(innerWidth - box.right), background: getComputedStyle(el).backgroundColor, name: el.getAttribute('aria-label'), lang: el.getAttribute('lang'), words: (el as HTMLElement).innerText };
    }, undefined, { timeout: 1000 }),
  );

it('draws the real widget from the unsaved settings: accent, corner, words and language change the preview, and nothing is saved', async () => {
  const before = (await suite.stack.api.sites.get(suite.stack.siteId))!.settings;
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}#widget`);
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await hook('widget-team').waitFor();

  // The panel opens in the preview with the team's name, beside the launcher in its corner.
  await expect.poll(() => inPreview(page, (frame) => frame.locator('#kotha-widget [data-kotha="panel"] .title').innerText({ timeout: 1000 })), { timeout: 15_000 }).toBe('Nakshi Crafts');
  const first = (await launcherLook(page))!;
  expect(first.right).toBeLessThan(100);
  expect(first.background).toBe('rgb(17, 109, 255)');

  await hook('widget-team').locator('input').fill('Nakshi Crafts Dhaka');
  await expect.poll(() => inPreview(page, (frame) => frame.locator('#kotha-widget [data-kotha="panel"] .title').innerText({ timeout: 1000 })), { timeout: 10_000 }).toBe('Nakshi Crafts Dhaka');
  await hook('widget-accent').fill('#ffd400');
  await expect.poll(async () => (await launcherLook(page))?.background, { timeout: 10_000 }).toBe('rgb(255, 212, 0)');
  await page.getByText('Bottom left', { exact: true }).click();
  await expect.poll(async () => (await launcherLook(page))?.left, { timeout: 10_000 }).toBeLessThan(100);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/preview-open-1366.png` });

  // The launcher alone, with the merchant's words on it.
  await hook('widget-preview-closed').click();
  await hook('widget-launcher-text').locator('input').fill('Chat with us');
  await expect.poll(async () => (await launcherLook(page))?.words, { timeout: 10_000 }).toBe('Chat with us');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/preview-closed-1366.png` });

  // Telugu: the launcher is named in it, and the open panel speaks it.
  await hook('widget-locale').click();
  await page.getByText('తెలుగు (te)').click();
  await expect.poll(async () => (await launcherLook(page))?.lang, { timeout: 10_000 }).toBe('te');
  await hook('widget-preview-open').click();
  await expect.poll(() => inPreview(page, (frame) => frame.locator('#kotha-widget [data-kotha="composer"]').getAttribute('placeholder', { timeout: 1000 })), { timeout: 10_000 }).toBe(TELUGU.placeholder);

  // Typing in the form keeps its focus: the preview never takes it.
  await hook('widget-greeting').locator('textarea').fill('');
  await hook('widget-greeting').locator('textarea').pressSequentially('Namaskaram', { delay: 20 });
  await page.waitForTimeout(800);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await expect.poll(() => inPreview(page, (frame) => frame.locator('#kotha-widget .greeting').innerText({ timeout: 1000 })), { timeout: 10_000 }).toBe('Namaskaram');

  // Nothing was saved, and the preview never reached the API as a shopper.
  expect((await suite.stack.api.sites.get(suite.stack.siteId))!.settings).toEqual(before);
  expect((await suite.stack.api.chat.listInbox(suite.stack.siteId, '', { view: 'open' })).conversations).toEqual([]);

  await page.setViewportSize({ width: 390, height: 844 });
  await hook('widget-preview').scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/preview-390.png`, fullPage: true });
  await page.close();
});

it('moves an open page’s launcher to a newly saved corner only once the chat is closed and the pointer has left it, words included', async () => {
  const { shop, widget } = await openShopper(suite, await suite.browser.newPage({ viewport: { width: 1200, height: 800 } }));
  const launcher = widget('launcher');
  await launcher.waitFor();
  const box = async () => {
    const b = (await launcher.boundingBox())!;
    return { x: Math.round(b.x), y: Math.round(b.y) };
  };
  // Measured under the pointer: the launcher grows a little on hover.
  await launcher.hover();
  await shop.waitForTimeout(400);
  const where = await box();
  expect(where.x).toBeGreaterThan(600);

  // The merchant saves another corner, height and words while the page is open.
  const { settings } = (await suite.stack.api.sites.get(suite.stack.siteId))!;
  await suite.stack.api.sites.save(suite.stack.siteId, { ...settings, launcherSide: 'left', launcherOffset: 40, launcherText: 'Ask us' }, Date.now());

  // The shopper clicks the launcher where it is: the chat opens there, and nothing moves under the pointer.
  await launcher.click();
  await expect.poll(() => widget('composer').isVisible(), { timeout: 10_000 }).toBe(true);
  await shop.waitForTimeout(500);
  expect(await box()).toEqual(where);
  const panel = (await widget('panel').boundingBox())!;
  expect(panel.x).toBeGreaterThan(600);

  // Closed with the pointer still on it: it stays.
  await launcher.click();
  await expect.poll(() => widget('panel').isVisible()).toBe(false);
  await shop.waitForTimeout(300);
  expect(await box()).toEqual(where);

  // The pointer leaves: the launcher takes the saved corner, height and words, no reload.
  await shop.mouse.move(600, 300);
  await expect.poll(async () => (await box()).x, { timeout: 5_000 }).toBeLessThan(100);
  expect((await box()).y).toBeLessThan(where.y - 30);
  expect(await launcher.innerText()).toBe('Ask us');
  expect(await launcher.getAttribute('aria-label')).toBe('Ask us');
  if (SHOTS) await shop.screenshot({ path: `${SHOTS}/live-look-1200.png` });
  await shop.close();
  await suite.stack.api.sites.save(suite.stack.siteId, settings, Date.now());
});
