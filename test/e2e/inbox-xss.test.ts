/**
 * An XSS corpus sent by a shopper (script tags, event-handler attributes, javascript:
 * URLs, SVG, encoded variants) is shown in the dashboard as the text it is, in the list
 * and in the conversation, and no script runs.
 */
import { expect, it } from 'vitest';
import { newShopper, randomId } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';

const suite = browserSuite();

const CORPUS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3"><circle r="5"/></svg>',
  '<a href="javascript:window.__xss = 4">click me</a>',
  '<iframe src="javascript:parent.__xss = 5"></iframe>',
  '"><script>window.__xss = 6</script>',
  '&lt;script&gt;window.__xss = 7&lt;/script&gt;',
  '%3Cscript%3Ewindow.__xss%3D8%3C%2Fscript%3E',
  '<body onload="window.__xss = 9">',
  "<div style=\"background:url('javascript:window.__xss = 10')\">x</div>",
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 11">',
  '{{constructor.constructor("window.__xss = 12")()}}',
];

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
