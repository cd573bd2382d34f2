/**
 * Analytics through the real API on the emulator, with the API's clock under the test's
 * control: two days of real traffic (shoppers writing, an automatic reply, an offline
 * message, replies, an assignment, closes, a reopen, ratings), then the figures checked
 * against answers worked by hand, the free plan's week, and the CSV; and four shoppers in
 * the help center (a Yes, a No and a hand-over, a read then a chat, an abandoned search) as
 * the tab's self-service, counted live and then from the day the rollup job stored (which
 * the view reads without a help event).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Timestamp } from 'firebase-admin/firestore';
import { DEFAULT_HOURS, ROUTES, type AnalyticsResponse, type Article, type HelpHealthResponse, type HoursSettings } from '@kotha/common/contract';
import { rowOf } from '../../functions/src/analytics/analytics-service';
import { analyticsFigures } from '../../functions/src/domain/analytics/rollup';
import { ACTIVE_DAYS, runAnalyticsRollups } from '../../functions/src/jobs/analytics-rollups';
import { purgeRemovedSites } from '../../functions/src/jobs/purge-removed';
import { ExportStore } from '../../functions/src/store/export-store';
import { HelpArticleStore } from '../../functions/src/store/help-article-store';
import { HelpEventStore } from '../../functions/src/store/help-event-store';
import { SAMPLE_VISITOR_ID } from '../../functions/src/platform/sample-conversation';
import { analyticsDaysOf, AnalyticsDayStore } from '../../functions/src/store/analytics-day-store';
import { ConversationStore } from '../../functions/src/store/conversation-store';
import { SiteLifecycleStore } from '../../functions/src/store/site-lifecycle-store';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

const MIN = 60_000;
/** A wall time in Dhaka (UTC+6, no daylight saving) on Monday 23 (d = 0) or Tuesday 24 (d = 1) Nov 2026. */
const dhaka = (d: number, hh: number, mm: number) => Date.UTC(2026, 10, 23 + d, hh - 6, mm);

const HOURS: HoursSettings = {
  ...DEFAULT_HOURS,
  schedule: { timeZone: 'Asia/Dhaka', weekly: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri'].map((d) => [d, [{ start: '09:00', end: '17:00' }]])) },
  // Written at once to every new conversation during hours: it must never stop the clock.
  autoReply: 'Thanks! Someone will be with you shortly.',
};

let now = dhaka(0, 9, 0);
let t: TestApi;

beforeAll(async () => {
  t = await startTestApi({ clock: () => now });
});
afterAll(async () => {
  await t.close();
});

const merchantAt = (siteId: string, uid: string) => merchantOf(t.baseUrl, siteId, () => instanceFor(siteId, { uid, signDate: new Date(now).toISOString() }));

async function shopperSays(siteId: string, at: number, text: string) {
  now = at;
  const shopper = await newShopper(t.baseUrl, siteId);
  const conversationId = randomId('c');
  expect((await shopper.send(conversationId, text)).status).toBe(201);
  return { shopper, conversationId };
}

describe('analytics', () => {
  it('reports two days of real traffic as worked by hand', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    await new SiteLifecycleStore(t.db).update(siteId, { planPackage: 'kotha-premium', planExpiresAt: 0 });
    const asha = merchantAt(siteId, 'asha');
    const bilal = merchantAt(siteId, 'bilal');
    expect((await asha.call('PUT', ROUTES.hoursSettings, HOURS)).status).toBe(200);
    await asha.call('GET', ROUTES.me);
    await bilal.call('GET', ROUTES.me);

    // A: Monday 10:00, Asha answers in 3 minutes, closes at 10:20, rated good.
    const a = await shopperSays(siteId, dhaka(0, 10, 0), 'Do you ship to Sylhet?');
    now = dhaka(0, 10, 3);
    expect((await asha.reply(a.conversationId, 'Yes, in 3 days.')).status).toBe(201);
    now = dhaka(0, 10, 20);
    await asha.setStatus(a.conversationId, 'closed');
    expect((await call(t.baseUrl, 'POST', ROUTES.visitorRating(a.conversationId), { auth: a.shopper.auth, body: { rating: 'good', comment: '=HYPERLINK("x")' } })).status).toBe(200);

    // C: Monday 11:00, only the automatic reply: missed.
    await shopperSays(siteId, dhaka(0, 11, 0), 'Hello?');

    // B: Monday 16:58, just before closing; assigned to Bilal on Tuesday 09:00, who answers at 09:03,
    // closes at 09:30, writes again at 10:00 (a reopen) and closes at 11:00; rated bad.
    const b = await shopperSays(siteId, dhaka(0, 16, 58), 'Is the red saree in stock?');
    now = dhaka(1, 9, 0);
    expect((await asha.call('PUT', ROUTES.conversationAssignee(b.conversationId), { assigneeUid: 'bilal' })).status).toBe(200);
    now = dhaka(1, 9, 3);
    await bilal.reply(b.conversationId, 'Yes, it is.');
    now = dhaka(1, 9, 30);
    await bilal.setStatus(b.conversationId, 'closed');
    now = dhaka(1, 10, 0);
    await bilal.reply(b.conversationId, 'We also have it in blue.');
    now = dhaka(1, 11, 0);
    await bilal.setStatus(b.conversationId, 'closed');
    expect((await call(t.baseUrl, 'POST', ROUTES.visitorRating(b.conversationId), { auth: b.shopper.auth, body: { rating: 'bad', comment: 'Too slow' } })).status).toBe(200);

    // E: an offline message Monday 17:05, answered by Asha on Tuesday 09:10: counted apart.
    now = dhaka(0, 17, 5);
    const offline = await newShopper(t.baseUrl, siteId);
    const e = randomId('c');
    expect((await call(t.baseUrl, 'POST', ROUTES.offlineMessage, { auth: offline.auth, body: { conversationId: e, id: randomId('m'), text: 'Call me', email: 'ruma@example.com' } })).status).toBe(201);
    now = dhaka(1, 9, 10);
    await asha.reply(e, 'Hi Ruma!');

    // The sample conversation added at install is left out.
    now = dhaka(0, 12, 0);
    await t.api.chat.sendVisitorMessage({ siteId, visitorId: SAMPLE_VISITOR_ID }, { conversationId: 'sample_conversation', id: 'sample_1', text: 'Hi! Do you ship to Chattogram?' });

    now = dhaka(1, 12, 0);
    const from = dhaka(0, 0, 0);
    const to = dhaka(2, 0, 0);
    const res = await asha.call('GET', `${ROUTES.analytics}?from=${from}&to=${to}&answeredWithin=5&missedAfter=5`);
    expect(res.status).toBe(200);
    const report = res.body as AnalyticsResponse;
    expect(report).toMatchObject({ from, to, historyDays: null, timeZone: 'Asia/Dhaka', hasSchedule: true, truncated: false });
    const f = report.figures;
    expect(f.conversations).toBe(3);
    expect(f.offline).toBe(1);
    // A 3 min; B 16 h 05 min on the wall clock (read as its bucket's edge, 990 min), of which
    // 5 minutes were inside business hours. Median and p90 by nearest rank.
    expect(f.firstResponse.wall).toEqual({ count: 2, median: 3 * MIN, p90: 990 * MIN, mean: 484 * MIN });
    expect(f.firstResponse.business).toEqual({ count: 2, median: 3 * MIN, p90: 5 * MIN, mean: 4 * MIN });
    expect(f.firstResponse.answeredWithin).toEqual({ minutes: 5, count: 1, share: 1 / 3 });
    expect(f.missed).toEqual({ count: 2, share: 2 / 3, afterMinutes: 5 });
    // A 20 min; B 16 h 32 min (in the bucket up to 1020 min) to its first close, 18 h 02 min (up to 1110) to its last.
    expect(f.resolution).toEqual({
      closed: 2,
      toFirstClose: { count: 2, median: 20 * MIN, p90: 1020 * MIN, mean: 506 * MIN },
      toLastClose: { count: 2, median: 20 * MIN, p90: 1110 * MIN, mean: 551 * MIN },
      reopened: 1,
      reopenCount: 1,
    });
    expect(f.csat).toEqual({ good: 1, bad: 1, score: 0.5, rated: 2, closed: 2, responseRate: 1, badComments: [{ conversationId: b.conversationId, at: dhaka(1, 11, 0), comment: 'Too slow', uid: 'bilal' }] });
    expect(f.trend).toEqual([
      { date: '2026-11-23', conversations: 3, answered: 2, missed: 2 },
      { date: '2026-11-24', conversations: 0, answered: 0, missed: 0 },
    ]);
    expect(f.busiestHours[1]![10]).toEqual({ conversations: 1, hours: 1, openHours: 1 });
    expect(f.busiestHours[1]![17]).toEqual({ conversations: 1, hours: 1, openHours: 0 });
    expect(f.agents).toEqual([
      { uid: 'asha', handled: 2, firstResponseFromAssignment: { count: 0, median: null, p90: null, mean: null }, firstReply: { count: 1, median: 3 * MIN, p90: 3 * MIN, mean: 3 * MIN }, closes: 1, good: 1, bad: 0, csat: 1 },
      { uid: 'bilal', handled: 1, firstResponseFromAssignment: { count: 1, median: 3 * MIN, p90: 3 * MIN, mean: 3 * MIN }, firstReply: { count: 1, median: 990 * MIN, p90: 990 * MIN, mean: 965 * MIN }, closes: 1, good: 0, bad: 1, csat: 0 },
    ]);

    // The CSV: one row per conversation, raw timestamps, formulas defused.
    const csv = await fetch(`${t.baseUrl}${ROUTES.analytics}?from=${from}&to=${to}&format=csv`, { headers: { authorization: `Instance ${instanceFor(siteId, { uid: 'asha', signDate: new Date(now).toISOString() })}` } });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const lines = (await csv.text()).split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('"conversation","started","offline","started_in_hours","first_reply","first_reply_by","last_reply_by","assignee","assigned","assignee_first_reply","first_close","last_close","closed_by","reopens","missed","rating","rating_comment"');
    expect(lines[1]).toBe(`"${a.conversationId}","2026-11-23T04:00:00.000Z","no","yes","2026-11-23T04:03:00.000Z","asha","asha","","","","2026-11-23T04:20:00.000Z","2026-11-23T04:20:00.000Z","asha","0","no","good","'=HYPERLINK(""x"")"`);
  });

  it('shows the free plan the last 7 days, and only to the site itself', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    now = dhaka(1, 12, 0);
    const owner = merchantAt(siteId, 'owner');
    const res = await owner.call('GET', `${ROUTES.analytics}?from=${now - 30 * 86_400_000}&to=${now}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: now - 7 * 86_400_000, to: now, historyDays: 7, timeZone: 'UTC', hasSchedule: false, figures: { conversations: 0 } });
    expect((await call(t.baseUrl, 'GET', `${ROUTES.analytics}?from=0&to=${now}`)).status).toBe(401);
    expect((await owner.call('GET', `${ROUTES.analytics}?from=${now}&to=${now - 1}`)).status).toBe(400);
  });

  it('stores final days, adds a period up from them, rebuilds the same, and counts again in a new time zone', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    await new SiteLifecycleStore(t.db).update(siteId, { planPackage: 'kotha-premium', planExpiresAt: 0 });
    now = dhaka(0, 9, 0);
    const asha = merchantAt(siteId, 'asha');
    expect((await asha.call('PUT', ROUTES.hoursSettings, HOURS)).status).toBe(200);
    await asha.call('GET', ROUTES.me);

    // P: Monday 10:00, the shopper's page last heard from at 10:00; Asha answers at 10:04,
    // within 5 minutes but after the shopper had left: missed.
    const p = await shopperSays(siteId, dhaka(0, 10, 0), 'Hello?');
    await p.shopper.visit();
    now = dhaka(0, 10, 4);
    await asha.reply(p.conversationId, 'Hi!');
    // Q: Monday 11:00, still browsing at 11:02, answered at 11:04: not missed.
    const q = await shopperSays(siteId, dhaka(0, 11, 0), 'Do you gift-wrap?');
    now = dhaka(0, 11, 2);
    await q.shopper.visit();
    now = dhaka(0, 11, 4);
    await asha.reply(q.conversationId, 'We do.');
    // R: Tuesday 10:00, never answered: missed.
    await shopperSays(siteId, dhaka(1, 10, 0), 'Anyone?');
    // S: Wednesday 10:00, answered at 10:02, closed at 10:10, rated good.
    const sv = await shopperSays(siteId, dhaka(2, 10, 0), 'Price of the kantha quilt?');
    now = dhaka(2, 10, 2);
    await asha.reply(sv.conversationId, '৳4,500.');
    now = dhaka(2, 10, 10);
    await asha.setStatus(sv.conversationId, 'closed');
    expect((await call(t.baseUrl, 'POST', ROUTES.visitorRating(sv.conversationId), { auth: sv.shopper.auth, body: { rating: 'good' } })).status).toBe(200);

    // A week later the job stores every final day (those ended 25 hours ago): Monday 23 to Sunday 29.
    now = dhaka(8, 12, 0);
    const job = await runAnalyticsRollups({ db: t.db, analytics: t.api.analytics, warn: () => {} });
    expect(job.failed).toBe(0);
    const days = new AnalyticsDayStore(t.db);
    const stored = await days.between(siteId, '2026-11-01', '2026-12-31');
    expect(stored.map((d) => d.date)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(stored.map((d) => d.conversations)).toEqual([2, 1, 1, 0, 0, 0, 0]);

    const from = dhaka(0, 0, 0);
    const to = dhaka(3, 0, 0);
    const query = `${ROUTES.analytics}?from=${from}&to=${to}&answeredWithin=5&missedAfter=5`;
    const report = async () => {
      const res = await asha.call('GET', query);
      expect(res.status).toBe(200);
      return res.body as AnalyticsResponse;
    };
    const fresh = async (timeZone: string) => {
      const rows = (await new ConversationStore(t.db).startedBetween(siteId, from, to, 100)).map(rowOf);
      const { schedule } = (await asha.call('GET', ROUTES.hoursSettings)).body as HoursSettings;
      return analyticsFigures(rows, { schedule, timeZone }, { from, to, now, answeredWithinMinutes: 5, missedAfterMinutes: 5 });
    };
    const f = (await report()).figures;
    // Worked by hand: P 4 min, Q 4 min, S 2 min; P (left) and R (never answered) missed.
    expect(f.conversations).toBe(4);
    expect(f.firstResponse.wall).toEqual({ count: 3, median: 4 * MIN, p90: 4 * MIN, mean: (10 * MIN) / 3 });
    expect(f.missed).toEqual({ count: 2, share: 0.5, afterMinutes: 5 });
    expect(f.trend).toEqual([
      { date: '2026-11-23', conversations: 2, answered: 2, missed: 1 },
      { date: '2026-11-24', conversations: 1, answered: 0, missed: 1 },
      { date: '2026-11-25', conversations: 1, answered: 1, missed: 0 },
    ]);
    expect(f.csat).toMatchObject({ good: 1, bad: 0, responseRate: 1 });
    expect(f).toEqual(await fresh('Asia/Dhaka'));

    // The tab reads the stored days, not the conversations: a day altered in place shows.
    const tuesday = analyticsDaysOf(t.db, siteId).doc('2026-11-24');
    await tuesday.set({ ...(await tuesday.get()).data()!, conversations: 99 });
    expect((await report()).figures.conversations).toBe(102);
    // Rebuilding repairs it; rebuilding again writes nothing and leaves the same documents.
    expect(await t.api.analytics.rebuild(siteId, '2026-11-23', '2026-11-29')).toEqual({ days: 7, written: 1 });
    const snapshot = (await analyticsDaysOf(t.db, siteId).get()).docs.map((d) => d.data());
    expect(await t.api.analytics.rebuild(siteId, '2026-11-23', '2026-11-29')).toEqual({ days: 7, written: 0 });
    expect((await analyticsDaysOf(t.db, siteId).get()).docs.map((d) => d.data())).toEqual(snapshot);
    expect((await report()).figures).toEqual(f);

    // The team moves to New York with the same hours: Dhaka's 10:00 is 23:00 the evening
    // before there, outside business hours, so nothing was missed.
    expect((await asha.call('PUT', ROUTES.hoursSettings, { ...HOURS, schedule: { ...HOURS.schedule!, timeZone: 'America/New_York' } })).status).toBe(200);
    const beforeRebuild = (await report()).figures;
    expect(beforeRebuild).toEqual(await fresh('America/New_York'));
    expect(beforeRebuild.missed.count).toBe(0);
    await t.api.analytics.rollUp(siteId);
    const rebuilt = await days.between(siteId, '2026-11-22', '2026-11-25');
    expect(rebuilt.map((d) => [d.date, d.conversations, d.calendarKey.split(':')[0]])).toEqual([
      ['2026-11-22', 1, 'America/New_York'],
      ['2026-11-23', 2, 'America/New_York'],
      ['2026-11-24', 1, 'America/New_York'],
      ['2026-11-25', 0, 'America/New_York'],
    ]);
    expect((await report()).figures).toEqual(await fresh('America/New_York'));
    // A whole New York period now comes from the rebuilt days, and matches a fresh count too.
    const nyFrom = Date.UTC(2026, 10, 22, 5);
    const nyTo = Date.UTC(2026, 10, 26, 5);
    const ny = (await asha.call('GET', `${ROUTES.analytics}?from=${nyFrom}&to=${nyTo}`)).body as AnalyticsResponse;
    const nyRows = (await new ConversationStore(t.db).startedBetween(siteId, nyFrom, nyTo, 100)).map(rowOf);
    expect(ny.figures).toEqual(analyticsFigures(nyRows, { schedule: { ...HOURS.schedule!, timeZone: 'America/New_York' }, timeZone: 'America/New_York' }, { from: nyFrom, to: nyTo, now, answeredWithinMinutes: 5, missedAfterMinutes: 5 }));
    expect(ny.figures.trend.map((d) => d.conversations)).toEqual([1, 2, 1, 0]);
  });

  it('refuses a threshold its buckets cannot count exactly', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const owner = merchantAt(siteId, 'owner');
    const res = await owner.call('GET', `${ROUTES.analytics}?from=${now - 86_400_000}&to=${now}&answeredWithin=61`);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('multiple of 5');
  });

  it('forgets an erased shopper’s comment in the stored days, and a removed site’s days with the site', async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    await new SiteLifecycleStore(t.db).update(siteId, { planPackage: 'kotha-premium', planExpiresAt: 0 });
    now = dhaka(0, 9, 0);
    const asha = merchantAt(siteId, 'asha');
    await asha.call('GET', ROUTES.me);
    const r = await shopperSays(siteId, dhaka(0, 10, 0), 'Where is my order?');
    now = dhaka(0, 10, 2);
    await asha.reply(r.conversationId, 'On its way.');
    await asha.setStatus(r.conversationId, 'closed');
    expect((await call(t.baseUrl, 'POST', ROUTES.visitorRating(r.conversationId), { auth: r.shopper.auth, body: { rating: 'bad', comment: 'Call me on 01711-000000' } })).status).toBe(200);
    now = dhaka(8, 12, 0);
    await t.api.analytics.rollUp(siteId);
    const days = new AnalyticsDayStore(t.db);
    const [monday] = await days.between(siteId, '2026-11-23', '2026-11-23');
    expect(monday!.badComments.map((c) => c.comment)).toEqual(['Call me on 01711-000000']);

    // Erased on request: the comment goes from the day, the counts stay (they are nobody's).
    await new ExportStore(t.db).deleteVisitor(siteId, r.shopper.visitorId);
    const [after] = await days.between(siteId, '2026-11-23', '2026-11-23');
    expect(after).toMatchObject({ conversations: 1, bad: 1, badComments: [] });

    // Removed long ago: the purge takes the analytics days with the rest.
    await new SiteLifecycleStore(t.db).update(siteId, { removedAt: 1 });
    for (let run = 0; run < 5 && (await analyticsDaysOf(t.db, siteId).limit(1).get()).size > 0; run++) await purgeRemovedSites(t.db, () => now);
    expect((await analyticsDaysOf(t.db, siteId).get()).size).toBe(0);
  });
});

describe('the rollup job', () => {
  it('visits the sites where something happened lately, and no idle one', async () => {
    const busy = newSiteId();
    const idle = newSiteId();
    now = Date.now();
    await provisionSite(t, busy);
    await provisionSite(t, idle);
    expect((await (await newShopper(t.baseUrl, busy)).send(randomId('c'), 'Hello')).status).toBe(201);
    // The idle site's last stamp is older than the days that can still change.
    await t.db.collection('sites').doc(idle).set({ followUpWorkAt: Timestamp.fromMillis(Date.now() - (ACTIVE_DAYS + 1) * 86_400_000) }, { merge: true });
    const visited: string[] = [];
    await runAnalyticsRollups({ db: t.db, analytics: { rollUp: async (siteId) => (visited.push(siteId), { days: 0, written: 0 }) }, warn: () => {} });
    expect(visited).toContain(busy);
    expect(visited).not.toContain(idle);
  });
});

describe('self-service in analytics', () => {
  it('counts four shoppers in the help center as worked by hand, the same as the Help center tab, live and from the stored day', async () => {
    const siteId = newSiteId();
    now = dhaka(0, 8, 0);
    await provisionSite(t, siteId);
    await new SiteLifecycleStore(t.db).update(siteId, { planPackage: 'kotha-premium', planExpiresAt: 0 });
    const asha = merchantAt(siteId, 'asha');
    const publish = async (title: string, body: string) => (await asha.call('POST', ROUTES.helpArticles, { title, body, language: 'en', status: 'published' })).body as Article;
    const delivery = await publish('How long does delivery take?', 'Orders arrive in two to four days.');
    const returns = await publish('Returns and refunds', 'Send it back within 30 days for a full refund.');
    const get = (auth: string, path: string) => call(t.baseUrl, 'GET', path, { auth });

    // 10:00 Rumi searches, reads the delivery article and says it helped: confirmed.
    now = dhaka(0, 10, 0);
    const rumi = await newShopper(t.baseUrl, siteId);
    expect((await get(rumi.auth, `${ROUTES.helpSearch}?q=delivery&mode=search`)).body.hits[0].id).toBe(delivery.id);
    now = dhaka(0, 10, 1);
    expect((await get(rumi.auth, ROUTES.helpArticle(delivery.id))).status).toBe(200);
    now = dhaka(0, 10, 2);
    expect((await call(t.baseUrl, 'POST', ROUTES.helpVote(delivery.id), { auth: rumi.auth, body: { helped: true, source: 'reader' } })).status).toBe(204);

    // 11:00 Sumon reads it too, says No and writes to the team from the article: handed, and the article escalated.
    now = dhaka(0, 11, 0);
    const sumon = await newShopper(t.baseUrl, siteId);
    await get(sumon.auth, `${ROUTES.helpSearch}?q=delivery&mode=search`);
    now = dhaka(0, 11, 1);
    await get(sumon.auth, ROUTES.helpArticle(delivery.id));
    now = dhaka(0, 11, 2);
    await call(t.baseUrl, 'POST', ROUTES.helpVote(delivery.id), { auth: sumon.auth, body: { helped: false, source: 'reader' } });
    now = dhaka(0, 11, 3);
    const handOver = randomId('c');
    const sent = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, {
      auth: sumon.auth,
      body: { conversationId: handOver, id: randomId('m'), text: 'My parcel is a week late', help: { articles: [{ id: delivery.id, helped: false }], reason: 'not-helped' } },
    });
    expect(sent.status).toBe(201);
    // Asha answers at 11:06: the first-response clock started at the hand-over (11:03), not at his first search (11:00).
    now = dhaka(0, 11, 6);
    await asha.reply(handOver, 'Let me look at it.');

    // 12:00 Tania searches for gift wrapping, finds nothing and leaves: abandoned, a content gap.
    now = dhaka(0, 12, 0);
    const tania = await newShopper(t.baseUrl, siteId);
    expect((await get(tania.auth, `${ROUTES.helpSearch}?q=${encodeURIComponent('gift wrapping')}&mode=search`)).body.hits).toEqual([]);

    // 12:30 Jamal reads the returns article, then writes to the team from the chat, no hand-over: handed too.
    now = dhaka(0, 12, 30);
    const jamal = await newShopper(t.baseUrl, siteId);
    await get(jamal.auth, ROUTES.helpArticle(returns.id));
    now = dhaka(0, 12, 40);
    expect((await jamal.send(randomId('c'), 'Can I return a gift?')).status).toBe(201);

    // 13:00: every session is over (Tania's quiet for an hour; Rumi said Yes, which needs no wait).
    now = dhaka(0, 13, 0);
    const from = dhaka(0, 0, 0);
    const report = (await asha.call('GET', `${ROUTES.analytics}?from=${from}&to=${now}&answeredWithin=5&missedAfter=5`)).body as AnalyticsResponse;
    expect(report.figures.firstResponse.wall).toEqual({ count: 1, median: 3 * MIN, p90: 3 * MIN, mean: 3 * MIN });
    expect(report.selfService).toEqual({
      sessions: 4,
      outcomes: { confirmed: 1, assumed: 0, handed: 2, abandoned: 1 },
      selfServed: 1,
      deflection: 1 / 3,
      escalated: [{ id: delivery.id, language: 'en', title: 'How long does delivery take?', views: 2, escalations: 1 }],
      gaps: [{ query: 'gift wrapping', language: 'en', searches: 1, noResults: 1 }],
    });
    // One definition: the Help center tab counts the same outcomes over the same period.
    const health = (await asha.call('GET', `${ROUTES.helpHealth}?from=${from}&to=${now}`)).body as HelpHealthResponse;
    expect(health.outcomes).toEqual(report.selfService.outcomes);
    expect(health.gaps).toEqual(report.selfService.gaps);

    // A period before any of it: nothing, and nothing to divide by.
    const before = (await asha.call('GET', `${ROUTES.analytics}?from=${from - 86_400_000}&to=${from}&answeredWithin=5&missedAfter=5`)).body as AnalyticsResponse;
    expect(before.selfService).toMatchObject({ sessions: 0, deflection: null, escalated: [], gaps: [] });

    // A week on, Monday is final. Counted live, then stored by the rollup job: the same
    // figures, and the stored day is read without a single help event or article.
    now = dhaka(8, 12, 0);
    // (The site has no business hours, so its days are UTC days.)
    const monday = `${ROUTES.analytics}?from=${Date.UTC(2026, 10, 23)}&to=${Date.UTC(2026, 10, 24)}&answeredWithin=5&missedAfter=5`;
    const eventReads = [vi.spyOn(HelpEventStore.prototype, 'between')];
    const articleReads = vi.spyOn(HelpArticleStore.prototype, 'getMany');
    try {
      const live = (await asha.call('GET', monday)).body as AnalyticsResponse;
      expect(live.selfService).toEqual(report.selfService);
      expect(eventReads[0]!.mock.calls.length).toBeGreaterThan(0);
      expect((await runAnalyticsRollups({ db: t.db, analytics: t.api.analytics, warn: () => {} })).failed).toBe(0);
      const [stored] = await new AnalyticsDayStore(t.db).between(siteId, '2026-11-23', '2026-11-23');
      expect(stored!.selfService.outcomes).toEqual(report.selfService.outcomes);
      expect(stored!.selfService.articles.map((a) => [a.title, a.views, a.helped, a.notHelped, a.escalations])).toEqual([
        ['How long does delivery take?', 2, 1, 1, 1],
        ['Returns and refunds', 1, 0, 0, 0],
      ]);
      for (const spy of [...eventReads, articleReads]) spy.mockClear();
      const fromStore = (await asha.call('GET', monday)).body as AnalyticsResponse;
      expect(fromStore.selfService).toEqual(live.selfService);
      expect(eventReads.map((spy) => spy.mock.calls.length)).toEqual([0]);
      expect(articleReads).not.toHaveBeenCalled();
    } finally {
      for (const spy of [...eventReads, articleReads]) spy.mockRestore();
    }

    // 100 days on, the help events have expired (their TTL); a rebuild of Monday (as after a
    // change of hours) counts its conversations again but keeps the self-service it stored.
    const events = await t.db.collection('sites').doc(siteId).collection('helpEvents').get();
    await Promise.all(events.docs.map((d) => d.ref.delete()));
    now = dhaka(100, 12, 0);
    await t.api.analytics.rebuild(siteId, '2026-11-23', '2026-11-23');
    const [kept] = await new AnalyticsDayStore(t.db).between(siteId, '2026-11-23', '2026-11-23');
    expect(kept!.selfService.outcomes).toEqual(report.selfService.outcomes);
    expect(kept!.conversations).toBe(2);
  });
});

