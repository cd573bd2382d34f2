/**
 * The widget for every shopper, in Chromium: axe-core finds no violations on the open
 * panel, it works from the keyboard alone, mirrors for right-to-left languages, speaks
 * Bengali and Telugu, and fills a phone's screen without iOS zoom-on-focus.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite } from '../support/e2e-suite';
import { axeViolations } from '../support/axe';

const suite = browserSuite();

const widget = (page: Page, hook: string) => page.locator(`#kotha-widget [data-kotha="${hook}"]`);

async function shop(options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark' } = {}) {
  const page = await suite.browser.newPage(options);
  await page.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  await widget(page, 'launcher').waitFor();
  return page;
}

async function openPanel(page: Page) {
  await widget(page, 'launcher').click();
  await expect.poll(() => widget(page, 'panel').isVisible()).toBe(true);
  await expect.poll(() => widget(page, 'composer').isVisible()).toBe(true);
}

describe('the open panel', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations (${colorScheme})`, async () => {
      const page = await shop({ colorScheme });
      await openPanel(page);
      const violations = await axeViolations(page, { within: '#kotha-widget' });
      expect(violations).toEqual([]);
      await page.close();
    });
  }
});

it('works from the keyboard alone: open, write, send, close, and focus comes back', async () => {
  const page = await shop();
  await widget(page, 'launcher').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => widget(page, 'panel').isVisible()).toBe(true);
  // Focus lands in the message box.
  await expect.poll(() => page.evaluate(() => document.querySelector('#kotha-widget')?.shadowRoot?.activeElement?.getAttribute('data-kotha'))).toBe('composer');
  await page.keyboard.type('Hello from the keyboard');
  await page.keyboard.press('Enter');
  await expect.poll(() => widget(page, 'message').first().getAttribute('data-status')).toBe('sent');
  await page.keyboard.press('Escape');
  await expect.poll(() => widget(page, 'panel').isVisible()).toBe(false);
  expect(await page.evaluate(() => document.querySelector('#kotha-widget')?.shadowRoot?.activeElement?.getAttribute('data-kotha'))).toBe('launcher');
  await page.close();
});

it('mirrors the panel for Arabic and sits on the left', async () => {
  const page = await shop();
  await page.evaluate(() => (window as unknown as { Kotha: { setLocale(l: string): void } }).Kotha.setLocale('ar'));
  await openPanel(page);
  await expect.poll(() => widget(page, 'panel').getAttribute('dir')).toBe('rtl');
  expect(await widget(page, 'panel').getAttribute('lang')).toBe('ar');
  const panel = await widget(page, 'panel').boundingBox();
  const viewport = page.viewportSize()!;
  expect(panel!.x + panel!.width / 2).toBeLessThan(viewport.width / 2);
  await page.close();
});

for (const [locale, placeholder] of [['bn', 'আপনার বার্তা লিখুন…'], ['te', null]] as const) {
  it(`speaks ${locale === 'bn' ? 'Bengali' : 'Telugu'}, with glyphs that render`, async () => {
    const page = await shop();
    await page.evaluate((l) => (window as unknown as { Kotha: { setLocale(l: string): void } }).Kotha.setLocale(l), locale);
    await openPanel(page);
    await expect.poll(() => widget(page, 'panel').getAttribute('lang')).toBe(locale);
    const text = (await widget(page, 'composer').getAttribute('placeholder'))!;
    if (placeholder) expect(text).toBe(placeholder);
    expect(text).toMatch(locale === 'bn' ? /\p{scx=Beng}/u : /\p{scx=Telu}/u);
    // A font covers the script: real glyphs differ in width from the missing-glyph boxes
    // the same number of unassigned code points draws.
    const [real, boxes] = await page.evaluate((sample) => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = '16px sans-serif';
      return [ctx.measureText(sample).width, ctx.measureText('\u0378'.repeat([...sample].length)).width];
    }, text);
    expect(real).toBeGreaterThan(0);
    expect(real).not.toBeCloseTo(boxes, 0);
    await page.close();
  });
}

it('fills a phone’s screen, with a 16 px message box so iOS does not zoom', async () => {
  const page = await shop({ viewport: { width: 390, height: 844 } });
  await openPanel(page);
  // Once its opening motion settles, the panel covers the whole screen.
  const box = async () => {
    const b = (await widget(page, 'panel').boundingBox())!;
    return [b.x, b.y, b.width, b.height].map(Math.round);
  };
  await expect.poll(box).toEqual([0, 0, 390, 844]);
  const fontSize = await widget(page, 'composer').evaluate((el) => getComputedStyle(el).fontSize);
  expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(16);
  await page.close();
});
