/**
 * A known gap the soak found (bench/soak.ts; README, "Measured"): an event's time is read
 * from the clock before its batch commits, and a stream resumes from the newest time it has
 * seen less RESUME_SKEW_MS. A commit that takes longer than that overlap (an overloaded or
 * paused Firestore) while a later event has already moved the shopper's cursor, and while
 * the shopper's stream is between connections, is never sent to that stream: the catch-up
 * starts after it and the hub published it to nobody. The shopper sees it only when a new
 * page loads the conversation's history.
 *
 * Pinned with `it.fails` so the suite stays green and says so the day it is fixed (then
 * drop `.fails`): resuming from a commit-ordered position (the commit's time, which
 * Firestore returns and can store with a server timestamp) instead of the pre-commit clock,
 * or an overlap as long as the longest write can take (the api function's 60 s timeout).
 */
import { WriteBatch } from 'firebase-admin/firestore';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES, type VisitorEvent } from '@kotha/common/contract';
import { RESUME_SKEW_MS } from '../../functions/src/realtime/event-stream';
import { merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let offset = 0;
let t: TestApi;
beforeAll(async () => {
  t = await startTestApi({ clock: () => Date.now() + offset });
});
afterAll(() => t.close());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it.fails('a reply whose commit outlasts the resume overlap still reaches a resuming shopper stream', async () => {
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
  offset = RESUME_SKEW_MS + 1_000;
  const later = await shopper.send(conversationId, 'Great, and the blue one?');
  const first = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}&since=0`);
  const seen = await first.waitFor((e) => e.type === 'message.created' && e.message.id === later.body.message.id);
  first.close();

  // The reply commits while the shopper is between connections; the stream resumes from what it saw last.
  release();
  expect((await reply).status).toBe(201);
  const resumed = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`, { 'last-event-id': `${seen.at}-${seen.id}` });
  await sleep(1_000);
  resumed.close();
  expect(resumed.events.some((e) => e.type === 'message.created' && e.message.id === 'late_reply_1')).toBe(true);
});
