/**
 * Never lose a message: written offline (Playwright's offline mode) or while the API
 * refuses connections (as when its server is down), the shopper's messages wait as
 * "sending", survive a reload, and go in order, once each, when the link returns; the
 * stream catches up on the reply written meanwhile.
 */
import { expect, it } from 'vitest';
import { ROUTES, type ConversationResponse, type InboxResponse } from '@kotha/common/contract';
import { DEMO_AGENT_UID } from '../../scripts/local-stack';
import { instanceFor, randomId } from '../support/api-harness';
import { browserSuite } from '../support/e2e-suite';

const suite = browserSuite();

async function merchant<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${suite.stack.urls.api}${path}`, {
    method,
    headers: { authorization: `Instance ${instanceFor(suite.stack.siteId, { uid: DEMO_AGENT_UID })}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as T;
}

async function storedTexts(): Promise<string[]> {
  const inbox = await merchant<InboxResponse>('GET', `${ROUTES.inbox}?view=open`);
  const id = inbox.conversations[0]?.id;
  if (!id) return [];
  return (await merchant<ConversationResponse>('GET', ROUTES.conversation(id))).messages.map((m) => m.text);
}

it('queues messages while offline or while the API is down, across a reload, and sends each once, in order', async () => {
  const context = await suite.browser.newContext();
  const shop = await context.newPage();
  await shop.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  const statuses = () => widget('message').evaluateAll((nodes) => nodes.map((n) => `${n.querySelector("p")?.textContent?.trim()}:${n.getAttribute("data-status")}`));
  await widget('launcher').click();
  await widget('composer').fill('one');
  await widget('send').click();
  await expect.poll(statuses).toEqual(['one:sent']);

  // Offline: the messages wait, in order; the team answers meanwhile.
  await context.setOffline(true);
  for (const text of ['two', 'three']) {
    await widget('composer').fill(text);
    await widget('send').click();
  }
  await expect.poll(statuses).toEqual(['one:sent', 'two:sending', 'three:sending']);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await statuses()).toEqual(['one:sent', 'two:sending', 'three:sending']);
  const inbox = await merchant<InboxResponse>('GET', `${ROUTES.inbox}?view=open`);
  await merchant('POST', ROUTES.agentMessages(inbox.conversations[0]!.id), { id: randomId('r'), text: 'Written while you were offline' });

  await context.setOffline(false);
  // The reply was stored first, so it sits before the messages that waited.
  await expect.poll(statuses, { timeout: 15_000 }).toEqual(['one:sent', 'Written while you were offline:sent', 'two:sent', 'three:sent']);
  expect(await storedTexts()).toEqual(['one', 'Written while you were offline', 'two', 'three']);

  // The API refuses connections; the shopper writes and leaves (reloads).
  await shop.route('**/api/v1/widget/messages', (route) => route.abort('connectionrefused'));
  await widget('composer').fill('four');
  await widget('send').click();
  await expect.poll(statuses).toContain('four:sending');
  await shop.reload();
  // Nothing opened: the loader finds the queue and the panel sends it by itself once the API is back.
  await expect.poll(() => shop.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':outbox'))), { timeout: 10_000 }).toBe(true);
  await shop.unroute('**/api/v1/widget/messages');
  await expect.poll(storedTexts, { timeout: 30_000 }).toEqual(['one', 'Written while you were offline', 'two', 'three', 'four']);
  await expect.poll(() => shop.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':outbox'))), { timeout: 10_000 }).toBe(false);
  await widget('launcher').click();
  await expect.poll(statuses).toEqual(['one:sent', 'Written while you were offline:sent', 'two:sent', 'three:sent', 'four:sent']);
  await context.close();
});

it('keeps two tabs of the same shopper in step', async () => {
  const context = await suite.browser.newContext();
  const [a, b] = [await context.newPage(), await context.newPage()];
  for (const page of [a, b]) await page.goto(`${suite.stack.baseUrl}/?site=${suite.stack.siteId}`);
  const widget = (page: typeof a, hook: string) => page.locator(`#kotha-widget [data-kotha="${hook}"]`);
  await widget(a, 'launcher').click();
  await widget(a, 'composer').fill('From the first tab');
  await widget(a, 'send').click();
  await expect.poll(() => widget(a, 'message').last().getAttribute('data-status')).toBe('sent');
  await widget(b, 'launcher').click();
  await expect.poll(() => widget(b, 'message').last().innerText(), { timeout: 10_000 }).toContain('From the first tab');
  await widget(b, 'composer').fill('And from the second');
  await widget(b, 'send').click();
  await expect.poll(() => widget(a, 'message').last().innerText(), { timeout: 10_000 }).toContain('And from the second');
  expect(await widget(a, 'message').count()).toBe(2);
  expect(await widget(b, 'message').count()).toBe(2);
  await context.close();
});
