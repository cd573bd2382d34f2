/**
 * The team's inbox tools against the real API and Firestore: views, search, labels,
 * assignment and transfer, agent profiles, canned responses and blocking.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type Conversation, type InboxEvent } from '@kotha/common/contract';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t.close());

async function premiumSite(): Promise<string> {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  await t.db.collection('sites').doc(siteId).set({ planPackage: 'kotha-premium', planExpiresAt: 0 }, { merge: true });
  return siteId;
}

const agent = (siteId: string, uid: string) => merchantOf(t.baseUrl, siteId, () => instanceFor(siteId, { uid }));
const ids = (body: { conversations: Conversation[] }) => body.conversations.map((c) => c.id);

describe('views', () => {
  it('lists open, unassigned, mine, waiting longest and closed, and filters by label', async () => {
    const siteId = await premiumSite();
    const asha = agent(siteId, 'asha');
    const bilal = agent(siteId, 'bilal');
    await asha.call('GET', ROUTES.me);
    await bilal.call('GET', ROUTES.me);
    const shoppers = await Promise.all([1, 2, 3, 4].map(() => newShopper(t.baseUrl, siteId)));
    const [c1, c2, c3, c4] = ['c1', 'c2', 'c3', 'c4'].map((p) => randomId(p)) as [string, string, string, string];
    await shoppers[0]!.send(c1, 'first, waiting the longest');
    await shoppers[1]!.send(c2, 'second');
    await shoppers[2]!.send(c3, 'third, answered');
    await shoppers[3]!.send(c4, 'fourth, will be closed');
    await asha.reply(c3, 'Answered!');
    await asha.setStatus(c4, 'closed');
    expect((await asha.call('PUT', ROUTES.conversationAssignee(c1), { assigneeUid: 'asha' })).status).toBe(200);
    expect((await asha.call('PUT', ROUTES.conversationAssignee(c2), { assigneeUid: 'bilal' })).status).toBe(200);

    expect(ids((await asha.inbox('?view=open')).body)).toEqual([c3, c2, c1]);
    expect(ids((await asha.inbox('?view=unassigned')).body)).toEqual([c3]);
    expect(ids((await asha.inbox('?view=mine')).body)).toEqual([c1]);
    expect(ids((await bilal.inbox('?view=mine')).body)).toEqual([c2]);
    expect(ids((await asha.inbox('?view=closed')).body)).toEqual([c4]);
    const waiting = (await asha.inbox('?view=waiting')).body;
    expect(ids(waiting)).toEqual([c1, c2]);
    expect(waiting.conversations[0].waitingSince).toBeLessThan(waiting.conversations[1].waitingSince);

    // Waiting longest pages oldest first by its own cursor.
    const page1 = (await asha.inbox('?view=waiting&limit=1')).body;
    const page2 = (await asha.inbox(`?view=waiting&limit=1&cursor=${page1.nextCursor}`)).body;
    expect([...ids(page1), ...ids(page2)]).toEqual([c1, c2]);

    const vip = (await asha.call('POST', ROUTES.labels, { name: 'VIP', color: '#B42318' })).body.label;
    expect(vip).toMatchObject({ name: 'VIP', color: '#b42318' });
    await asha.call('PUT', ROUTES.conversationLabels(c2), { labels: [vip.id] });
    await asha.call('PUT', ROUTES.conversationLabels(c4), { labels: [vip.id] });
    expect(ids((await asha.inbox(`?view=open&label=${vip.id}`)).body)).toEqual([c2]);
    expect(ids((await asha.inbox(`?view=closed&label=${vip.id}`)).body)).toEqual([c4]);
    expect(ids((await asha.inbox(`?view=waiting&label=${vip.id}`)).body)).toEqual([c2]);
    expect((await asha.inbox('?view=everything')).status).toBe(400);
    expect((await asha.inbox('?status=open')).status).toBe(400);
  });
});

describe('search', () => {
  it('finds shoppers by name prefix, email and words of their messages, in any script, on this site only', async () => {
    const siteId = await premiumSite();
    const merchant = agent(siteId, 'asha');
    const rahim = await newShopper(t.baseUrl, siteId);
    await call(t.baseUrl, 'POST', '/v1/widget/identify', { auth: rahim.auth, body: { name: 'Rahim Uddin', email: 'rahim.u@example.com' } });
    const c1 = randomId('c');
    await rahim.send(c1, 'আমার অর্ডার কোথায়? The blue lamp');
    const other = await newShopper(t.baseUrl, siteId);
    const c2 = randomId('c');
    await other.send(c2, 'Do you sell red lamps?');
    await merchant.reply(c2, 'Yes, the crimson one');

    const search = async (q: string) => ids((await merchant.inbox(`?q=${encodeURIComponent(q)}`)).body);
    expect(await search('rah')).toEqual([c1]);
    expect(await search('Rahim.U@example.com')).toEqual([c1]);
    expect(await search('অর্ডার')).toEqual([c1]);
    expect(await search('lamp')).toEqual([c1]);
    expect((await search('lamps')).sort()).toEqual([c2]);
    expect(await search('crimson')).toEqual([c2]);
    expect(await search('blue lamp')).toEqual([c1]);
    expect(await search('blue red')).toEqual([]);
    expect(await search('?!')).toEqual([]);
    // Another site's inbox finds nothing of this one.
    const elsewhere = await premiumSite();
    expect(ids((await agent(elsewhere, 'asha').inbox('?q=rahim')).body)).toEqual([]);
    expect((await merchant.inbox(`?q=${'x'.repeat(101)}`)).status).toBe(400);
  });
});

describe('labels', () => {
  it('are created, renamed, recoloured and deleted, and leave every conversation when deleted', async () => {
    const siteId = await premiumSite();
    const merchant = agent(siteId, 'asha');
    const shopper = await newShopper(t.baseUrl, siteId);
    const c1 = randomId('c');
    await shopper.send(c1, 'hello');
    const created = await merchant.call('POST', ROUTES.labels, { name: 'Refund', color: '#1a7f37' });
    expect(created.status).toBe(201);
    const label = created.body.label;
    expect((await merchant.call('POST', ROUTES.labels, { name: 'refund', color: '#000000' })).body.error.code).toBe('label_exists');
    expect((await merchant.call('POST', ROUTES.labels, { name: 'Bad', color: 'red' })).status).toBe(400);
    expect((await merchant.call('POST', ROUTES.labels, { name: '', color: '#000000' })).status).toBe(400);
    expect((await merchant.call('POST', ROUTES.labels, { name: 'X', color: '#000000', extra: 1 })).status).toBe(400);
    const renamed = await merchant.call('PUT', ROUTES.label(label.id), { name: 'Refunds', color: '#0b5cad' });
    expect(renamed.body.label).toMatchObject({ id: label.id, name: 'Refunds', color: '#0b5cad' });

    const stream = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`);
    const tagged = await merchant.call('PUT', ROUTES.conversationLabels(c1), { labels: [label.id, label.id] });
    expect(tagged.body.conversation.labels).toEqual([label.id]);
    await stream.waitFor((e) => e.type === 'conversation.updated' && e.conversation.labels.includes(label.id));
    stream.close();
    expect((await merchant.call('PUT', ROUTES.conversationLabels(c1), { labels: ['l_nope'] })).status).toBe(400);

    // Another site can neither see nor use this label.
    const elsewhere = await premiumSite();
    const intruder = agent(elsewhere, 'asha');
    expect((await intruder.call('GET', ROUTES.labels)).body.labels).toEqual([]);
    expect((await intruder.call('DELETE', ROUTES.label(label.id))).status).toBe(404);
    expect((await intruder.call('PUT', ROUTES.conversationLabels(c1), { labels: [] })).status).toBe(404);

    expect((await merchant.call('DELETE', ROUTES.label(label.id))).body).toEqual({ deleted: true, conversationsChanged: 1 });
    expect((await merchant.conversation(c1)).body.conversation.labels).toEqual([]);
    expect((await merchant.call('GET', ROUTES.labels)).body.labels).toEqual([]);
  });
});

describe('team work', () => {
  it('assigns, transfers with a note, and signs replies with the agent profile', async () => {
    const siteId = await premiumSite();
    const asha = agent(siteId, 'asha');
    const bilal = agent(siteId, 'bilal');
    const me = await asha.call('GET', ROUTES.me);
    expect(me.body.agent).toMatchObject({ uid: 'asha', displayName: 'Test team', photoUrl: null });
    await bilal.call('GET', ROUTES.me);
    const profile = await asha.call('PUT', ROUTES.agentProfile, { displayName: 'Asha', photoUrl: 'https://images.example.com/asha.png' });
    expect(profile.status).toBe(200);
    for (const photoUrl of ['http://insecure.example.com/a.png', 'javascript:alert(1)', 'not a url']) {
      expect((await asha.call('PUT', ROUTES.agentProfile, { displayName: 'Asha', photoUrl })).status).toBe(400);
    }
    expect((await asha.call('GET', ROUTES.agents)).body).toMatchObject({ me: 'asha', agents: [{ uid: 'asha', displayName: 'Asha' }, { uid: 'bilal' }] });

    const shopper = await newShopper(t.baseUrl, siteId);
    const c1 = randomId('c');
    await shopper.send(c1, 'Is the brass lamp in stock?');
    const reply = await asha.reply(c1, 'Yes, three left.');
    expect(reply.body.message).toMatchObject({ authorName: 'Asha', authorPhotoUrl: 'https://images.example.com/asha.png' });
    expect((await shopper.messages(c1)).body.messages.at(-1)).toMatchObject({ authorName: 'Asha' });

    expect((await asha.call('PUT', ROUTES.conversationAssignee(c1), { assigneeUid: 'stranger' })).status).toBe(400);
    const noteId = randomId('n');
    const transfer = await asha.call('PUT', ROUTES.conversationAssignee(c1), { assigneeUid: 'bilal', note: 'Bilal knows the warehouse, over to you.', noteId });
    expect(transfer.body.conversation.assigneeUid).toBe('bilal');
    expect(transfer.body.note).toMatchObject({ id: noteId, authorUid: 'asha' });
    expect((await bilal.conversation(c1)).body.notes.map((n: { id: string }) => n.id)).toEqual([noteId]);
    expect(JSON.stringify((await shopper.messages(c1)).body)).not.toContain('warehouse');
    expect((await asha.call('PUT', ROUTES.conversationAssignee(c1), { assigneeUid: 'bilal', note: 'x' })).status).toBe(400);
    expect((await asha.call('PUT', ROUTES.conversationAssignee(c1), { assigneeUid: null })).body.conversation.assigneeUid).toBeNull();
  });

  it('lands two agents replying at once, both, in order', async () => {
    const siteId = await premiumSite();
    const shopper = await newShopper(t.baseUrl, siteId);
    const c1 = randomId('c');
    await shopper.send(c1, 'Hello?');
    const [a, b] = await Promise.all([agent(siteId, 'asha').reply(c1, 'From Asha'), agent(siteId, 'bilal').reply(c1, 'From Bilal')]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const texts = (await shopper.messages(c1)).body.messages.map((m: { text: string }) => m.text);
    expect(texts.slice(1).sort()).toEqual(['From Asha', 'From Bilal']);
    const times = (await shopper.messages(c1)).body.messages.map((m: { createdAt: number }) => m.createdAt);
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });
});

describe('canned responses', () => {
  it('are kept per site with unique shortcuts', async () => {
    const siteId = await premiumSite();
    const merchant = agent(siteId, 'asha');
    const made = await merchant.call('POST', ROUTES.canned, { title: 'Shipping times', shortcut: 'Ship', text: 'Hi {shopper.name}, orders ship in 2 days. — {agent.name}' });
    expect(made.status).toBe(201);
    expect(made.body.canned.shortcut).toBe('ship');
    expect((await merchant.call('POST', ROUTES.canned, { title: 'Again', shortcut: 'ship', text: 'x' })).body.error.code).toBe('shortcut_taken');
    expect((await merchant.call('POST', ROUTES.canned, { title: 'Two words', shortcut: 'two words', text: 'x' })).status).toBe(400);
    expect((await merchant.call('POST', ROUTES.canned, { title: 'বাংলা', shortcut: 'ধন্যবাদ', text: 'ধন্যবাদ!' })).status).toBe(201);
    const edited = await merchant.call('PUT', ROUTES.cannedOne(made.body.canned.id), { title: 'Shipping', shortcut: 'ship', text: 'Ships in 1 day.' });
    expect(edited.body.canned).toMatchObject({ title: 'Shipping', text: 'Ships in 1 day.' });
    expect((await merchant.call('GET', ROUTES.canned)).body.canned.map((c: { shortcut: string }) => c.shortcut)).toEqual(['ship', 'ধন্যবাদ']);
    expect((await agent(await premiumSite(), 'asha').call('GET', ROUTES.canned)).body.canned).toEqual([]);
    expect((await merchant.call('DELETE', ROUTES.cannedOne(made.body.canned.id))).status).toBe(200);
    expect((await merchant.call('DELETE', ROUTES.cannedOne(made.body.canned.id))).status).toBe(404);
  });
});

describe('blocking', () => {
  it('refuses a blocked shopper politely, leaves others alone, and unblocks', async () => {
    const siteId = await premiumSite();
    const merchant = agent(siteId, 'asha');
    const troll = await newShopper(t.baseUrl, siteId);
    const c1 = randomId('c');
    await troll.send(c1, 'spam spam spam');
    const blocked = await merchant.call('POST', ROUTES.blocked, { visitorId: troll.visitorId, reason: 'Abusive language', byAddress: false, conversationId: c1 });
    expect(blocked.status).toBe(201);
    const refused = await troll.send(c1, 'more spam');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('blocked');
    expect((await troll.send(randomId('c'), 'a new one')).status).toBe(403);
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId, visitorToken: troll.visitorToken } })).status).toBe(403);
    expect((await merchant.conversation(c1)).body.messages).toHaveLength(1);

    const friend = await newShopper(t.baseUrl, siteId);
    expect((await friend.send(randomId('c'), 'hello')).status).toBe(201);

    const list = (await merchant.call('GET', ROUTES.blocked)).body.blocked;
    expect(list).toEqual([expect.objectContaining({ visitorId: troll.visitorId, reason: 'Abusive language', byAddress: false, blockedBy: 'asha' })]);
    expect(JSON.stringify(list)).not.toContain('addressHash');
    expect((await merchant.call('POST', ROUTES.blocked, { visitorId: troll.visitorId, reason: 'x', byAddress: true })).status).toBe(400);
    expect((await merchant.call('POST', ROUTES.blocked, { visitorId: friend.visitorId, reason: 'x', byAddress: false, conversationId: c1 })).status).toBe(404);

    expect((await merchant.call('DELETE', ROUTES.blockedOne(troll.visitorId))).status).toBe(200);
    expect((await troll.send(c1, 'sorry')).status).toBe(201);
    expect((await merchant.call('DELETE', ROUTES.blockedOne(troll.visitorId))).status).toBe(404);
  });

  it('blocks the address too when asked: a new session from it is refused', async () => {
    const siteId = await premiumSite();
    const merchant = agent(siteId, 'asha');
    const troll = await newShopper(t.baseUrl, siteId);
    const c1 = randomId('c');
    await troll.send(c1, 'spam');
    await merchant.call('POST', ROUTES.blocked, { visitorId: troll.visitorId, reason: 'Bot', byAddress: true, conversationId: c1 });
    // Same address (loopback), new identity: still refused.
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId } })).body.error.code).toBe('blocked');
    // Another site is not affected.
    const elsewhere = await premiumSite();
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: elsewhere } })).status).toBe(200);
    await merchant.call('DELETE', ROUTES.blockedOne(troll.visitorId));
    expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId } })).status).toBe(200);
  });
});
