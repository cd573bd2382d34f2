/**
 * Private notes: the team sees them, live; the shopper's API and stream never carry them,
 * not even on reconnect catch-up.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES, type InboxEvent, type VisitorEvent } from '@kotha/common/contract';
import { call, instanceFor, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream } from '../support/sse-client';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t.close());

it('keeps notes with the team: in the inbox and its stream, never in anything the shopper can reach', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  const conversationId = randomId('c');
  await shopper.send(conversationId, 'My order has not arrived.');

  const inbox = await openStream<InboxEvent>(`${t.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`);
  const mine = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}`);
  const secret = 'Customer was rude last time; refund already issued (ref 7781).';
  const noteId = randomId('n');
  const added = await call(t.baseUrl, 'POST', ROUTES.conversationNotes(conversationId), { auth: merchant.auth, body: { id: noteId, text: secret } });
  expect(added.status).toBe(201);
  expect(added.body.note).toMatchObject({ id: noteId, text: secret, authorUid: 'agent-1' });
  // Stored once when retried.
  expect((await call(t.baseUrl, 'POST', ROUTES.conversationNotes(conversationId), { auth: merchant.auth, body: { id: noteId, text: secret } })).status).toBe(200);

  const live = await inbox.waitFor((e) => e.type === 'note.created');
  expect(live.type === 'note.created' && live.note.text).toBe(secret);
  expect((await merchant.conversation(conversationId)).body.notes.map((n: { id: string }) => n.id)).toEqual([noteId]);

  // A reply after the note reaches the shopper; the note does not, live or on catch-up.
  await merchant.reply(conversationId, 'Sorry about that! Checking now.');
  await mine.waitFor((e) => e.type === 'message.created' && e.message.author === 'agent');
  expect(JSON.stringify(mine.events)).not.toContain(secret);
  const history = await shopper.messages(conversationId);
  expect(JSON.stringify(history.body)).not.toContain(secret);
  const caughtUp = await openStream<VisitorEvent>(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}&since=0`);
  await caughtUp.waitFor((e) => e.type === 'message.created' && e.message.author === 'agent');
  expect(JSON.stringify(caughtUp.events)).not.toContain(secret);
  const session = await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId, visitorToken: shopper.visitorToken } });
  expect(JSON.stringify(session.body)).not.toContain(secret);
  inbox.close();
  mine.close();
  caughtUp.close();

  // Other sites, shoppers and bad input are refused.
  const otherSite = newSiteId();
  await provisionSite(t, otherSite);
  expect((await call(t.baseUrl, 'POST', ROUTES.conversationNotes(conversationId), { auth: `Instance ${instanceFor(otherSite)}`, body: { id: randomId('n'), text: 'x' } })).status).toBe(404);
  expect((await call(t.baseUrl, 'POST', ROUTES.conversationNotes(conversationId), { auth: shopper.auth, body: { id: randomId('n'), text: 'x' } })).status).toBe(401);
  expect((await call(t.baseUrl, 'POST', ROUTES.conversationNotes(conversationId), { auth: merchant.auth, body: { id: randomId('n'), text: '   ' } })).status).toBe(400);
});
