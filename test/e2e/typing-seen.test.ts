/** Typing and "seen" in both directions, between the widget and the dashboard, in Chromium. */
import { expect, it } from 'vitest';
import { browserSuite } from '../support/e2e-suite';

const suite = browserSuite();

it('shows each side when the other is typing, and when they have seen the messages', async () => {
  const shop = await suite.browser.newPage();
  await shop.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget('launcher').click();
  await widget('composer').fill('Do you have the quilt in blue?');
  await widget('send').click();
  await expect.poll(() => widget('message').first().getAttribute('data-status')).toBe('sent');
  expect(await widget('seen').count()).toBe(0);

  const inbox = await suite.browser.newPage();
  await inbox.goto(suite.stack.dashboardUrl(suite.stack.siteId));
  const hook = (name: string) => inbox.locator(`[data-hook="${name}"]`);
  await hook('conversation-row').first().click();
  // The agent opened it: the shopper sees "Seen" under their message, live.
  await expect.poll(() => widget('seen').count(), { timeout: 10_000 }).toBe(1);

  // The shopper types: the agent sees it.
  await widget('composer').pressSequentially('And in red', { delay: 20 });
  await expect.poll(() => hook('typing').innerText(), { timeout: 10_000 }).toMatch(/is typing…/);

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
