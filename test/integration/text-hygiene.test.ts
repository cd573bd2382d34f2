/**
 * Issue 16, item 2: one rule for what a text may hold (common/contract/text.ts). The
 * findings, reproduced: a lone UTF-16 surrogate in a message gave a 500 (Firestore cannot
 * store it), a message of zero-width characters or holding NUL was stored as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { cleanText } from '@kotha/common/contract/text';
import { call, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

let t: TestApi;
let siteId: string;
beforeAll(async () => {
  t = await startTestApi();
  siteId = newSiteId();
  await provisionSite(t, siteId);
});
afterAll(() => t.close());

const storedTexts = async (conversationId: string) => (await merchantOf(t.baseUrl, siteId).conversation(conversationId)).body.messages.map((m: { text: string }) => m.text);

describe('a shopper’s message', () => {
  it('with a lone surrogate is stored with U+FFFD in its place, not a 500', async () => {
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    expect((await shopper.send(conversationId, '\ud800')).status).toBe(201);
    expect((await shopper.send(conversationId, 'a\udc00b 😀')).status).toBe(201);
    expect(await storedTexts(conversationId)).toEqual(['\ufffd', 'a\ufffdb 😀']);
  });

  it('with NUL or other control characters is stored without them; newlines and tabs stay', async () => {
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    expect((await shopper.send(conversationId, 'a\u0000b\u0007\r\nline two\tend')).status).toBe(201);
    expect(await storedTexts(conversationId)).toEqual(['ab\nline two\tend']);
  });

  it('made only of invisible characters is refused with a clear 400 and writes nothing', async () => {
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    for (const text of ['\u200b\u200b', '\u200d\ufeff', ' \u2060 ', '\u0000', '\u3164']) {
      const res = await shopper.send(conversationId, text);
      expect({ text, status: res.status, message: res.body.error.message }).toEqual({ text, status: 400, message: 'Invalid message: text: must not be empty.' });
    }
    expect((await t.db.collection(`sites/${siteId}/conversations`).doc(conversationId).get()).exists).toBe(false);
  });

  it('is never a 500, whatever its code units, and is stored as the rule cleans it', async () => {
    const shopper = await newShopper(t.baseUrl, siteId);
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'first');
    const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: fc.oneof(anyCodeUnit, fc.constantFrom('\ud800', '\udc00', '\u0000', '\u200b', '\r', 'a', '😀')), minLength: 1, maxLength: 12 }), async (text) => {
        const res = await shopper.send(conversationId, text);
        expect(res.status, JSON.stringify(text)).toBeLessThan(500);
        if (res.status === 201) expect(res.body.message.text).toBe(cleanText(text).trim());
      }),
      { numRuns: 30 },
    );
  });
});

describe('the same rule elsewhere', () => {
  it('cleans every text field of every body: names, notes, replies, page titles; none gives a 500', async () => {
    const shopper = await newShopper(t.baseUrl, siteId);
    const merchant = merchantOf(t.baseUrl, siteId);
    const conversationId = randomId('c');
    await shopper.send(conversationId, 'hello');
    expect((await call(t.baseUrl, 'POST', ROUTES.identify, { auth: shopper.auth, body: { name: 'Ru\ud800ma\u0000' } })).status).toBe(200);
    expect((await merchant.reply(conversationId, 'Hi\udc00 there\u0007')).status).toBe(201);
    expect((await merchant.call('POST', ROUTES.conversationNotes(conversationId), { id: randomId('n'), text: '\ud83d note' })).status).toBe(201);
    expect((await merchant.call('POST', ROUTES.conversationNotes(conversationId), { id: randomId('n'), text: '\u200b' })).status).toBe(400);
    const view = await fetch(`${t.baseUrl}${ROUTES.pageView}`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ token: shopper.visitorToken, url: 'https://shop.test/a', title: 'Quilts \ud800' }) });
    expect(view.status).toBe(204);
    const { body } = await merchant.conversation(conversationId);
    expect(body.messages.map((m: { text: string }) => m.text)).toEqual(['hello', 'Hi\ufffd there']);
    expect(body.notes.map((n: { text: string }) => n.text)).toEqual(['\ufffd note']);
    expect((await call(t.baseUrl, 'GET', ROUTES.shopperContext(conversationId), { auth: merchant.auth })).body.pages[0].title).toBe('Quilts \ufffd');
    expect((await t.db.doc(`sites/${siteId}/visitors/${shopper.visitorId}`).get()).get('name')).toBe('Ru\ufffdma');
  });
});
