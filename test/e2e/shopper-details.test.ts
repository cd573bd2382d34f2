/** The shopper's visit beside the conversation: the page they are on, the pages before, their time and language. */
import { expect, it } from 'vitest';
import { browserSuite } from '../support/e2e-suite';

const suite = browserSuite();

it('shows the team where the shopper is, where they came from, and their local time', async () => {
  const context = await suite.browser.newContext({ timezoneId: 'Asia/Kolkata', locale: 'te-IN' });
  const shop = await context.newPage();
  await shop.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`, { referer: 'https://www.google.com/' });
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget('launcher').click();
  await widget('composer').fill('ఈ దుప్పటి ఉతకవచ్చా?');
  await widget('send').click();
  await expect.poll(() => widget('message').first().getAttribute('data-status')).toBe('sent');
  // A second page of the visit: the loader reports it by itself.
  await shop.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}&page=quilts`);
  await shop.waitForFunction(() => document.querySelector('#kotha-widget')?.shadowRoot?.querySelector('[data-kotha="launcher"]'));

  const inbox = await suite.browser.newPage();
  await inbox.goto(suite.stack.dashboardUrl(suite.stack.siteId));
  const hook = (name: string) => inbox.locator(`[data-hook="${name}"]`);
  await hook('conversation-row').first().click();
  await expect.poll(() => hook('shopper-details').innerText(), { timeout: 10_000 }).toContain('Local time');
  const details = await hook('shopper-details').innerText();
  expect(details).toMatch(/\(Asia\/(Kolkata|Calcutta)\)/);
  expect(details).toContain('Telugu');
  expect(details).toContain('www.google.com');
  await expect.poll(() => hook('shopper-pages-toggle').count(), { timeout: 10_000 }).toBe(1);
  await hook('shopper-pages-toggle').click();
  expect(await hook('shopper-pages').locator('li').count()).toBe(2);
  expect(await hook('shopper-current-page').locator('a').getAttribute('rel')).toBe('noopener noreferrer nofollow');
  await context.close();
  await inbox.close();
});
