/**
 * An XSS corpus sent by a shopper (script tags, event-handler attributes, javascript:
 * URLs, SVG, encoded variants) is shown in the dashboard as the text it is, in the list
 * and in the conversation, and no script runs.
 */
import { expect, it } from 'vitest';
import { newShopper, randomId } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';
import { XSS_CORPUS as CORPUS } from '../support/xss-corpus';

const suite = browserSuite();

it('shows every payload as text and runs none of them', async () => {
  const shopper = await newShopper(suite.stack.urls.api, suite.stack.siteId);
  const conversationId = randomId('c');
  for (const text of CORPUS) expect((await shopper.send(conversationId, text)).status).toBe(201);

  const page = await suite.browser.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(suite.stack.dashboardUrl(suite.stack.siteId));
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await expect.poll(() => hook('conversation-row').count(), { timeout: 15_000 }).toBe(1);
  // The list's preview is the last payload, as text.
  expect(await hook('conversation-row').innerText()).toContain(CORPUS.at(-1));
  await hook('conversation-row').click();
  await expect.poll(() => hook('message').count(), { timeout: 10_000 }).toBe(CORPUS.length);

  const shown = await hook('message').locator('.kotha-bubble').allInnerTexts();
  expect(shown).toEqual(CORPUS);
  const injected = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: number }).__xss ?? null,
    elements: document.querySelectorAll('.kotha-messages script, .kotha-messages img, .kotha-messages svg, .kotha-messages iframe, .kotha-messages a[href^="javascript"], .kotha-rows script, .kotha-rows img').length,
  }));
  expect(injected).toEqual({ xss: null, elements: 0 });
  expect(dialogs).toEqual([]);
  await page.close();
});
