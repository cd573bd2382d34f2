/**
 * Business hours through the real API on the real emulator, with the API's clock under
 * the test's control: hours settings, availability flipping at the closing minute, an
 * offline message reaching the merchant by email, the reply reaching the shopper by
 * email, and the follow-up job run directly on seeded conversations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_HOURS, ROUTES, type AvailabilityResponse, type HoursSettings, type Message, type QueueResponse } from '@kotha/common/contract';
import { smtpMailer, type Mailer } from '../../functions/src/email/mailer';
import { RETRY_DELAYS_MS } from '../../functions/src/email/outbox';
import { runFollowUps } from '../../functions/src/jobs/follow-ups';
import { startSmtpSink, type SmtpSink } from '../../scripts/smtp-sink';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

const MIN = 60_000;
/** Monday 24 Nov 2026, 16:59 in Dhaka (UTC+6). */
const MONDAY_1659_DHAKA = Date.UTC(2026, 10, 23, 10, 59);

const WEEKDAYS_9_TO_5: HoursSettings = {
  ...DEFAULT_HOURS,
  schedule: {
    timeZone: 'Asia/Dhaka',
    weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])),
  },
  merchantEmail: 'owner@nakshi.example',
};

let now = MONDAY_1659_DHAKA;
let sink: SmtpSink;
let failing = false;
let t: TestApi;

beforeAll(async () => {
  sink = await startSmtpSink();
  const smtp = smtpMailer({ url: sink.url, from: 'Kotha <no-reply@kotha.test>' });
  // A mailer whose server can be taken "down" by the test.
  const mailer: Mailer = { send: (mail) => (failing ? Promise.reject(new Error('connect ECONNREFUSED')) : smtp.send(mail)) };
  // The site's zone as the platform keeps it (plugin/test/wix-app.test.ts reads Wix's for real).
  const siteProfile = async () => ({ name: null, email: null, language: null, hours: null, timeZone: 'Asia/Dhaka' });
  t = await startTestApi({ clock: () => now, mailer, platform: { siteProfile } });
});
afterAll(async () => {
  await t.close();
  await sink.stop();
});

async function siteWithHours(settings: HoursSettings) {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const merchant = merchantAt(siteId);
  const saved = await merchant.call('PUT', ROUTES.hoursSettings, settings);
  expect(saved.status).toBe(200);
  return { siteId, merchant };
}

/** A merchant whose instance is signed at the test's "now", as Wix would sign it. */
const merchantAt = (siteId: string) => merchantOf(t.baseUrl, siteId, () => instanceFor(siteId, { signDate: new Date(now).toISOString() }));

const runJob = () => runFollowUps({ db: t.db, chat: t.api.chat, outbox: t.api.outbox, clock: () => now, dashboardUrl: 'http://dashboard.test/merchant' });

describe('hours settings', () => {
  it('reads as always open until the merchant sets hours, and only the site itself can read or change them', async () => {
    now = MONDAY_1659_DHAKA;
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const merchant = merchantAt(siteId);
    expect((await merchant.call('GET', ROUTES.hoursSettings)).body).toEqual({ ...DEFAULT_HOURS, siteTimeZone: 'Asia/Dhaka' });
    expect((await call(t.baseUrl, 'GET', ROUTES.availability(siteId))).body).toMatchObject({ open: true, reason: 'always-open', changesAt: null });
    expect((await call(t.baseUrl, 'GET', ROUTES.hoursSettings)).status).toBe(401);
    const forged = instanceFor(siteId, { signDate: new Date(now).toISOString() }, 'not-the-app-secret');
    expect((await call(t.baseUrl, 'PUT', ROUTES.hoursSettings, { auth: `Instance ${forged}`, body: WEEKDAYS_9_TO_5 })).status).toBe(401);
  });

  it('refuses bad hours with a message naming the field, and writes nothing', async () => {
    const { siteId, merchant } = await siteWithHours(WEEKDAYS_9_TO_5);
    const bad = { ...WEEKDAYS_9_TO_5, schedule: { timeZone: 'Mars/Olympus', weekly: { mon: [{ start: '9am', end: '17:00' }] } } };
    const res = await merchant.call('PUT', ROUTES.hoursSettings, bad);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('Mars/Olympus');
    expect(res.body.error.message).toMatch(/mon\.0\.start/);
    expect((await merchant.call('GET', ROUTES.hoursSettings)).body).toEqual({ ...WEEKDAYS_9_TO_5, siteTimeZone: 'Asia/Dhaka' });
    void siteId;
  });
});

describe('availability', () => {
  it('switches to away at the closing minute and tells when the team is back', async () => {
    const { siteId } = await siteWithHours(WEEKDAYS_9_TO_5);
    now = MONDAY_1659_DHAKA;
    const open = (await call<AvailabilityResponse>(t.baseUrl, 'GET', ROUTES.availability(siteId))).body;
    expect(open).toMatchObject({ open: true, reason: 'schedule', changesAt: MONDAY_1659_DHAKA + MIN, timeZone: 'Asia/Dhaka' });
    now = open.changesAt!;
    const away = (await call<AvailabilityResponse>(t.baseUrl, 'GET', ROUTES.availability(siteId))).body;
    // Back on Tuesday at 09:00 in Dhaka = 03:00 UTC.
    expect(away).toMatchObject({ open: false, nextOpening: Date.UTC(2026, 10, 24, 3, 0), outsideHours: 'take-message' });
    expect((await call(t.baseUrl, 'GET', ROUTES.availability('no-such-site'))).status).toBe(404);
    // Cacheable for a minute at most, and never past the next change.
    now = open.changesAt! - 20_000;
    const res = await fetch(`${t.baseUrl}${ROUTES.availability(siteId)}`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=20');
  });
});

describe('a message left outside hours', () => {
  it('becomes a conversation, emails the merchant, and the reply reaches the shopper by email', async () => {
    const { siteId, merchant } = await siteWithHours(WEEKDAYS_9_TO_5);
    now = MONDAY_1659_DHAKA + 2 * MIN; // closed
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    const body = { conversationId, id: randomId('m'), text: 'শাড়িটা কি <b>লাল</b> রঙে আছে?', email: 'ruma@example.com', name: 'Ruma', locale: 'bn', pageUrl: 'https://nakshi.example/sarees/red' };
    const sent = await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body });
    expect(sent.status).toBe(201);

    const toMerchant = await sink.waitFor((m) => m.to.includes('owner@nakshi.example') && m.text.includes('লাল'));
    expect(toMerchant.subject).toBe('New message from Ruma, left outside your hours');
    expect(toMerchant.contentType).toContain('multipart/alternative');
    expect(toMerchant.replyTo).toContain('ruma@example.com');
    expect(toMerchant.html).toContain('&lt;b&gt;লাল&lt;/b&gt;');
    expect(toMerchant.text).toContain(`http://dashboard.test/merchant?conversation=${conversationId}`);

    // In the inbox, with the shopper's email and the away reply marked automatic.
    const opened = await merchant.conversation(conversationId);
    expect(opened.body.conversation).toMatchObject({ visitorEmail: 'ruma@example.com', visitorName: 'Ruma' });
    const messages = opened.body.messages as Message[];
    expect(messages.map((m) => [m.author, m.automatic ?? false])).toEqual([['visitor', false], ['system', true]]);
    expect(messages[1]!.text).toContain('ধন্যবাদ');

    // A retried send changes nothing and sends nothing.
    const count = sink.received.length;
    expect((await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body })).status).toBe(200);

    // The merchant answers next morning; the shopper is gone, so the reply goes by email.
    now = Date.UTC(2026, 10, 24, 3, 5);
    expect((await merchant.reply(conversationId, 'জি, লাল রঙে আছে। আজই পাঠাতে পারি।')).status).toBe(201);
    await runJob();
    expect(sink.received.length).toBe(count); // not due yet
    now += 3 * MIN;
    const report = await runJob();
    expect(report.shopperEmails).toBe(1);
    const toShopper = await sink.waitFor((m) => m.to.includes('ruma@example.com'));
    expect(toShopper.subject).toBe('Test team আপনার বার্তার উত্তর দিয়েছে');
    expect(toShopper.text).toContain('জি, লাল রঙে আছে।');
    expect(toShopper.text).toContain('https://nakshi.example/sarees/red#kotha-chat');
    expect(toShopper.html).toContain('lang="bn"');
    // Once only.
    await runJob();
    expect(sink.received.filter((m) => m.to.includes('ruma@example.com'))).toHaveLength(1);
  });

  it('refuses a bad email address with a clear message and stores nothing', async () => {
    const { siteId, merchant } = await siteWithHours(WEEKDAYS_9_TO_5);
    const shopper = await newShopper(t.baseUrl, siteId);
    const res = await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body: { conversationId: randomId('c'), id: randomId('m'), text: 'hi', email: 'not-an-email' } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/email/);
    expect((await merchant.inbox()).body.conversations).toEqual([]);
  });

  it('keeps an email that could not be sent, records it on the conversation, and retries it', async () => {
    const { siteId } = await siteWithHours(WEEKDAYS_9_TO_5);
    now = MONDAY_1659_DHAKA + 10 * MIN;
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    failing = true;
    const sent = await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body: { conversationId, id: randomId('m'), text: 'Is the blue one back in stock?', email: 'sam@example.com' } });
    failing = false;
    expect(sent.status).toBe(201);
    const stored = (await t.db.doc(`sites/${siteId}/conversations/${conversationId}`).get()).data()!;
    expect(stored).toMatchObject({ emailFailures: 1 });
    expect(stored.lastEmailError).toContain('ECONNREFUSED');
    const outbox = await t.db.collection(`sites/${siteId}/outbox`).get();
    expect(outbox.docs.map((d) => d.get('status'))).toEqual(['pending']);

    now += RETRY_DELAYS_MS[0]!;
    const report = await runJob();
    expect(report.retriedEmails).toBe(1);
    await sink.waitFor((m) => m.text.includes('Is the blue one back in stock?'));
    expect((await t.db.collection(`sites/${siteId}/outbox`).get()).docs.map((d) => d.get('status'))).toEqual(['sent']);
  });
});

describe('the follow-up job', () => {
  it('sends "still in line" notes while nobody answers, emails the merchant once, and stops when answered', async () => {
    const { siteId, merchant } = await siteWithHours({ ...WEEKDAYS_9_TO_5, reminderMinutes: 3, notifyMerchantAfterMinutes: 10 });
    const start = Date.UTC(2026, 10, 24, 4, 0); // Tuesday 10:00 in Dhaka: open
    now = start;
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    expect((await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth: shopper.auth, body: { conversationId, id: randomId('m'), text: 'Hello, anyone there?', locale: 'te' } })).status).toBe(201);

    // Messages are stored a millisecond or so after `start` (strictly after the last activity).
    const SEC = 1000;
    const notes = async () => ((await shopper.messages(conversationId)).body.messages as Message[]).filter((m) => m.automatic);
    now = start + 2 * MIN;
    await runJob();
    expect(await notes()).toHaveLength(0);
    now = start + 3 * MIN + SEC;
    // Still browsing the shop: notes go only to a shopper still on the site.
    await shopper.visit();
    await runJob();
    await runJob(); // twice in the same minute: still one note
    // In the shopper's language (the widget sends it with the message).
    expect((await notes()).map((m) => m.text)).toEqual(['మీరు ఇంకా వరుసలోనే ఉన్నారు. మా బృందంలో ఎవరైనా త్వరలోనే మీతో మాట్లాడతారు.']);
    now = start + 6 * MIN + SEC;
    await shopper.visit();
    await runJob();
    expect(await notes()).toHaveLength(2);

    now = start + 10 * MIN + SEC;
    expect((await runJob()).merchantEmails).toBeGreaterThanOrEqual(1);
    const waiting = await sink.waitFor((m) => m.to.includes('owner@nakshi.example') && m.subject.includes('has waited 10 minutes'));
    expect(waiting.text).toContain('Hello, anyone there?');
    now = start + 11 * MIN;
    await runJob();
    expect(sink.received.filter((m) => m.text.includes(conversationId))).toHaveLength(1);

    await merchant.reply(conversationId, 'Sorry for the wait! How can I help?');
    const before = (await notes()).length;
    now = start + 20 * MIN;
    await runJob();
    expect(await notes()).toHaveLength(before);
  });

  it('closes chats idle for the configured hours, and not before', async () => {
    const { siteId, merchant } = await siteWithHours({ ...WEEKDAYS_9_TO_5, autoCloseHours: 24, reminderMinutes: 0, notifyMerchantAfterMinutes: 0 });
    const start = Date.UTC(2026, 10, 24, 4, 0);
    now = start;
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'Thanks, that is all.');
    await merchant.reply(conversationId, 'Have a nice day!');
    now = start + 23 * 60 * MIN;
    await runJob();
    expect((await merchant.conversation(conversationId)).body.conversation.status).toBe('open');
    now = start + 24 * 60 * MIN + 1000;
    expect((await runJob()).closed).toBeGreaterThanOrEqual(1);
    expect((await merchant.conversation(conversationId)).body.conversation.status).toBe('closed');
  });

  it('sends no reply email to a shopper who read the reply in the widget', async () => {
    const { siteId, merchant } = await siteWithHours(WEEKDAYS_9_TO_5);
    now = Date.UTC(2026, 10, 24, 4, 0);
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: shopper.auth, body: { conversationId, id: randomId('m'), text: 'Do you gift-wrap?', email: 'lee@example.com', pageUrl: 'https://nakshi.example/' } });
    await merchant.reply(conversationId, 'We do, for free.');
    const read = await call(t.baseUrl, 'POST', ROUTES.visitorRead(conversationId), { auth: shopper.auth });
    expect(read.status).toBe(200);
    expect(read.body.conversation.unreadByVisitor).toBe(0);
    now += 5 * MIN;
    await runJob();
    expect(sink.received.filter((m) => m.to.includes('lee@example.com'))).toHaveLength(0);
    // Another shopper cannot mark it read.
    const other = await newShopper(t.baseUrl, siteId);
    expect((await call(t.baseUrl, 'POST', ROUTES.visitorRead(conversationId), { auth: other.auth })).status).toBe(404);
  });
});

describe('the line of waiting shoppers', () => {
  it('tells each waiting shopper their place, which moves up as the team answers', async () => {
    const { siteId, merchant } = await siteWithHours({ ...WEEKDAYS_9_TO_5, reminderMinutes: 0 });
    const start = Date.UTC(2026, 10, 24, 5, 0);
    now = start;
    const first = await newShopper(t.baseUrl, siteId);
    const second = await newShopper(t.baseUrl, siteId);
    const [c1, c2] = [randomId('c'), randomId('c')];
    await first.send(c1, 'First in line');
    now += MIN;
    await second.send(c2, 'Second in line');
    const queue = (shopper: typeof first, id: string) => call<QueueResponse>(t.baseUrl, 'GET', ROUTES.queue(id), { auth: shopper.auth });
    expect((await queue(first, c1)).body.position).toBe(1);
    expect((await queue(second, c2)).body.position).toBe(2);
    expect((await queue(second, c1)).status).toBe(404);
    await merchant.reply(c1, 'Hello! How can I help?');
    expect((await queue(first, c1)).body).toEqual({ position: null, estimatedWaitMinutes: null });
    expect((await queue(second, c2)).body.position).toBe(1);
  });
});
