/**
 * The Analytics tab in the browser: not part of the inbox's first load, then real figures
 * from a real conversation, every chart readable as a table, and no page errors.
 */
import { expect, it } from 'vitest';
import { browserSuite, openShopper } from '../support/e2e-suite';

const suite = browserSuite();

it('loads on demand and shows the figures of a real conversation as text', async () => {
  const { send } = await openShopper(suite);
  await send('Do you gift-wrap?');
  const [conversation] = (await suite.stack.api.chat.listInbox(suite.stack.siteId, '', { view: 'open' })).conversations;
  await suite.stack.api.chat.sendAgentMessage(suite.stack.siteId, { uid: 'owner', displayName: 'Mita', photoUrl: null }, conversation!.id, { id: 'reply_1', text: 'Yes, for free.' });

  const page = await suite.browser.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => scripts.push(request.url()));
  await page.goto(suite.stack.dashboardUrl(suite.stack.siteId));
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await expect.poll(() => page.getByRole('tab', { name: 'Analytics' }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
  expect(scripts.some((url) => url.includes('AnalyticsPage'))).toBe(false);

  await page.getByRole('tab', { name: 'Analytics' }).click();
  await expect.poll(() => hook('analytics-kpis').isVisible(), { timeout: 10_000 }).toBe(true);
  expect(scripts.some((url) => url.includes('AnalyticsPage'))).toBe(true);
  const kpis = await hook('analytics-kpis').innerText();
  expect(kpis).toContain('Conversations');
  expect(kpis).toContain('First reply');
  expect(kpis).toContain('Answered within 5 minutes');
  expect(kpis).toContain('100%');
  expect(kpis).toContain('Satisfaction');
  // The heatmap is a table: 7 weekdays of 24 hours, one conversation in it as text.
  expect(await hook('analytics-heatmap').locator('tbody tr').count()).toBe(7);
  expect(await hook('analytics-heatmap').locator('tbody td', { hasText: /^1/ }).count()).toBe(1);
  expect((await hook('analytics-trend').locator('tbody tr').count())).toBeGreaterThanOrEqual(7);

  // Another reply target reloads with it.
  await hook('analytics-target').click();
  await page.getByRole('option', { name: '10' }).click();
  await expect.poll(() => hook('analytics-kpis').innerText(), { timeout: 10_000 }).toContain('Answered within 10 minutes');

  // Another period reloads; the CSV is offered.
  await page.getByRole('button', { name: 'Last 30 days' }).click();
  await expect.poll(() => hook('analytics-kpis').isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await hook('analytics-csv').count()).toBe(1);
  expect(errors).toEqual([]);
  await page.close();
});
