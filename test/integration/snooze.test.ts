/**
 * Snooze: out of Open until a time, still open for the shopper; back at the top of Open
 * when the scheduled job finds its time has come, or at once when the shopper writes.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { runFollowUps } from '../../functions/src/jobs/follow-ups';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

let t: TestApi;
let now = Date.UTC(2026, 11, 1, 10, 0);
const HOUR = 3_600_000;
beforeAll(async () => {
  t = await startTestApi({ clock: () => now });
});
afterAll(() => t.close());

it('snoozes a conversation out of the way until its time, or until the shopper writes', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const merchant = merchantOf(t.baseUrl, siteId, () => instanceFor(siteId, { signDate: new Date(now).toISOString() }));
  const shopper = await newShopper(t.baseUrl, siteId);
  const [a, b] = [randomId('c'), randomId('c')];
  await shopper.send(a, 'Can you check the stock next week?');
  now += 1000;
  await shopper.send(b, 'Another question');
  const ids = async (view: string) => (await merchant.inbox(`?view=${view}`)).body.conversations.map((c: { id: string }) => c.id);

  const snoozed = await merchant.call('POST', ROUTES.conversationSnooze(a), { until: now + 2 * HOUR });
  expect(snoozed.body.conversation).toMatchObject({ status: 'snoozed', snoozedUntil: now + 2 * HOUR });
  expect(await ids('open')).toEqual([b]);
  expect(await ids('snoozed')).toEqual([a]);
  // For the shopper it is simply open.
  const session = await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId, visitorToken: shopper.visitorToken } });
  expect(session.body.conversations.find((c: { id: string }) => c.id === a)).toMatchObject({ status: 'open' });

  // Refused: the past, too far ahead, junk, a closed conversation.
  expect((await merchant.call('POST', ROUTES.conversationSnooze(b), { until: now - 1 })).status).toBe(400);
  expect((await merchant.call('POST', ROUTES.conversationSnooze(b), { until: now + 91 * 24 * HOUR })).status).toBe(400);
  expect((await merchant.call('POST', ROUTES.conversationSnooze(b), { until: 'tomorrow' })).status).toBe(400);
  await merchant.setStatus(b, 'closed');
  expect((await merchant.call('POST', ROUTES.conversationSnooze(b), { until: now + HOUR })).status).toBe(409);

  // Not yet: the job leaves it. Its time: back at the top of Open.
  const job = () => runFollowUps({ db: t.db, chat: t.api.chat, outbox: t.api.outbox, clock: () => now, dashboardUrl: '' });
  now += HOUR;
  expect((await job()).woken).toBe(0);
  now += HOUR + 1;
  expect((await job()).woken).toBeGreaterThanOrEqual(1);
  const back = (await merchant.conversation(a)).body.conversation;
  expect(back).toMatchObject({ status: 'open', snoozedUntil: null });
  expect(back.updatedAt).toBeGreaterThanOrEqual(now);
  expect(await ids('snoozed')).toEqual([]);

  // Snoozed again, the shopper writes: back at once.
  await merchant.call('POST', ROUTES.conversationSnooze(a), { until: now + 24 * HOUR });
  now += 1000;
  expect((await shopper.send(a, 'Any news?')).status).toBe(201);
  expect((await merchant.conversation(a)).body.conversation).toMatchObject({ status: 'open', snoozedUntil: null });
  expect(await ids('open')).toEqual([a]);
});
