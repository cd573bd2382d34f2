/** No wall before the chat: write at once; afterwards, one skippable ask for an email; greeted by name once known. */
import { expect, it } from 'vitest';
import { browserSuite, openShopper } from '../support/e2e-suite';

const suite = browserSuite();

it('asks for an email after the first message, once, and greets the shopper by name next time', async () => {
  const { shop, widget, send } = await openShopper(suite);
  await widget('launcher').click();
  expect(await widget('leave-email').count()).toBe(0);
  await send('Is the jute tote waterproof?');
  await expect.poll(() => widget('leave-email').count(), { timeout: 10_000 }).toBe(1);
  await widget('leave-email-input').fill('rina@example.com');
  await widget('leave-email-send').click();
  await expect.poll(() => widget('leave-email').count(), { timeout: 10_000 }).toBe(0);
  await expect
    .poll(async () => (await suite.stack.api.chat.listInbox(suite.stack.siteId, '', { view: 'open' })).conversations[0]?.visitorEmail, { timeout: 10_000 })
    .toBe('rina@example.com');

  // Named by the page (Kotha.identify): the next visit greets them.
  await shop.evaluate(() => (window as unknown as { Kotha: { identify(i: unknown): void } }).Kotha.identify({ name: 'Rina' }));
  await shop.waitForTimeout(500);
  await shop.reload();
  await widget('launcher').click();
  await expect.poll(() => shop.locator('#kotha-widget').evaluate((host) => host.shadowRoot?.querySelector('.greeting')?.textContent ?? ''), { timeout: 10_000 }).toMatch(/^Hi Rina! /);
  expect(await widget('leave-email').count()).toBe(0);
  await shop.close();
});
