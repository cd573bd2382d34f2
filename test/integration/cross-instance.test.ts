/**
 * Two API instances on one Firestore, as Cloud Run scales out: an event written through
 * one reaches streams connected to the other, through Firestore listeners.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES, type InboxEvent, type VisitorEvent } from '@kotha/common/contract';
import { merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let one: TestApi;
let two: TestApi;
beforeAll(async () => {
  one = await startTestApi({ fanOut: 'firestore' });
  two = await startTestApi({ fanOut: 'firestore' });
});
afterAll(async () => {
  await one.close();
  await two.close();
});

it('delivers across instances both ways, once each, with one listener per site', async () => {
  const siteId = newSiteId();
  await provisionSite(one, siteId);
  const shopper = await newShopper(one.baseUrl, siteId);
  const merchant = merchantOf(two.baseUrl, siteId);
  const url = `${two.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`;
  const inboxes = [await openStream<InboxEvent>(url), await openStream<InboxEvent>(url)];
  const mine = await openStream<VisitorEvent>(`${one.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`);
  // Two streams of one site on instance two share one Firestore listener.
  expect(two.api.feeds?.size).toBe(1);

  const conversationId = randomId('c');
  const sent = await shopper.send(conversationId, 'written through instance one');
  for (const inbox of inboxes) {
    await inbox.waitFor((e) => e.type === 'message.created' && e.message.id === sent.body.message.id);
  }

  await merchant.reply(conversationId, 'answered through instance two');
  await mine.waitFor((e) => e.type === 'message.created' && e.message.text === 'answered through instance two');

  // Listener snapshots repeat events; each stream still sees each event once.
  await new Promise((r) => setTimeout(r, 500));
  for (const stream of [...inboxes, mine]) {
    const ids = stream.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  }
  for (const stream of [...inboxes, mine]) stream.close();
  await new Promise((r) => setTimeout(r, 200));
  expect(two.api.feeds?.size).toBe(0);
});
