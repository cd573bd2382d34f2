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
  await widget('composer').fill('Do you have this in blue?');
  await widget('send').click();
  await expect.poll(() => widget('message').first().getAttribute('data-status')).toBe('sent');
  await expect
    .poll(async () => (await suite.stack.api.chat.listInbox(suite.stack.siteId, '', { view: 'open' })).conversations[0]?.visitorName, { timeout: 10_000 })
    .toBe('Meena Das');
  await page.close();
});
