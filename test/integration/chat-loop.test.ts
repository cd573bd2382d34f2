/** The chat loop through the real API on a real Firestore: shopper ↔ merchant, live. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, ROUTES, type InboxEvent, type Message, type VisitorEvent } from '@kotha/common/contract';
import { merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t.close());

describe('a shopper and a merchant chatting', () => {
  it('delivers the shopper message to the inbox stream and the reply to the shopper stream', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const merchant = merchantOf(t.baseUrl, siteId);
    const inbox = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`);
    const mine = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`);
    expect([inbox.status, mine.status]).toEqual([200, 200]);

    const conversationId = randomId('c');
    const sent = await shopper.send(conversationId, '  Do you ship to Dhaka?  ');
    expect(sent.status).toBe(201);
    expect(sent.body.message).toMatchObject({ text: 'Do you ship to Dhaka?', author: 'visitor', conversationId });

    const arrived = await inbox.waitFor((e) => e.type === 'message.created' && e.message.id === sent.body.message.id);
    expect(arrived.type === 'message.created' && arrived.conversation).toMatchObject({ unreadByAgent: 1, messageCount: 1, visitorId: shopper.visitorId });

    const list = await merchant.inbox();
    expect(list.body.conversations.map((c: { id: string }) => c.id)).toEqual([conversationId]);

    const reply = await merchant.reply(conversationId, 'Yes, in 5 days.');
    expect(reply.status).toBe(201);
    const received = await mine.waitFor((e) => e.type === 'message.created' && e.message.author === 'agent');
    expect(received.type === 'message.created' && received.message.text).toBe('Yes, in 5 days.');
    // The shopper's projection carries no team-only fields.
    const shown = received.type === 'message.created' ? received.conversation : null;
    expect(shown).not.toHaveProperty('unreadByAgent');
    expect(shown).not.toHaveProperty('visitorId');

    const history = await shopper.messages(conversationId);
    expect(history.body.messages.map((m: Message) => m.text)).toEqual(['Do you ship to Dhaka?', 'Yes, in 5 days.']);
    inbox.close();
    mine.close();
  });

  it('stores a retried send once', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    const id = randomId('m');
    const [first, again] = await Promise.all([shopper.send(conversationId, 'hello', id), shopper.send(conversationId, 'hello', id)]);
    expect([first.status, again.status].sort()).toEqual([200, 201]);
    const third = await shopper.send(conversationId, 'hello', id);
    expect(third.status).toBe(200);
    expect(third.body.duplicate).toBe(true);
    const { body } = await merchantOf(t.baseUrl, siteId).conversation(conversationId);
    expect(body.messages).toHaveLength(1);
    expect(body.conversation.messageCount).toBe(1);
  });

  it('resumes a session with its token and finds the conversation again', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'first visit');
    const resumed = await fetch(`${t.baseUrl}${ROUTES.session}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ siteId, visitorToken: shopper.visitorToken }),
    }).then((r) => r.json());
    expect(resumed.visitorId).toBe(shopper.visitorId);
    expect(resumed.conversations.map((c: { id: string }) => c.id)).toEqual([conversationId]);
  });

  it('closes and reopens; a shopper cannot write to a closed conversation', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const merchant = merchantOf(t.baseUrl, siteId);
    const mine = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`);
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'thanks, bye');

    const closed = await merchant.setStatus(conversationId, 'closed');
    expect(closed.body.conversation.status).toBe('closed');
    await mine.waitFor((e) => e.type === 'conversation.updated' && e.conversation.status === 'closed');
    const refused = await shopper.send(conversationId, 'one more thing');
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('conversation_closed');

    expect((await merchant.inbox('?view=closed')).body.conversations).toHaveLength(1);
    expect((await merchant.inbox('?view=open')).body.conversations).toHaveLength(0);
    const reopened = await merchant.setStatus(conversationId, 'open');
    expect(reopened.body.conversation.status).toBe('open');
    expect((await shopper.send(conversationId, 'one more thing')).status).toBe(201);
    mine.close();
  });

  it('catches a reconnecting stream up from its resume point', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const merchant = merchantOf(t.baseUrl, siteId);
    const conversationId = randomId('c');
    const first = await shopper.send(conversationId, 'are you there?');
    const since = first.body.message.createdAt;
    // The shopper is offline while the merchant answers twice.
    await merchant.reply(conversationId, 'yes!');
    await merchant.reply(conversationId, 'how can I help?');
    const back = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`, {
      'last-event-id': `${since}-m_${conversationId}_${first.body.message.id}`,
    });
    await back.waitFor((e) => e.type === 'message.created' && e.message.text === 'how can I help?');
    const texts = back.events.flatMap((e) => (e.type === 'message.created' ? [e.message.text] : []));
    expect(texts).toContain('yes!');
    expect(new Set(back.events.map((e) => e.id)).size).toBe(back.events.length);
    back.close();
  });

  it('pages the inbox by activity, newest first', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const shopper = await newShopper(t.baseUrl, siteId);
      const id = randomId('c');
      ids.push(id);
      await shopper.send(id, `question ${i}`);
      await new Promise((r) => setTimeout(r, 3));
    }
    const merchant = merchantOf(t.baseUrl, siteId);
    const page1 = await merchant.inbox('?limit=2');
    const page2 = await merchant.inbox(`?limit=2&cursor=${page1.body.nextCursor}`);
    const page3 = await merchant.inbox(`?limit=2&cursor=${page2.body.nextCursor}`);
    const seen = [...page1.body.conversations, ...page2.body.conversations, ...page3.body.conversations].map((c: { id: string }) => c.id);
    expect(seen).toEqual([...ids].reverse());
    expect(page3.body.nextCursor).toBeNull();
  });
});

describe('a long conversation in the inbox', () => {
  it('opens on the newest messages and pages back through the earlier ones, each once', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const merchant = merchantOf(t.baseUrl, siteId);
    const conversationId = randomId('c');
    // Shopper and team take turns (the shopper alone would hit the per-minute message limit).
    for (let i = 0; i < LIMITS.conversationPage + 12; i++) {
      const sent = i % 2 === 0 ? await shopper.send(conversationId, `message ${i}`) : await merchant.reply(conversationId, `message ${i}`);
      expect(sent.status).toBe(201);
    }
    const opened = (await merchant.conversation(conversationId)).body;
    expect(opened.messages).toHaveLength(LIMITS.conversationPage);
    expect(opened.messages.at(-1).text).toBe(`message ${LIMITS.conversationPage + 11}`);
    expect(opened.hasEarlier).toBe(true);
    const earlier = (await merchant.call('GET', `${ROUTES.agentMessages(conversationId)}?before=${opened.messages[0].createdAt}`)).body;
    expect(earlier.messages.map((m: { text: string }) => m.text)).toEqual(Array.from({ length: 12 }, (_, i) => `message ${i}`));
    expect(earlier.hasEarlier).toBe(false);
    expect((await merchant.call('GET', `${ROUTES.agentMessages(conversationId)}?before=soon`)).status).toBe(400);
    expect((await merchant.call('GET', ROUTES.agentMessages(conversationId))).status).toBe(400);
  });
});
