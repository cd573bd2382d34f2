/** Kotha.identify from the host page: the team sees the shopper's name without asking. */
import { expect, it } from 'vitest';
import { browserSuite } from '../support/e2e-suite';

const suite = browserSuite();

it('names the shopper in the inbox when the page calls Kotha.identify', async () => {
  const page = await suite.browser.newPage();
  await page.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  const widget = (hook: string) => page.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget('launcher').waitFor();
  await page.evaluate(() => (window as unknown as { Kotha: { identify(i: unknown): void } }).Kotha.identify({ name: 'Meena Das', email: 'meena@example.com' }));
  await widget('launcher').click();
  // Other files' shoppers may write to the same site meanwhile: this shopper's conversation is found by its words.
  const text = `Do you have this in blue? (${Date.now().toString(36)})`;
  await widget('composer').fill(text);
  await widget('send').click();
  await expect.poll(() => widget('message').first().getAttribute('data-status')).toBe('sent');
  await expect
    .poll(async () => (await suite.stack.api.chat.listInbox(suite.stack.siteId, '', { view: 'open' })).conversations.find((c) => c.lastMessageText === text)?.visitorName, { timeout: 10_000 })
    .toBe('Meena Das');
  await page.close();
});
