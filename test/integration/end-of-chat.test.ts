/** The end of a chat: the shopper rates it (the team sees it live) and gets its transcript by email. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES, type InboxEvent, type VisitorEvent } from '@kotha/common/contract';
import type { Mail, Mailer } from '../../functions/src/email/mailer';
import { call, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let t: TestApi;
const mails: Mail[] = [];
const mailer: Mailer = { send: async (mail) => void mails.push(mail) };
beforeAll(async () => {
  t = await startTestApi({ mailer });
});
afterAll(() => t.close());

it('lets the shopper rate an ended chat, live for the team, and change their mind', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  const conversationId = randomId('c');
  await shopper.send(conversationId, 'Thanks for the help');
  const rate = (body: unknown, auth = shopper.auth) => call(t.baseUrl, 'POST', ROUTES.visitorRating(conversationId), { auth, body });

  expect((await rate({ rating: 'good' })).body.error.code).toBe('conversation_open');
  await merchant.setStatus(conversationId, 'closed');
  const inbox = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`);
  const mine = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`);
  const rated = await rate({ rating: 'good', comment: '  Quick and kind!  ' });
  expect(rated.status).toBe(200);
  expect(rated.body.conversation).toMatchObject({ rating: 'good', status: 'closed' });
  const seen = await inbox.waitFor((e) => e.type === 'conversation.updated' && e.conversation.rating === 'good');
  expect(seen.type === 'conversation.updated' && seen.conversation.ratingComment).toBe('Quick and kind!');
  // The shopper's own stream carries the rating, never the team's copy of the comment.
  const theirs = await mine.waitFor((e) => e.type === 'conversation.updated');
  expect(JSON.stringify(theirs)).not.toContain('ratingComment');
  expect((await rate({ rating: 'bad' })).body.conversation.rating).toBe('bad');

  for (const body of [{ rating: 'meh' }, { rating: 'good', comment: 'x'.repeat(1001) }, { rating: 'good', extra: 1 }, {}]) expect((await rate(body)).status).toBe(400);
  const stranger = await newShopper(t.baseUrl, siteId);
  expect((await rate({ rating: 'good' }, stranger.auth)).status).toBe(404);
  inbox.close();
  mine.close();
});

it('emails the shopper the transcript in their language, escaped, once per request', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  const conversationId = randomId('c');
  await shopper.send(conversationId, 'কাঁথাটা কি ধোয়া যায়? <script>x</script>');
  await merchant.reply(conversationId, 'হ্যাঁ, হালকা সাবানে।');
  await fetch(`${t.baseUrl}${ROUTES.pageView}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ token: shopper.visitorToken, url: 'https://nakshi.test/quilts', timeZone: 'Asia/Dhaka' }) });

  const ask = (body: unknown, auth = shopper.auth) => call(t.baseUrl, 'POST', ROUTES.visitorTranscript(conversationId), { auth, body });
  const before = mails.length;
  expect((await ask({ email: 'rina@example.com', locale: 'bn' })).status).toBe(202);
  await expect.poll(() => mails.length).toBe(before + 1);
  const mail = mails.at(-1)!;
  expect(mail).toMatchObject({ to: 'rina@example.com', subject: 'Test team-এর সঙ্গে আপনার কথোপকথন' });
  expect(mail.text).toContain('হ্যাঁ, হালকা সাবানে।');
  expect(mail.text).toContain('nakshi.test');
  expect(mail.html).not.toContain('<script>');

  expect((await ask({ email: 'not an email' })).status).toBe(400);
  expect((await ask({ email: 'rina@example.com' }, (await newShopper(t.baseUrl, siteId)).auth)).status).toBe(404);
  expect(mails.length).toBe(before + 1);
});
