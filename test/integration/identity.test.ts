/**
 * Kotha.identify on the server: a shopper's own name and email, or a site member's verified
 * by the platform (a fake one here; Wix's own is in plugin/test/wix-members.test.ts), shown
 * live in the inbox and kept for the shopper's next conversations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATHS, ROUTES, type InboxEvent } from '@kotha/common/contract';
import { VisitorTokens } from '../../functions/src/auth/visitor-token';
import { ChatService } from '../../functions/src/chat/chat-service';
import { ConversationWrites } from '../../functions/src/chat/conversation-writes';
import { Hub } from '../../functions/src/realtime/hub';
import { ConversationStore } from '../../functions/src/store/conversation-store';
import { MessageStore } from '../../functions/src/store/message-store';
import { NoteStore } from '../../functions/src/store/note-store';
import { SiteStore } from '../../functions/src/store/site-store';
import { VisitorProfileStore } from '../../functions/src/store/visitor-profile-store';
import { call, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, TEST_CONFIG, type TestApi } from '../support/api-harness';
import { fakeMembers } from '../support/fake-platform';
import { openStream } from '../support/sse-client';

let t: TestApi;
const members = fakeMembers();

beforeAll(async () => {
  t = await startTestApi({ platform: { verifyMember: members.verifyMember } });
});
afterAll(() => t.close());

async function site() {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  return siteId;
}

describe('identify', () => {
  it('names the shopper on their open conversation, live in the inbox, and on their next ones', async () => {
    const siteId = await site();
    const shopper = await newShopper(t.baseUrl, siteId);
    const merchant = merchantOf(t.baseUrl, siteId);
    const first = randomId('c');
    await shopper.send(first, 'Hello!');
    const inbox = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`);

    const res = await call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body: { name: 'Meena Das', email: 'meena@example.com' } });
    expect(res.body).toEqual({ name: 'Meena Das', email: 'meena@example.com', verified: false });
    const updated = await inbox.waitFor((e) => e.type === 'conversation.updated' && e.conversationId === first);
    expect(updated.type === 'conversation.updated' && updated.conversation).toMatchObject({ visitorName: 'Meena Das', visitorEmail: 'meena@example.com' });
    inbox.close();

    const next = randomId('c');
    await shopper.send(next, 'One more question');
    expect((await merchant.conversation(next)).body.conversation).toMatchObject({ visitorName: 'Meena Das', visitorEmail: 'meena@example.com' });
  });

  it('takes a member’s name and email from the platform, not from the page, and keeps them', async () => {
    const siteId = await site();
    members.tokens.set('member-token', { siteId, member: { memberId: 'member-1', name: 'Ruma Akter', email: 'ruma@example.com' } });
    members.tokens.set('member-of-another-site', { siteId: 'another-site', member: { memberId: 'member-1', name: 'Ruma Akter', email: 'ruma@example.com' } });
    const shopper = await newShopper(t.baseUrl, siteId);
    const identify = (body: unknown) => call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body });

    expect((await identify({ wixMemberToken: 'member-of-another-site' })).status).toBe(401);
    expect((await identify({ wixMemberToken: 'no-such-token' })).status).toBe(401);
    expect((await identify({ wixMemberToken: 'member-token', name: 'Someone Else' })).body).toEqual({ name: 'Ruma Akter', email: 'ruma@example.com', verified: true });
    // The page cannot overwrite what the platform vouched for.
    expect((await identify({ name: 'Impostor', email: 'impostor@example.com' })).body).toEqual({ name: 'Ruma Akter', email: 'ruma@example.com', verified: true });
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'Where is my order?');
    expect((await merchantOf(t.baseUrl, siteId).conversation(conversationId)).body.conversation).toMatchObject({ visitorName: 'Ruma Akter', visitorEmail: 'ruma@example.com' });

    members.down = true;
    try {
      const unavailable = await identify({ wixMemberToken: 'member-token' });
      expect(unavailable.status).toBe(503);
      expect(unavailable.body.error.code).toBe('wix_unavailable');
    } finally {
      members.down = false;
    }
  });

  it('refuses every member token on a platform without members', async () => {
    const withoutMembers = await startTestApi({ db: t.db, platform: { verifyMember: undefined } });
    try {
      const siteId = newSiteId();
      await provisionSite(withoutMembers, siteId);
      const shopper = await newShopper(withoutMembers.baseUrl, siteId);
      const res = await call(withoutMembers.baseUrl, 'POST', PATHS.identify, { auth: shopper.auth, body: { wixMemberToken: 'any-token' } });
      expect(res.status).toBe(401);
    } finally {
      await withoutMembers.close();
    }
  });

  it('refuses an empty or malformed identity with a clear message', async () => {
    const siteId = await site();
    const shopper = await newShopper(t.baseUrl, siteId);
    const empty = await call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('give a name, an email or a wixMemberToken');
    expect((await call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body: { email: 'nope' } })).status).toBe(400);
    expect((await call(t.baseUrl, 'POST', ROUTES.identify, { body: { name: 'x' } })).status).toBe(401);
  });
});

describe('identify racing a first message', () => {
  it('names a conversation whose first message read the profile just before an identify saved it', async () => {
    const siteId = await site();
    const { visitorId } = await newShopper(t.baseUrl, siteId);
    const db = t.db;
    const hub = new Hub();
    let chat: ChatService;
    let raced = false;
    // The new conversation's read of the profile comes first; identify then saves the name and
    // lists the shopper's open conversations before the conversation is stored: it finds none.
    class ReadJustBeforeIdentify extends VisitorProfileStore {
      override async getWithVisit(site: string, visitor: string) {
        const read = await super.getWithVisit(site, visitor);
        if (!raced) {
          raced = true;
          await chat.identify({ siteId: site, visitorId: visitor }, { name: 'Meena Das', email: 'meena@example.com', wixMemberId: null, verified: false });
        }
        return read;
      }
    }
    chat = new ChatService({
      sites: new SiteStore(db), conversations: new ConversationStore(db), messages: new MessageStore(db), notes: new NoteStore(db),
      writes: new ConversationWrites({ db, hub, clock: Date.now }), tokens: new VisitorTokens(TEST_CONFIG.visitorTokenKey, Date.now), clock: Date.now,
      profiles: new ReadJustBeforeIdentify(db),
    });
    const conversationId = randomId('c');
    await chat.sendVisitorMessage({ siteId, visitorId }, { conversationId, id: randomId('m'), text: 'Is the blue one in stock?' });
    expect(raced).toBe(true);
    expect((await merchantOf(t.baseUrl, siteId).conversation(conversationId)).body.conversation).toMatchObject({ visitorName: 'Meena Das', visitorEmail: 'meena@example.com' });
  });
});
