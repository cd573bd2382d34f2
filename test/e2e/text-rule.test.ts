/**
 * The shopper learns the text rule (common/contract/text.ts) before sending: Send stays
 * off for a message of only invisible characters, and a stray control character never
 * reaches the team. The storefront of a site that does not use Kotha shows no launcher.
 */
import { expect, it } from 'vitest';
import { browserSuite, openShopper } from '../support/e2e-suite';

const suite = browserSuite();

it('keeps Send off for invisible-only text and sends what the API stores', async () => {
  const { shop, widget } = await openShopper(suite);
  await widget('launcher').click();
  await widget('composer').fill('\u200b\u200b \u2060');
  expect(await widget('send').isDisabled()).toBe(true);
  await widget('composer').fill('Is the kantha\u0007 quilt washable?');
  expect(await widget('send').isDisabled()).toBe(false);
  await widget('send').click();
  await expect.poll(() => widget('message').last().getAttribute('data-status'), { timeout: 10_000 }).toBe('sent');
  expect(await widget('message').last().innerText()).toContain('Is the kantha quilt washable?');
  const inbox = await suite.stack.api.chat.listInbox(suite.stack.siteId, '', { view: 'open' });
  expect(inbox.conversations[0]?.lastMessageText).toBe('Is the kantha quilt washable?');
  await shop.close();
});

it('shows no launcher on a storefront whose site does not use Kotha', async () => {
  const shop = await suite.browser.newPage();
  await shop.goto(`${suite.stack.baseUrl}/?site=never-installed-site`);
  const launcher = shop.locator('#kotha-widget [data-kotha="launcher"]');
  await expect.poll(() => launcher.evaluate((element) => (element as HTMLElement).hidden).catch(() => null), { timeout: 10_000 }).toBe(true);
  await shop.close();
});
