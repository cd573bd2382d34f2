/**
 * The stores' codecs and the write path on a real Firestore endpoint. withConverter is
 * client-side in firebase-admin, so the emulator only ever sees the flat documents; what
 * matters is that they stay the documents they were, and that what a write returns is
 * what a read gives back (callers rely on it instead of reading their own writes).
 */
import type { Firestore, WriteBatch } from 'firebase-admin/firestore';
import { afterAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { ConversationWrites, type MessageDraft } from '../../functions/src/chat/conversation-writes';
import { newConversation, type SiteEvent } from '../../functions/src/domain/conversation';
import { AlreadyExists } from '../../functions/src/domain/errors';
import { NO_FOLLOW_UP } from '../../functions/src/domain/follow-up';
import { Hub } from '../../functions/src/realtime/hub';
import { ConversationStore, type ConversationRecord } from '../../functions/src/store/conversation-store';
import { EventLog } from '../../functions/src/store/event-log';
import { HelpEventStore } from '../../functions/src/store/help-event-store';
import { MessageStore } from '../../functions/src/store/message-store';
import { SiteLifecycleStore } from '../../functions/src/store/site-lifecycle-store';
import { DEFAULT_SETTINGS, SiteStore } from '../../functions/src/store/site-store';
import { call, newShopper, newSiteId, provisionSite, randomId, startTestApi } from '../support/api-harness';
import { testFirestore } from '../support/firestore';

const db = testFirestore();
afterAll(() => db.terminate());

describe('the site document', () => {
  it('reads as none when missing, with defaults when partial, through one codec for every view, and stays flat', async () => {
    const siteId = newSiteId();
    const sites = new SiteStore(db);
    const lifecycle = new SiteLifecycleStore(db);
    expect(await sites.get(siteId)).toBeNull();
    expect(await lifecycle.get(siteId)).toEqual({ exists: false, enabled: true, installedAt: 0, removedAt: 0, lifecycleAt: 0, planPackage: '', planExpiresAt: 0, originInstanceId: '', primaryAgent: '' });

    await sites.save(siteId, { teamName: 'Nakshi Crafts' }, 1_000);
    await lifecycle.update(siteId, { installedAt: 5, planPackage: 'kotha-premium', language: 'bn' });
    expect(await sites.get(siteId)).toEqual({ siteId, enabled: true, settings: { ...DEFAULT_SETTINGS, teamName: 'Nakshi Crafts' }, plan: { planPackage: 'kotha-premium', planExpiresAt: 0 } });
    expect(await lifecycle.get(siteId)).toMatchObject({ exists: true, installedAt: 5, planPackage: 'kotha-premium' });
    expect((await sites.pageAfter(siteId.slice(0, -1), 100)).find((s) => s.siteId === siteId)).toMatchObject({ installedAt: 5, language: 'bn', teamName: 'Nakshi Crafts' });
    expect((await db.doc(`sites/${siteId}`).get()).data()).toEqual({ siteId, teamName: 'Nakshi Crafts', updatedAt: 1_000, installedAt: 5, planPackage: 'kotha-premium', language: 'bn' });
  });
});

describe('the help events', () => {
  it('reads a period longer than a page whole, in order, once each, with events sharing a time across pages (paged by range: the emulator ignores cursors)', async () => {
    const siteId = newSiteId();
    const events = new HelpEventStore(db);
    const ats = [1_000, 2_000, 2_000, 2_000, 3_000, 4_000, 4_000, 5_000];
    await Promise.all(ats.map((at, i) => events.record(siteId, { kind: 'search', visitorId: `v${i}`, at, language: 'en', query: `q${i}`, resultCount: 0 })));
    const read = (from: number, to: number, limit: number) => events.between(siteId, from, to, limit, 2);

    const all = await read(0, 10_000, 100);
    expect(all.map((e) => e.at)).toEqual(ats);
    expect(new Set(all.map((e) => e.visitorId)).size).toBe(ats.length);
    // The limit counts events, not pages; the range's ends hold.
    expect((await read(0, 10_000, 5)).map((e) => e.at)).toEqual(ats.slice(0, 5));
    expect((await read(2_000, 5_000, 100)).map((e) => e.at)).toEqual([2_000, 2_000, 2_000, 3_000, 4_000, 4_000]);
  });
});

/** The Firestore client with every batch's writes counted. */
function countingBatches(client: Firestore): { db: Firestore; writes: () => number } {
  let writes = 0;
  const db = new Proxy(client, {
    get(target, key) {
      if (key === 'batch') {
        return () => {
          const batch = target.batch();
          for (const op of ['create', 'set', 'update', 'delete'] as const) {
            const write = batch[op].bind(batch) as (...args: unknown[]) => WriteBatch;
            (batch as unknown as Record<string, unknown>)[op] = (...args: unknown[]) => {
              writes++;
              return write(...args);
            };
          }
          return batch;
        };
      }
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db, writes: () => writes };
}

describe('the write path', () => {
  it('returns from append what a read gives back, for a new conversation and a stored one, in three writes each (and one on the site when it gives the follow-up job work or is the first reply), published once', async () => {
    const siteId = newSiteId();
    const hub = new Hub();
    const published: string[] = [];
    hub.subscribe(siteId, (event) => published.push(event.id));
    let now = 1_700_000_000_000;
    const counted = countingBatches(db);
    const writes = new ConversationWrites({ db: counted.db, hub, clock: () => now });
    const conversations = new ConversationStore(db);
    const messages = new MessageStore(db);
    const fresh: ConversationRecord = {
      conversation: newConversation(randomId('c'), { visitorId: 'v_1', visitorName: 'Ruma', visitorEmail: 'ruma@example.com' }, now),
      followUp: NO_FOLLOW_UP,
      visitorLocale: 'bn',
      visitorPageUrl: null,
      visitorAddressHash: 'hash',
      searchTerms: [],
    };
    const id = fresh.conversation.id;

    // The message, the summary, the event; and the site's stamp for the follow-up job (a wait begins).
    const first = await writes.append(siteId, fresh, { id: 'm1', text: 'Do you ship to Chattogram?', author: 'visitor', authorName: null }, true);
    expect(counted.writes()).toBe(4);
    expect(await conversations.getRecord(siteId, id)).toEqual(first.record);
    expect(await messages.get(siteId, id, 'm1')).toEqual(first.message);

    now += 1_000;
    const draft: MessageDraft = { id: 'm2', text: 'Yes, in three days.', author: 'agent', authorName: 'Mita' };
    // The first reply: its time kept on the site (for "typically replies in") in the same write as the stamp (an email to the shopper is scheduled).
    const reply = await writes.append(siteId, first.record, draft, false);
    expect(counted.writes()).toBe(8);
    const site = (await db.doc(`sites/${siteId}`).get()).data()!;
    expect(site.firstReplies).toEqual([{ at: reply.message.createdAt, delayMs: reply.message.createdAt - fresh.conversation.createdAt }]);
    expect(site.followUpWorkAt).toBeDefined();
    expect(await conversations.getRecord(siteId, id)).toEqual(reply.record);
    expect(reply.record.conversation).toMatchObject({ messageCount: 2, unreadByAgent: 1, unreadByVisitor: 1, lastMessageText: 'Yes, in three days.' });

    const logged: SiteEvent[] = [];
    for await (const page of new EventLog(db).committedAfter(siteId, 0, { pageSize: 10, max: 10 })) logged.push(...page.map(({ event }) => event));
    expect(logged.map((e) => e.id)).toEqual(published);
    // Paged as small as can be (by commit time, as the emulator ignores cursors): every event once, in commit order.
    for (const pageSize of [1, 2]) {
      const paged = new Map<string, SiteEvent>();
      for await (const page of new EventLog(db).committedAfter(siteId, 0, { pageSize, max: 20 })) for (const { event } of page) paged.set(event.id, event);
      expect([...paged.keys()]).toEqual(published);
    }
    expect(logged.at(-1)).toEqual({ id: `m_${id}_m2`, at: reply.message.createdAt, type: 'message.created', conversationId: id, visitorId: 'v_1', message: reply.message, conversation: reply.record.conversation });

    // A retried send is refused whole: nothing written, nothing published.
    await expect(writes.append(siteId, first.record, draft, false)).rejects.toBeInstanceOf(AlreadyExists);
    expect(await conversations.getRecord(siteId, id)).toEqual(reply.record);
    expect(published).toHaveLength(2);

    // (The refused retry counted its four writes above.) A new wait stamps the site again;
    // a second message in the same wait does not, nor a reply while an email is already due.
    expect(counted.writes()).toBe(12);
    now += 1_000;
    const asked = await writes.append(siteId, reply.record, { id: 'm3', text: 'And to Sylhet?', author: 'visitor', authorName: null }, false);
    expect(counted.writes()).toBe(16);
    now += 1_000;
    const again = await writes.append(siteId, asked.record, { id: 'm4', text: 'By Friday?', author: 'visitor', authorName: null }, false);
    expect(counted.writes()).toBe(19);
    now += 1_000;
    await writes.append(siteId, { ...again.record, followUp: { ...again.record.followUp, shopperEmailDueAt: now } }, { id: 'm5', text: 'Yes to both.', author: 'agent', authorName: 'Mita' }, false);
    expect(counted.writes()).toBe(22);
  });

  it('answers a shopper’s send with the contract’s message and duplicate flag, nothing of the team’s conversation', async () => {
    const t = await startTestApi({ db });
    try {
      const siteId = newSiteId();
      await provisionSite(t, siteId);
      const shopper = await newShopper(t.baseUrl, siteId);
      const conversationId = randomId('c');
      const first = await shopper.send(conversationId, 'hello');
      const second = await shopper.send(conversationId, 'anyone there?');
      for (const sent of [first, second]) expect(Object.keys(sent.body).sort()).toEqual(['duplicate', 'message']);
      const again = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth: shopper.auth, body: { conversationId, id: second.body.message.id, text: 'anyone there?' } });
      expect(again.status).toBe(200);
      expect(again.body).toEqual({ message: second.body.message, duplicate: true });
    } finally {
      await t.close();
    }
  });
});
