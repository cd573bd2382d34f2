/**
 * The API's server is killed while a shopper writes, then comes back on the same address:
 * the message waits as "sending", goes once the server is back, and the stream catches up
 * on the reply written just after. Nothing is lost or doubled.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startLocalStack, type LocalStack } from '../../scripts/local-stack';
import { newSiteId, TEST_CONFIG } from '../support/api-harness';
import { launchChromium } from '../support/browser';
import { testFirestore } from '../support/firestore';

const db = testFirestore();
let browser: Browser;
let stack: LocalStack;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
}

beforeAll(async () => {
  port = await freePort();
  [browser, stack] = await Promise.all([launchChromium(), startLocalStack({ db, config: TEST_CONFIG, port })]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

it('keeps a message written while the server is down and sends it, once, when it is back', async () => {
  const siteId = newSiteId();
  await stack.api.sites.provision(siteId, { teamName: 'Nakshi Crafts' }, Date.now());
  const shop = await browser.newPage();
  await shop.goto(`${stack.baseUrl}/?site=${siteId}`);
  const widget = (hook: string) => shop.locator(`#kotha-widget [data-kotha="${hook}"]`);
  const statuses = () => widget('message').evaluateAll((nodes) => nodes.map((n) => `${n.querySelector('p')?.textContent}:${n.getAttribute('data-status')}`));
  await widget('launcher').click();
  await widget('composer').fill('before');
  await widget('send').click();
  await expect.poll(statuses).toEqual(['before:sent']);

  await stack.stop();
  await widget('composer').fill('while the server was down');
  await widget('send').click();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(await statuses()).toEqual(['before:sent', 'while the server was down:sending']);

  stack = await startLocalStack({ db, config: TEST_CONFIG, port });
  await expect.poll(statuses, { timeout: 30_000 }).toEqual(['before:sent', 'while the server was down:sent']);
  const inbox = await stack.api.chat.listInbox(siteId, '', { view: 'open' });
  const conversationId = inbox.conversations[0]!.id;
  const stored = await stack.api.chat.getConversation(siteId, conversationId);
  expect(stored.messages.map((m) => m.text)).toEqual(['before', 'while the server was down']);

  // The reconnected stream brings the reply.
  await stack.api.chat.sendAgentMessage(siteId, { displayName: 'Asha', photoUrl: null }, conversationId, { id: 'reply_after_restart', text: 'We are back!' });
  await expect.poll(statuses, { timeout: 30_000 }).toEqual(['before:sent', 'while the server was down:sent', 'We are back!:sent']);
  await shop.close();
});
