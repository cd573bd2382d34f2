/**
 * Honest automatic messages (issue 12), through the real API and the follow-up job with
 * the API's clock under the test's control: "still in line" at most twice a wait, only to
 * a shopper still on the site (an open stream, here on another instance, or a recent page
 * view), never after the away promise; automatic messages signed with the team's name,
 * leaving the inbox order and preview alone; and the line counting only open, unanswered
 * conversations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HOURS, ROUTES, type Conversation, type HoursSettings, type Message, type QueueResponse } from '@kotha/common/contract';
import { runFollowUps } from '../../functions/src/jobs/follow-ups';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

const MIN = 60_000;
const SEC = 1000;
/** Tuesday 25 Nov 2026, 10:00 in Dhaka (UTC+6): open. */
const TUESDAY_10_DHAKA = Date.UTC(2026, 10, 24, 4, 0);
/** Monday 24 Nov 2026, 17:30 in Dhaka: closed until Tuesday 09:00. */
const MONDAY_1730_DHAKA = Date.UTC(2026, 10, 23, 11, 30);
const TUESDAY_0905_DHAKA = Date.UTC(2026, 10, 24, 3, 5);

const HOURS: HoursSettings = {
  ...DEFAULT_HOURS,
  schedule: { timeZone: 'Asia/Dhaka', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])) },
  reminderMinutes: 3,
  notifyMerchantAfterMinutes: 0,
  autoCloseHours: 0,
};

let now = TUESDAY_10_DHAKA;
let t: TestApi;
/** A second instance on the same Firestore: the shopper's stream may be held by any. */
let other: TestApi;

beforeAll(async () => {
  t = await startTestApi({ clock: () => now });
  other = await startTestApi({ db: t.db, clock: () => now });
});
afterAll(async () => {
  await other.close();
  await t.close();
});

const runJob = () => runFollowUps({ db: t.db, chat: t.api.chat, outbox: t.api.outbox, clock: () => now, dashboardUrl: 'http://dashboard.test/merchant' });

async function site(settings: HoursSettings = HOURS) {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const merchant = merchantOf(t.baseUrl, siteId, () => instanceFor(siteId, { signDate: new Date(now).toISOString() }));
  expect((await merchant.call('PUT', ROUTES.hoursSettings, settings)).status).toBe(200);
  return { siteId, merchant };
}

type Shopper = Awaited<ReturnType<typeof newShopper>>;
const automatic = async (shopper: Shopper, conversationId: string) => ((await shopper.messages(conversationId)).body.messages as Message[]).filter((m) => m.automatic);

describe('"still in line" notes', () => {
  it('go at most twice a wait, only while the shopper is on the site, signed with the team, without moving the chat in the inbox', async () => {
    const { siteId, merchant } = await site();
    const start = TUESDAY_10_DHAKA;
    now = start;
    const ruma = await newShopper(t.baseUrl, siteId);
    const chat = randomId('c');
    expect((await ruma.send(chat, 'Is the green kantha quilt in stock?')).status).toBe(201);
    now = start + MIN;
    const sam = await newShopper(t.baseUrl, siteId);
    const later = randomId('c');
    await sam.send(later, 'Do you gift-wrap?');

    // Ruma keeps the chat open; her stream happens to be held by the other instance.
    now = start + 2 * MIN;
    const stream = await openStream(`${other.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(ruma.visitorToken)}`);
    await expect.poll(async () => (await t.db.doc(`sites/${siteId}/visitors/${ruma.visitorId}`).get()).get('streamSeenAt')).toBe(now);

    now = start + 3 * MIN + SEC;
    expect((await runJob()).reminders).toBe(1);
    const [first] = await automatic(ruma, chat);
    expect(first).toMatchObject({ author: 'system', authorName: 'Test team', automatic: true });

    // The note moved nothing: Sam, who wrote last, stays on top, and Ruma's row still shows her words.
    const open = (await merchant.inbox()).body.conversations as Conversation[];
    expect(open.map((c) => c.id)).toEqual([later, chat]);
    const asked = ((await ruma.messages(chat)).body.messages as Message[])[0]!;
    expect(open[1]).toMatchObject({ updatedAt: asked.createdAt, lastMessageText: 'Is the green kantha quilt in stock?', lastMessageAuthor: 'visitor', unreadByAgent: 1 });
    expect(first!.createdAt).toBeGreaterThan(asked.createdAt);

    // She closed the tab: her stream was last heard at 2 minutes, so no note at 6.
    stream.close();
    now = start + 6 * MIN + SEC;
    await runJob();
    expect(await automatic(ruma, chat)).toHaveLength(1);
    // Back on the shop (a page view): the second note.
    await ruma.visit('https://shop.test/quilts');
    await runJob();
    expect(await automatic(ruma, chat)).toHaveLength(2);
    // And no third, however long she waits on the site.
    for (const minute of [9, 12, 30]) {
      now = start + minute * MIN + SEC;
      await ruma.visit();
      await runJob();
    }
    expect(await automatic(ruma, chat)).toHaveLength(2);
    // Sam never came back to the site: nothing for him.
    expect(await automatic(sam, later)).toHaveLength(0);

    // Answered, then a new question: a new wait, with its own notes.
    await merchant.reply(chat, 'Yes, two left!');
    now = start + 40 * MIN;
    await ruma.send(chat, 'Great, can you hold one?');
    now = start + 43 * MIN + SEC;
    await ruma.visit();
    await runJob();
    expect(await automatic(ruma, chat)).toHaveLength(3);
    // Eight runs of a job that visits every site in the shared emulator, other files' too:
    // within `npm test` on two busy cores that took longer than the default 30 s.
  }, 90_000);

  it('never follow the away promise, even when the team is back and the shopper still there', async () => {
    const { siteId, merchant } = await site();
    now = MONDAY_1730_DHAKA;
    const shopper = await newShopper(t.baseUrl, siteId);
    const chat = randomId('c');
    await shopper.send(chat, 'Can I return a saree bought last week?');
    const [away] = await automatic(shopper, chat);
    expect(away).toMatchObject({ author: 'system', authorName: 'Test team' });
    expect(away!.text).toContain('reply by email');

    // Next morning, open, the shopper browsing: still waiting, but promised an email.
    for (const at of [TUESDAY_0905_DHAKA, TUESDAY_0905_DHAKA + 4 * MIN, TUESDAY_0905_DHAKA + 8 * MIN]) {
      now = at;
      await shopper.visit();
      await runJob();
    }
    expect(await automatic(shopper, chat)).toHaveLength(1);
    // Still waiting all the same: first in line.
    expect((await call<QueueResponse>(t.baseUrl, 'GET', ROUTES.queue(chat), { auth: shopper.auth })).body.position).toBe(1);

    // A chat answered during hours, then a question at night: the widget said "we're away" then.
    now = TUESDAY_10_DHAKA;
    const next = randomId('c');
    await shopper.send(next, 'One more thing…');
    await merchant.reply(next, 'Sure, ask away.');
    now = TUESDAY_10_DHAKA + 8 * 60 * MIN; // 18:00 in Dhaka: closed
    await shopper.send(next, 'Do you ship to Sylhet?');
    now = TUESDAY_10_DHAKA + 23 * 60 * MIN + 5 * MIN; // Wednesday 09:05: open
    await shopper.visit();
    await runJob();
    expect(await automatic(shopper, next)).toHaveLength(0);
  });
});

describe('the line of waiting shoppers', () => {
  it('holds only open, unanswered conversations: closing or answering leaves it', async () => {
    const { siteId, merchant } = await site({ ...HOURS, reminderMinutes: 0 });
    const start = TUESDAY_10_DHAKA + 2 * 60 * MIN;
    const queue = (shopper: Shopper, id: string) => call<QueueResponse>(t.baseUrl, 'GET', ROUTES.queue(id), { auth: shopper.auth }).then((r) => r.body.position);

    // Two chats closed without a reply (the measured bug: they stayed in the line).
    for (const minute of [0, 1]) {
      now = start + minute * MIN;
      const gone = await newShopper(t.baseUrl, siteId);
      const id = randomId('c');
      await gone.send(id, 'hello?');
      expect((await merchant.setStatus(id, 'closed')).status).toBe(200);
      expect(await queue(gone, id)).toBeNull();
      // Reopened by the team, it is not back in the line until the shopper writes.
      expect((await merchant.setStatus(id, 'open')).status).toBe(200);
      expect(await queue(gone, id)).toBeNull();
      await merchant.setStatus(id, 'closed');
    }

    // A lone shopper is first, not third.
    now = start + 5 * MIN;
    const lone = await newShopper(t.baseUrl, siteId);
    const mine = randomId('c');
    await lone.send(mine, 'Anyone there?');
    expect(await queue(lone, mine)).toBe(1);

    now = start + 6 * MIN;
    const next = await newShopper(t.baseUrl, siteId);
    const theirs = randomId('c');
    await next.send(theirs, 'Me too');
    expect(await queue(next, theirs)).toBe(2);
    // Answered: out of the line, and the next one moves up.
    await merchant.reply(mine, 'Hi! Here now.');
    expect(await queue(lone, mine)).toBeNull();
    expect(await queue(next, theirs)).toBe(1);
  });
});
