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

it('asks for the email with the first message when the merchant requires it', async () => {
  await suite.stack.api.sites.save(suite.stack.siteId, { requireEmail: true }, Date.now());
  const context = await suite.browser.newContext();
  const { shop, widget } = await openShopper(suite, await context.newPage());
  await widget('launcher').click();
  await expect.poll(() => widget('email').count(), { timeout: 10_000 }).toBe(1);
  await widget('composer').fill('Do you take bulk orders?');
  await widget('send').click();
  await expect.poll(() => shop.locator('#kotha-widget [role="alert"]').allInnerTexts()).toContain('Please enter a valid email address so we can reply.');
  await widget('email').fill('tanvir@example.com');
  await widget('send').click();
  await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  await expect
    .poll(async () => (await suite.stack.api.chat.listInbox(suite.stack.siteId, '', { view: 'open' })).conversations.find((c) => c.lastMessageText === 'Do you take bulk orders?')?.visitorEmail, { timeout: 10_000 })
    .toBe('tanvir@example.com');
  // Once given, not asked again.
  expect(await widget('email').count()).toBe(0);
  await context.close();
  await suite.stack.api.sites.save(suite.stack.siteId, { requireEmail: false }, Date.now());
});
