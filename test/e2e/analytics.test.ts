/**
 * The Analytics tab in the browser: not part of the inbox's first load, then real figures
 * from a real conversation, every chart readable as a table, and no page errors; then two
 * shoppers in the help center (a Yes; a No and a message) as the self-service funnel with
 * its table, axe-clean on a laptop and a phone.
 */
import { expect, it } from 'vitest';
import { ROUTES, type Article } from '@kotha/common/contract';
import { call, newShopper, randomId } from '../support/api-harness';
import { browserSuite, openShopper } from '../support/e2e-suite';
import { axeViolations } from '../support/axe';

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
  // The team's figures in wix-style-react's Table: a column header each, the numbers as text.
  expect(await hook('analytics-agents').locator('table thead th').allInnerTexts()).toEqual(['Teammate', 'Conversations', 'First reply', 'Reply after assignment', 'Closed', 'Satisfaction']);
  const agentRows = await hook('analytics-agents').locator('table tbody tr').allInnerTexts();
  expect(agentRows).toHaveLength(1);
  expect(agentRows[0]!.split('\t').map((cell) => cell.trim())[1]).toBe('1');
  // The heatmap is a table: 7 weekdays of 24 hours, one conversation in it as text.
  expect(await hook('analytics-heatmap').locator('tbody tr').count()).toBe(7);
  expect(await hook('analytics-heatmap').locator('tbody td', { hasText: /^1/ }).count()).toBe(1);
  expect((await hook('analytics-trend').locator('tbody tr').count())).toBeGreaterThanOrEqual(7);
  // Conversations by weekday: wix-style-react's BarChart for the eye, its table for screen readers.
  expect(await hook('analytics-weekday-chart').getAttribute('aria-hidden')).toBe('true');
  expect(await hook('analytics-weekday-chart').innerText()).toContain('1');
  expect(await hook('analytics-weekdays').locator('tbody tr').count()).toBe(7);
  expect(await hook('analytics-weekdays').locator('tbody td', { hasText: /^1$/ }).count()).toBe(1);
  // The days as wix-style-react's area chart for the eye, hidden from screen readers (the table says it).
  expect(await hook('analytics-trend-chart').locator('canvas').count()).toBe(1);
  expect(await hook('analytics-trend-chart').getAttribute('aria-hidden')).toBe('true');

  // No help-center visits yet: the self-service card says so.
  expect(await hook('analytics-self-service-empty').innerText()).toBe('No shopper used the help center in this period.');

  // Another reply target reloads with it.
  await hook('analytics-target').click();
  await page.getByRole('option', { name: '10' }).click();
  await expect.poll(() => hook('analytics-kpis').innerText(), { timeout: 10_000 }).toContain('Answered within 10 minutes');

  // Another period reloads; the CSV is offered.
  await page.getByRole('button', { name: 'Last 30 days' }).click();
  await expect.poll(() => hook('analytics-kpis').isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await hook('analytics-csv').count()).toBe(1);

  // A custom period: the days picked, from midnight to midnight, one row each.
  await page.getByRole('button', { name: 'Custom' }).click();
  const day = (offset: number) => page.evaluate((o) => {
    const d = new Date(Date.now() + o * 86_400_000);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
  await hook('analytics-custom-from').locator('input').fill(await day(-2));
  await hook('analytics-custom-to').locator('input').fill(await day(0));
  await expect.poll(() => hook('analytics-trend').locator('tbody tr').count(), { timeout: 10_000 }).toBe(3);
  expect(await hook('analytics-kpis').innerText()).toContain('Conversations');
  expect(errors).toEqual([]);
  await page.close();
});

it('reads right to left in Arabic, in its own words, with the chart and its table', async () => {
  const page = await suite.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}&locale=ar#analytics`);
  const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
  await expect.poll(() => hook('analytics-kpis').isVisible(), { timeout: 10_000 }).toBe(true);
  expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await hook('analytics-kpis').innerText()).toContain('المحادثات');
  expect(await hook('analytics-trend-chart').locator('canvas').count()).toBe(1);
  expect(await hook('analytics-trend').locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
  expect(errors).toEqual([]);
  await page.close();
});

it('shows self-service as a funnel and as a table, with the article read before asking a person', async () => {
  const api = suite.stack.urls.api;
  const merchantAuth = `Instance ${new URL(suite.stack.dashboardUrl(suite.stack.siteId)).searchParams.get('instance')}`;
  const created = await call(api, 'POST', ROUTES.helpArticles, { auth: merchantAuth, body: { title: 'Do you gift-wrap?', body: 'Yes, for free.', language: 'en', status: 'published' } });
  expect(created.status).toBe(201);
  const article = created.body as Article;
  // One shopper reads it and says it helped; another reads it, says No and writes to the team.
  const pleased = await newShopper(api, suite.stack.siteId);
  expect((await call(api, 'GET', ROUTES.helpArticle(article.id), { auth: pleased.auth })).status).toBe(200);
  expect((await call(api, 'POST', ROUTES.helpVote(article.id), { auth: pleased.auth, body: { helped: true, source: 'reader' } })).status).toBe(204);
  const asking = await newShopper(api, suite.stack.siteId);
  await call(api, 'GET', ROUTES.helpArticle(article.id), { auth: asking.auth });
  await call(api, 'POST', ROUTES.helpVote(article.id), { auth: asking.auth, body: { helped: false, source: 'reader' } });
  const sent = await call(api, 'POST', ROUTES.visitorMessages, { auth: asking.auth, body: { conversationId: randomId('c'), id: randomId('m'), text: 'Can it be red paper?', help: { articles: [{ id: article.id, helped: false }], reason: 'not-helped' } } });
  expect(sent.status).toBe(201);

  for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
    const page = await suite.browser.newPage({ viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${suite.stack.dashboardUrl(suite.stack.siteId)}#analytics`);
    const hook = (name: string) => page.locator(`[data-hook="${name}"]`);
    await expect.poll(() => hook('analytics-self-service').isVisible(), { timeout: 15_000 }).toBe(true);
    // wix-style-react's funnel for the eye (hidden from screen readers), four steps.
    expect(await hook('analytics-funnel').count()).toBe(1);
    expect(await page.locator('.kotha-analytics-funnel').getAttribute('aria-hidden')).toBe('true');
    expect(await hook('analytics-funnel').innerText()).toContain('Self-served');
    // The table says the same to everyone: each outcome, its visits as text, its share.
    const rows = await hook('analytics-self-service').locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t'))).toEqual([
      ['Said it helped', '1', '50%'],
      ['Read, wrote to no one', '0', '0%'],
      ['Came to a person', '1', '50%'],
      ['Left without an answer', '0', '0%'],
    ]);
    const kpis = await hook('analytics-self-service-kpis').innerText();
    expect(kpis).toContain('Deflection rate');
    expect(kpis).toContain('50%');
    expect(await hook('analytics-escalated').locator('tbody tr').allInnerTexts()).toEqual(['Do you gift-wrap?\t2\t1']);
    expect(await axeViolations(page)).toEqual([]);
    // Nothing runs off a phone's screen sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }
});

