/**
 * The gap the 30-minute soak found (bench/soak.ts; 10 of 7,502 messages lost): an event's
 * `at` is read from the clock before its batch commits, and a stream resumes from the
 * newest `at` it has seen. When the catch-up selected events by `at`, a commit that took
 * longer than the resume overlap (an overloaded or paused Firestore) while a later event
 * had already moved the shopper's cursor, and while the shopper's stream was between
 * connections, was never sent to that stream: the catch-up started after its old `at`,
 * and the hub had published it to nobody.
 *
 * The catch-up now selects by commit time (store/event-log.ts, `committedAt`): the held
 * reply commits after the cursor's event did, so it is read however old its `at`. The
 * hold here is real time (longer than the overlap), as Firestore's commit clock is.
 */
import { WriteBatch } from 'firebase-admin/firestore';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES, type VisitorEvent } from '@kotha/common/contract';
import { RESUME_SKEW_MS } from '../../functions/src/realtime/event-stream';
import { merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('a reply whose commit outlasts the resume overlap still reaches a resuming shopper stream', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  await merchant.call('GET', ROUTES.me);
  const conversationId = randomId('c');
  await shopper.send(conversationId, 'Is the lamp in stock?');

  // The reply's batch is held at its commit: its event time is already taken.
  const commit = WriteBatch.prototype.commit;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let entered!: () => void;
  const reached = new Promise<void>((resolve) => (entered = resolve));
  WriteBatch.prototype.commit = async function (this: WriteBatch, ...args: Parameters<WriteBatch['commit']>) {
    WriteBatch.prototype.commit = commit;
    entered();
    await held;
    return commit.apply(this, args);
  };
  const reply = merchant.reply(conversationId, 'Yes, 3 left.', 'late_reply_1');
  await reached;

  // Meanwhile, later by more than the overlap, the shopper writes again, and their panel sees it.
  await sleep(RESUME_SKEW_MS + 1_000);
  const later = await shopper.send(conversationId, 'Great, and the blue one?');
  const first = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}&since=0`);
  const seen = await first.waitFor((e) => e.type === 'message.created' && e.message.id === later.body.message.id);
  first.close();

  // The reply commits while the shopper is between connections; the stream resumes from what it saw last.
  release();
  expect((await reply).status).toBe(201);
  const resumed = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`, { 'last-event-id': `${seen.at}-${seen.id}` });
  await resumed.waitFor((e) => e.type === 'message.created' && e.message.id === 'late_reply_1');
  resumed.close();
  // The overlap re-reads what the cursor's own connection had; the client's seen-set (common/sse-client.ts) drops it.
  expect(resumed.events.filter((e) => e.type === 'message.created' && e.message.id === 'late_reply_1')).toHaveLength(1);
}, 30_000);
