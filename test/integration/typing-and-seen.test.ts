/**
 * Typing and "seen", both ways, against the real API: the shopper's typing reaches the
 * team and never comes back to the shopper; an agent's reaches the shopper; neither is
 * replayed on reconnect; the team reading the chat shows the shopper "seen", live.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES, type InboxEvent, type VisitorEvent } from '@kotha/common/contract';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t.close());

it('carries typing both ways, live only, and tells the shopper when the team has read them', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  await merchant.call('PUT', ROUTES.agentProfile, { displayName: 'Asha', photoUrl: null });
  const conversationId = randomId('c');
  await shopper.send(conversationId, 'Hello?');
  await call(t.baseUrl, 'POST', '/v1/widget/identify', { auth: shopper.auth, body: { name: 'Rina' } });

  const inbox = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`);
  const mine = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`);

  expect((await call(t.baseUrl, 'POST', ROUTES.visitorTyping(conversationId), { auth: shopper.auth })).status).toBe(204);
  const heard = await inbox.waitFor((e) => e.type === 'typing');
  expect(heard).toMatchObject({ type: 'typing', conversationId, author: 'visitor', name: 'Rina' });

  expect((await merchant.call('POST', ROUTES.agentTyping(conversationId))).status).toBe(204);
  const shown = await mine.waitFor((e) => e.type === 'typing');
  expect(shown).toEqual({ id: expect.any(String), at: expect.any(Number), type: 'typing', conversationId, name: 'Asha' });
  // The shopper never hears their own typing back.
  expect(mine.events.filter((e) => e.type === 'typing')).toHaveLength(1);

  // Someone else's conversation, or none: refused like a missing one.
  const stranger = await newShopper(t.baseUrl, siteId);
  expect((await call(t.baseUrl, 'POST', ROUTES.visitorTyping(conversationId), { auth: stranger.auth })).status).toBe(404);
  expect((await call(t.baseUrl, 'POST', ROUTES.visitorTyping(conversationId))).status).toBe(401);

  // "Seen": the team opens the chat; the shopper learns it live, with the time.
  const read = await merchant.call('POST', ROUTES.conversationRead(conversationId));
  const seenAt = read.body.conversation.agentReadAt;
  expect(seenAt).toEqual(expect.any(Number));
  const update = await mine.waitFor((e) => e.type === 'conversation.updated' && e.conversation.agentReadAt === seenAt);
  expect(update.type === 'conversation.updated' && update.conversation).not.toHaveProperty('unreadByAgent');

  // A reconnect catches up on everything but the typing.
  const again = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}&since=0`);
  await again.waitFor((e) => e.type === 'conversation.updated');
  const inboxAgain = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(instanceFor(siteId))}&since=0`);
  await inboxAgain.waitFor((e) => e.type === 'conversation.updated');
  expect([...again.events, ...inboxAgain.events].some((e) => e.type === 'typing')).toBe(false);
  for (const s of [inbox, mine, again, inboxAgain]) s.close();
});
