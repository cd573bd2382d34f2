/** Typing and "seen" in both directions, between the widget and the dashboard, in Chromium. */
import { expect, it } from 'vitest';
import { browserSuite, openDashboard, openShopper } from '../support/e2e-suite';

const suite = browserSuite();

it('shows each side when the other is typing, and when they have seen the messages', async () => {
  const { shop, widget, send } = await openShopper(suite);
  await send('Do you have the quilt in blue?');
  expect(await widget('seen').count()).toBe(0);

  const { page: inbox, hook } = await openDashboard(suite);
  await hook('conversation-row').first().click();
  // The agent opened it: the shopper sees "Seen" under their message, live.
  await expect.poll(() => widget('seen').count(), { timeout: 10_000 }).toBe(1);

  // The shopper types: the agent sees it.
  await widget('composer').pressSequentially('And in red', { delay: 20 });
  await expect.poll(() => hook('typing').innerText(), { timeout: 10_000 }).toMatch(/is typing…/);
  // The list row says so too.
  expect(await hook('row-typing').innerText()).toMatch(/is typing…/);

  // The agent types: the shopper sees who.
  await hook('composer').locator('textarea').pressSequentially('We have both', { delay: 20 });
  await expect.poll(() => widget('typing').innerText(), { timeout: 10_000 }).toBe('Nakshi Crafts is typing…');
  await hook('composer').locator('textarea').press('Enter');
  // The reply replaces the typing line; the shopper has the panel open, so the agent sees "Seen".
  await expect.poll(() => widget('message').last().innerText(), { timeout: 10_000 }).toContain('We have both');
  expect(await widget('typing').count()).toBe(0);
  await expect.poll(() => hook('seen').count(), { timeout: 10_000 }).toBe(1);
  await shop.close();
  await inbox.close();
});
