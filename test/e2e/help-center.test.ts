/**
 * Issue 14, the merchant's Help center tab in Chromium: from the empty state the merchant
 * writes an article, sees it previewed as the server renders it, publishes it (the
 * shopper's article route answers it at once) and unpublishes it (404 at once); the XSS
 * corpus typed into a body runs nothing in the preview; the import shows each refused
 * line; the hand-over trail shows in the thread; and axe-core finds nothing, on a laptop
 * and on a phone, without sideways scrolling.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROUTES } from '@kotha/common/contract';
import { call, newShopper, randomId } from '../support/api-harness';
import { browserSuite, openDashboard } from '../support/e2e-suite';
import { XSS_CORPUS } from '../support/xss-corpus';
import { axeViolations } from '../support/axe';

const suite = browserSuite();


async function openHelp(page: Page) {
  await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}#help`);
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await hook('help-articles').waitFor({ timeout: 15_000 });
  return hook;
}

it('writes, previews, publishes and unpublishes an article, and shoppers see it or not at once', async () => {
  const shopper = await newShopper(suite.stack.urls.api, suite.stack.siteId);
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const hook = await openHelp(page);
  // A new help center says what to do first.
  await hook('help-empty').waitFor();
  await hook('help-empty').locator('[data-hook="help-new"]').click();
  await hook('help-title').locator('input').fill('How long does delivery take?');
  await hook('help-body').locator('textarea').fill('Two to **four** days.\n\n- Dhaka\n- Chattogram');
  // The preview is the server's HTML.
  await expect.poll(() => hook('help-preview').innerHTML(), { timeout: 10_000 }).toContain('<strong>four</strong>');
  expect(await hook('help-preview').locator('li').allInnerTexts()).toEqual(['Dhaka', 'Chattogram']);
  await hook('help-publish').click();
  await hook('help-article').first().waitFor({ timeout: 10_000 });
  expect(await hook('help-status').first().innerText()).toBe('Published');

  const { body } = await call(suite.stack.urls.api, 'GET', ROUTES.helpArticles, { auth: `Instance ${new URL(suite.stack.dashboardUrl(suite.stack.siteId)).searchParams.get('instance')}` });
  const id = body.articles[0].id as string;
  const read = () => call(suite.stack.urls.api, 'GET', ROUTES.helpArticle(id), { auth: shopper.auth });
  expect((await read()).status).toBe(200);
  expect((await read()).body.html).toContain('<strong>four</strong>');

  // Unpublish from the editor: gone for shoppers at once.
  await hook('help-version').first().click();
  await hook('help-unpublish').click();
  await expect.poll(async () => (await hook('help-status').first().innerText()), { timeout: 10_000 }).toBe('Draft');
  expect((await read()).status).toBe(404);
  expect(errors).toEqual([]);
  await page.close();
});

it('runs nothing of the XSS corpus typed into a body or a title', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hook = await openHelp(page);
  await page.locator('[data-hook="help-new"]').first().click();
  await hook('help-title').locator('input').fill(XSS_CORPUS[0]!);
  await hook('help-body').locator('textarea').fill(XSS_CORPUS.join('\n\n'));
  // The preview has caught up with the last payload, as text.
  await expect.poll(() => hook('help-preview').innerText(), { timeout: 10_000 }).toContain('{{constructor.constructor("window.__xss = 12")()}}');
  const injected = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss ?? null,
    elements: document.querySelectorAll('[data-hook="help-preview"] :is(script, img, svg, iframe, math, style, body, [onerror], [onload], a[href^="javascript"])').length,
  }));
  expect(injected).toEqual({ xss: null, elements: 0 });
  expect(await hook('help-preview').locator('h2').innerText()).toBe(XSS_CORPUS[0]);
  expect(dialogs).toEqual([]);
  await page.close();
});

it('imports a CSV and names each refused line', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const hook = await openHelp(page);
  await page.locator('[data-hook="help-import"]').first().click();
  await hook('help-import-file').setInputFiles({ name: 'faq.csv', mimeType: 'text/csv', buffer: Buffer.from('question,answer\nDo you gift-wrap?,Yes for free.\nno answer,\n') });
  await hook('help-import-modal').getByRole('button', { name: 'Import' }).click();
  await expect.poll(() => hook('help-import-result').innerText(), { timeout: 10_000 }).toContain('Articles imported: 1');
  expect(await hook('help-import-result').innerText()).toContain('Line 3: The answer is empty.');
  await hook('help-import-modal').getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => page.locator('[data-hook="help-article"]', { hasText: 'Do you gift-wrap?' }).count(), { timeout: 10_000 }).toBe(1);
  await page.close();
});

it('shows the team the articles a shopper read before writing', async () => {
  const shopper = await newShopper(suite.stack.urls.api, suite.stack.siteId);
  const merchantAuth = `Instance ${new URL(suite.stack.dashboardUrl(suite.stack.siteId)).searchParams.get('instance')}`;
  const article = await call(suite.stack.urls.api, 'POST', ROUTES.helpArticles, { auth: merchantAuth, body: { title: 'Returns and refunds', body: 'Within 14 days.', language: 'en', status: 'published' } });
  const sent = await call(suite.stack.urls.api, 'POST', ROUTES.visitorMessages, {
    auth: shopper.auth,
    body: { conversationId: randomId('c'), id: randomId('m'), text: 'It arrived broken', help: { articles: [{ id: article.body.id, helped: false }], orderNumber: null, reason: 'not-helped' } },
  });
  expect(sent.status).toBe(201);
  const { page, hook } = await openDashboard(suite);
  await page.locator('[data-hook="conversation-row"]', { hasText: 'It arrived broken' }).first().click();
  await hook('help-trail').waitFor({ timeout: 10_000 });
  const note = await hook('help-trail').innerText();
  expect(note).toContain('From the help center · Didn\'t find an answer');
  expect(note).toContain("Returns and refunds · didn't help");
  await page.close();
});

it('has no axe-core violations and no sideways scroll, on a laptop and a phone, list and editor', async () => {
  for (const viewport of [{ width: 1366, height: 2400 }, { width: 390, height: 2400 }]) {
    const page = await suite.browser.newPage({ viewport });
    const hook = await openHelp(page);
    await hook('help-article').first().waitFor({ timeout: 10_000 });
    await hook('help-health').locator('[data-hook="help-outcomes"], [data-hook="help-health-empty"]').first().waitFor({ timeout: 10_000 });
    expect(await axeViolations(page), `list ${viewport.width}`).toEqual([]);
    const sideways = () => page.locator('.kotha-page-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await hook('help-version').first().click();
    await hook('help-preview').waitFor();
    expect(await axeViolations(page), `editor ${viewport.width}`).toEqual([]);
    expect(await sideways()).toBeLessThanOrEqual(0);
    await page.close();
  }
});
