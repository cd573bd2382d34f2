/**
 * Issue 16, item 5: the follow-up job visits only sites with work (store/follow-up-schedule.ts).
 * A site with nothing pending is never planned; a site with a waiting shopper is planned
 * for the first step that may come due, each visit plans the next, and a site whose work
 * is done goes back to nothing planned. (The job visits every test's sites: this file
 * asserts about its own only.)
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { runFollowUps } from '../../functions/src/jobs/follow-ups';
import { instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

const MIN = 60_000;
let t: TestApi;
let now = Date.UTC(2026, 11, 2, 4, 0); // a Wednesday morning; the sites keep the default hours: always open
beforeAll(async () => {
  t = await startTestApi({ clock: () => now });
});
afterAll(() => t.close());

const job = () => runFollowUps({ db: t.db, chat: t.api.chat, outbox: t.api.outbox, clock: () => now, dashboardUrl: '' });
const planned = async (siteId: string) => ((await t.db.doc(`sites/${siteId}`).get()).get('followUpDueAt') as number | undefined) ?? 0;
const stamped = async (siteId: string) => (await t.db.doc(`sites/${siteId}`).get()).get('followUpWorkAt') !== undefined;

it('plans a site from its waiting shopper to the end of the wait, and never plans a site with nothing pending', async () => {
  const [idle, busy] = [newSiteId(), newSiteId()];
  await provisionSite(t, idle);
  await provisionSite(t, busy);
  const shopper = await newShopper(t.baseUrl, busy);
  const chat = randomId('c');
  const start = now;
  const asked = (await shopper.send(chat, 'Do you have the jamdani sari in blue?')).body.message.createdAt as number;
  expect(await stamped(busy)).toBe(true);
  expect(await stamped(idle)).toBe(false);

  // The first visit plans the first note (3 minutes into the wait, the default).
  now = start + 30_000;
  await job();
  expect(await planned(busy)).toBe(asked + 3 * MIN);
  expect(await planned(idle)).toBe(0);

  // Answered before then: the plan left behind comes due, the visit finds nothing to do
  // and plans the idle close (48 hours after the last message, the default) instead.
  now = start + MIN;
  const merchant = merchantOf(t.baseUrl, busy, () => instanceFor(busy, { signDate: new Date(now).toISOString() }));
  await merchant.call('GET', ROUTES.me);
  const reply = await merchant.reply(chat, 'Yes, two left.');
  expect(reply.status).toBe(201);
  now = start + 3 * MIN + 1;
  await job();
  const messages = (await shopper.messages(chat)).body.messages as Array<{ automatic?: boolean }>;
  expect(messages.filter((m) => m.automatic)).toEqual([]);
  expect(await planned(busy)).toBe(reply.body.message.createdAt + 48 * 60 * MIN);

  // Closed (which gives the job no work, so no visit now): when the plan comes due, the
  // visit finds nothing pending and plans nothing.
  await merchant.setStatus(chat, 'closed');
  now = reply.body.message.createdAt + 48 * 60 * MIN;
  await job();
  expect(await planned(busy)).toBe(0);
  expect(await planned(idle)).toBe(0);
});
