/** A private note in the dashboard: set apart for the team, never shown in the shopper's widget. */
import { expect, it } from 'vitest';
import { browserSuite, openDashboard, openShopper } from '../support/e2e-suite';

const suite = browserSuite();

it('keeps a private note in the dashboard and out of the widget', async () => {
  const { shop, widget, send } = await openShopper(suite);
  await send('Is the kantha quilt machine washable?');
  const { page: inbox, hook } = await openDashboard(suite);
  await hook('conversation-row').first().click();
  await hook('note-mode').click();
  await expect.poll(() => hook('send').innerText()).toBe('Add note');
  await hook('composer').locator('textarea').fill('Check with the supplier before answering.');
  await hook('send').click();
  await expect.poll(() => hook('note').innerText(), { timeout: 10_000 }).toContain('Check with the supplier');
  expect(await hook('note').innerText()).toContain('only your team sees this');

  // Then a reply: the shopper gets it live, and never the note.
  await hook('note-mode').click();
  await expect.poll(() => hook('send').innerText()).toBe('Send');
  await hook('composer').locator('textarea').fill('Yes, on a gentle cycle.');
  await hook('send').click();
  await expect.poll(() => widget('message').count(), { timeout: 10_000 }).toBe(2);
  expect(await shop.locator('#kotha-widget').evaluate((host) => host.shadowRoot?.textContent ?? '')).not.toContain('supplier');
  await shop.close();
  await inbox.close();
});
