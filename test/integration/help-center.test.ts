/**
 * Issue 14, the help center's server: the team's articles and collections (validated,
 * limited, larger bodies only where articles travel), the CSV import line by line, the
 * preview, and what shoppers see: published articles only and at once, search in their
 * language, votes, the hand-over trail on their message, order lookups; and the health
 * the team reads back.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HELP_LIMITS, LIMITS, ROUTES, type Article, type HelpHealthResponse, type HelpHome, type HelpTopic, type OrderStatus } from '@kotha/common/contract';
import { OrdersUnavailable } from '@kotha/common/platform';
import { call, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

const ORDER: OrderStatus = {
  number: '10042',
  createdAt: Date.UTC(2026, 11, 1),
  paymentStatus: 'PAID',
  fulfillmentStatus: 'FULFILLED',
  tracking: [{ number: 'RR123456789BD', url: 'https://track.example/RR123456789BD', carrier: 'Sundarban Courier' }],
  total: '৳2,400.00',
  items: [{ name: 'Nakshi kantha', quantity: 1 }],
};
const orders = { down: false, asked: [] as string[] };

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi({
    platform: {
      async lookupOrder(_siteId, orderNumber, email) {
        orders.asked.push(orderNumber);
        if (orders.down) throw new OrdersUnavailable('no-permission');
        return orderNumber === ORDER.number && email.toLowerCase() === 'rina@example.com' ? ORDER : null;
      },
    },
  });
});
afterAll(() => t.close());

async function newSite() {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  return { siteId, merchant: merchantOf(t.baseUrl, siteId), shopper: await newShopper(t.baseUrl, siteId) };
}

const article = (fields: Partial<Article> & { title: string }) => ({ body: 'Some text.', language: 'en', ...fields });

describe("the team's articles", () => {
  it('creates, lists, edits, publishes and deletes, and shoppers see only what is published, at once', async () => {
    const { merchant, shopper } = await newSite();
    const collection = await merchant.call('POST', ROUTES.helpCollections, { titles: { en: 'Shipping', bn: 'ডেলিভারি' } });
    expect(collection.status).toBe(201);
    const created = await merchant.call('POST', ROUTES.helpArticles, article({ title: 'How long does delivery take?', body: 'Two to four days **inside Dhaka**.', collectionId: collection.body.id, tags: ['shipping time'] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', groupId: created.body.id, collectionId: collection.body.id });
    const id = created.body.id as string;

    const read = () => call(t.baseUrl, 'GET', ROUTES.helpArticle(id), { auth: shopper.auth });
    expect((await read()).status).toBe(404);
    expect((await merchant.call('PATCH', ROUTES.helpArticleOne(id), { status: 'published' })).body.status).toBe('published');
    const shown = await read();
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ id, title: 'How long does delivery take?', html: '<p>Two to four days <strong>inside Dhaka</strong>.</p>\n' });

    const list = await merchant.call('GET', ROUTES.helpArticles);
    expect(list.body.articles.map((a: Article) => a.id)).toEqual([id]);
    expect(list.body.collections).toEqual([{ id: collection.body.id, titles: { en: 'Shipping', bn: 'ডেলিভারি' }, position: 0 }]);

    expect((await merchant.call('PATCH', ROUTES.helpArticleOne(id), { status: 'draft' })).status).toBe(200);
    expect((await read()).status).toBe(404);
    expect((await merchant.call('PATCH', ROUTES.helpArticleOne(id), { status: 'published', title: 'Delivery times' })).status).toBe(200);
    expect((await read()).body.title).toBe('Delivery times');
    expect((await merchant.call('DELETE', ROUTES.helpArticleOne(id))).status).toBe(204);
    expect((await read()).status).toBe(404);
    expect((await merchant.call('GET', ROUTES.helpArticleOne(id))).status).toBe(404);
  });

  it('refuses bad articles with a clear 400 and stores nothing', async () => {
    const { merchant } = await newSite();
    for (const bad of [
      { body: 'x', language: 'en' },
      article({ title: '   ' }),
      article({ title: 'x', language: 'not a language' }),
      article({ title: 'x', body: 'y'.repeat(HELP_LIMITS.articleBody + 1) }),
      article({ title: 'x', tags: Array.from({ length: HELP_LIMITS.tags + 1 }, (_, i) => `t${i}`) }),
      { ...article({ title: 'x' }), siteId: 'other' },
    ]) {
      const res = await merchant.call('POST', ROUTES.helpArticles, bad);
      expect(res.status, JSON.stringify(bad).slice(0, 80)).toBe(400);
      expect(res.body.error.message).toMatch(/^Invalid article: /);
    }
    expect((await merchant.call('POST', ROUTES.helpArticles, article({ title: 'x', collectionId: 'nope' }))).status).toBe(400);
    expect((await merchant.call('PATCH', ROUTES.helpArticleOne('nope'), { status: 'published' })).status).toBe(404);
    expect((await merchant.call('PATCH', ROUTES.helpArticleOne('nope'), {})).status).toBe(400);
    expect((await merchant.call('GET', ROUTES.helpArticles)).body.articles).toEqual([]);
  });

  it('takes a 20,000-character Bengali article (60 KB), while other routes keep their 32 KB limit', async () => {
    const { merchant, shopper } = await newSite();
    const body = 'ক'.repeat(HELP_LIMITS.articleBody);
    expect(Buffer.byteLength(JSON.stringify({ body })) > LIMITS.jsonBodyBytes).toBe(true);
    expect((await merchant.call('POST', ROUTES.helpArticles, article({ title: 'দীর্ঘ', body, language: 'bn' }))).status).toBe(201);
    expect((await merchant.call('POST', ROUTES.helpPreview, { body })).status).toBe(200);
    const message = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth: shopper.auth, body: { conversationId: randomId('c'), id: randomId('m'), text: 'ক'.repeat(12_000) } });
    expect(message.status).toBe(413);
  });

  it('keeps one version per language of an article', async () => {
    const { merchant, shopper } = await newSite();
    const en = (await merchant.call('POST', ROUTES.helpArticles, article({ title: 'Returns', body: 'Within 30 days.', status: 'published' }))).body;
    const bn = await merchant.call('POST', ROUTES.helpArticles, article({ title: 'ফেরত', body: '৩০ দিনের মধ্যে।', language: 'bn', groupId: en.id, status: 'published' }));
    expect(bn.status).toBe(201);
    expect(bn.body.groupId).toBe(en.id);
    expect((await merchant.call('POST', ROUTES.helpArticles, article({ title: 'Again', groupId: en.id }))).status).toBe(409);
    expect((await merchant.call('POST', ROUTES.helpArticles, article({ title: 'x', groupId: 'nope' }))).status).toBe(404);
    // The shopper reading in Bengali gets the Bengali version of the English article.
    const read = await call(t.baseUrl, 'GET', `${ROUTES.helpArticle(en.id)}?lang=bn-BD`, { auth: shopper.auth });
    expect(read.body).toMatchObject({ id: bn.body.id, language: 'bn', title: 'ফেরত' });
  });

  it('imports question,answer rows and names each refused line', async () => {
    const { merchant } = await newSite();
    const csv = 'question,answer,tags\n"Do you ship abroad?","Yes, to India and Nepal.","international;overseas"\nno answer here,\nCan I pay with bKash?,Yes.\n';
    const res = await merchant.call('POST', ROUTES.helpImport, { csv, language: 'en', status: 'published' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ created: 2, refused: [{ line: 3, reason: 'The answer is empty.' }] });
    const titles = (await merchant.call('GET', ROUTES.helpArticles)).body.articles.map((a: Article) => [a.title, a.tags, a.status]);
    expect(titles).toEqual([
      ['Can I pay with bKash?', [], 'published'],
      ['Do you ship abroad?', ['international', 'overseas'], 'published'],
    ]);
  });

  it(`holds at most ${HELP_LIMITS.articles} articles`, async () => {
    const { merchant } = await newSite();
    const csv = Array.from({ length: HELP_LIMITS.articles - 1 }, (_, i) => `Question ${i},Answer ${i}`).join('\n');
    expect((await merchant.call('POST', ROUTES.helpImport, { csv, language: 'en' })).body).toEqual({ created: HELP_LIMITS.articles - 1, refused: [] });
    const more = await merchant.call('POST', ROUTES.helpImport, { csv: 'a,1\nb,2\n', language: 'en' });
    expect(more.body).toEqual({ created: 1, refused: [{ line: 2, reason: `The help center is full (${HELP_LIMITS.articles} articles).` }] });
    const refused = await merchant.call('POST', ROUTES.helpArticles, article({ title: 'One too many' }));
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('help_full');
  }, 120_000);

  it('renames, reorders and deletes collections; deleting one keeps its articles', async () => {
    const { merchant } = await newSite();
    const ids: string[] = [];
    for (const en of ['Shipping', 'Returns', 'Payment']) ids.push((await merchant.call('POST', ROUTES.helpCollections, { titles: { en } })).body.id);
    const a = (await merchant.call('POST', ROUTES.helpArticles, article({ title: 'Refunds', collectionId: ids[1] }))).body;
    expect((await merchant.call('PATCH', ROUTES.helpCollectionOne(ids[1]!), { titles: { en: 'Returns & refunds' } })).body.titles).toEqual({ en: 'Returns & refunds' });
    const reordered = await merchant.call('PUT', ROUTES.helpCollectionOrder, { ids: [ids[2], ids[0], ids[1]] });
    expect(reordered.body.collections.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[0], ids[1]]);
    expect((await merchant.call('PUT', ROUTES.helpCollectionOrder, { ids: [ids[0]] })).status).toBe(400);
    expect((await merchant.call('POST', ROUTES.helpCollections, { titles: {} })).status).toBe(400);
    expect((await merchant.call('DELETE', ROUTES.helpCollectionOne(ids[1]!))).status).toBe(204);
    expect((await merchant.call('GET', ROUTES.helpArticleOne(a.id))).body.collectionId).toBeNull();
    expect((await merchant.call('GET', ROUTES.helpCollections)).body.collections.map((c: { id: string }) => c.id)).toEqual([ids[2], ids[0]]);
  });

  it('previews Markdown as shoppers will see it, sanitised', async () => {
    const { merchant } = await newSite();
    const res = await merchant.call('POST', ROUTES.helpPreview, { body: '# Hi\n\n<script>alert(1)</script> [x](javascript:alert(1))' });
    // markdown-it does not even make a link of a javascript: address; it stays text.
    expect(res.body.html).toBe('<h1>Hi</h1>\n<p>&lt;script&gt;alert(1)&lt;/script&gt; [x](javascript:alert(1))</p>\n');
  });

  it('answers only the site\'s own merchant', async () => {
    const { merchant } = await newSite();
    const { siteId: other } = await newSite();
    const id = (await merchant.call('POST', ROUTES.helpArticles, article({ title: 'Mine' }))).body.id;
    expect((await merchantOf(t.baseUrl, other).call('GET', ROUTES.helpArticleOne(id))).status).toBe(404);
    expect((await call(t.baseUrl, 'GET', ROUTES.helpArticles)).status).toBe(401);
  });
});

describe("the shopper's help", () => {
  async function helpCenter() {
    const site = await newSite();
    const { merchant } = site;
    const shipping = (await merchant.call('POST', ROUTES.helpCollections, { titles: { en: 'Shipping', bn: 'ডেলিভারি' } })).body.id;
    const make = async (fields: Partial<Article> & { title: string }) => (await merchant.call('POST', ROUTES.helpArticles, article({ status: 'published', ...fields }))).body as Article;
    const delivery = await make({ title: 'How long does delivery take?', body: 'Orders arrive in two to four days. Outside Dhaka it can take a week.', collectionId: shipping, tags: ['shipping', 'courier'] });
    const returns = await make({ title: 'Returns and refunds', body: 'Send it back within 30 days for a full refund.', tags: ['refund', 'exchange'] });
    const bnDelivery = await make({ title: 'ডেলিভারি কত দিনে হয়?', body: 'ঢাকার ভেতরে দুই থেকে চার দিনে অর্ডার পৌঁছে যায়।', language: 'bn', groupId: delivery.id, collectionId: shipping });
    const teDelivery = await make({ title: 'డెలివరీకి ఎంత సమయం పడుతుంది?', body: 'మీ ఆర్డర్ రెండు నుండి నాలుగు రోజుల్లో వస్తుంది.', language: 'te', groupId: delivery.id });
    await make({ title: 'Secret draft about delivery', status: 'draft' });
    return { ...site, delivery, returns, bnDelivery, teDelivery, shipping };
  }
  const get = (auth: string, path: string) => call(t.baseUrl, 'GET', path, { auth });

  it('searches in the shopper\'s language, falls back to the site\'s, never shows drafts, snippets as text', async () => {
    const { shopper, delivery, returns, bnDelivery, teDelivery } = await helpCenter();
    const hits = (q: string, lang?: string, mode = 'search') => get(shopper.auth, `${ROUTES.helpSearch}?q=${encodeURIComponent(q)}${lang ? `&lang=${lang}` : ''}&mode=${mode}`);
    expect((await hits('how long is delivery')).body.hits[0]).toMatchObject({ id: delivery.id, title: 'How long does delivery take?', snippet: 'Orders arrive in two to four days. Outside Dhaka it can take a week.' });
    expect((await hits('refund')).body.hits.map((h: { id: string }) => h.id)).toEqual([returns.id]);
    expect((await hits('ডেলিভারি', 'bn')).body.hits.map((h: { id: string }) => h.id)).toEqual([bnDelivery.id]);
    expect((await hits('ఆర్డర్', 'te')).body.hits.map((h: { id: string }) => h.id)).toEqual([teDelivery.id]);
    // French has no articles: the site's own language answers.
    expect((await hits('refund', 'fr')).body.hits.map((h: { id: string }) => h.id)).toEqual([returns.id]);
    expect((await hits('secret draft')).body.hits.map((h: { id: string }) => h.id)).not.toContain(expect.anything());
    // While typing, the last word may be unfinished.
    expect((await hits('how long is deliv', 'en', 'suggest')).body.hits[0].id).toBe(delivery.id);
    expect((await hits('', 'en')).status).toBe(400);
    expect((await hits('x'.repeat(HELP_LIMITS.query + 1))).status).toBe(400);
  });

  it('shows collections with counts and the popular articles, those read on this page first', async () => {
    const { merchant, shopper, delivery, returns, shipping } = await helpCenter();
    await get(shopper.auth, `${ROUTES.helpArticle(delivery.id)}?page=${encodeURIComponent('https://shop.test/about')}`);
    await get(shopper.auth, `${ROUTES.helpArticle(delivery.id)}?page=${encodeURIComponent('https://shop.test/about')}`);
    await get(shopper.auth, `${ROUTES.helpArticle(returns.id)}?page=${encodeURIComponent('https://shop.test/returns?x=1')}`);
    // The shelf holds view counts for up to ten minutes; a write makes it fresh.
    await merchant.call('POST', ROUTES.helpArticles, article({ title: 'Unrelated draft' }));
    const home = (page: string, lang = 'en') => get(shopper.auth, `${ROUTES.helpHome}?lang=${lang}&page=${encodeURIComponent(page)}`);
    const onReturns = (await home('https://shop.test/returns')).body as HelpHome;
    expect(onReturns.language).toBe('en');
    expect(onReturns.collections).toEqual([{ id: shipping, title: 'Shipping', articleCount: 1 }]);
    expect(onReturns.popular.map((p) => p.id)).toEqual([returns.id, delivery.id]);
    expect((await home('https://shop.test/')).body.popular.map((p: { id: string }) => p.id)).toEqual([delivery.id, returns.id]);
    const bn = (await home('https://shop.test/', 'bn')).body as HelpHome;
    expect(bn).toMatchObject({ language: 'bn', collections: [{ id: shipping, title: 'ডেলিভারি', articleCount: 1 }] });
  });

  it("lists a topic's published articles in the shopper's language, and refuses an unknown or empty one", async () => {
    const { merchant, shopper, delivery, bnDelivery, shipping } = await helpCenter();
    const more = (await merchant.call('POST', ROUTES.helpArticles, article({ status: 'published', title: 'Do you ship abroad?', body: 'Yes, to India and Nepal.', collectionId: shipping }))).body as Article;
    const topic = (id: string, lang = 'en') => get(shopper.auth, `${ROUTES.helpTopic(id)}?lang=${lang}`);
    const en = (await topic(shipping)).body as HelpTopic;
    expect(en).toMatchObject({ id: shipping, title: 'Shipping', language: 'en' });
    expect(en.articles.map((a) => a.id).sort()).toEqual([delivery.id, more.id].sort());
    expect((await topic(shipping, 'bn')).body).toMatchObject({ title: 'ডেলিভারি', language: 'bn', articles: [{ id: bnDelivery.id }] });
    const empty = (await merchant.call('POST', ROUTES.helpCollections, { titles: { en: 'Gift cards' } })).body.id;
    expect((await topic(empty)).status).toBe(404);
    expect((await topic('no-such-topic')).status).toBe(404);
    expect((await call(t.baseUrl, 'GET', ROUTES.helpTopic(shipping))).status).toBe(401);
  });

  it('records votes and suggestions, and refuses unknown articles', async () => {
    const { shopper, delivery } = await helpCenter();
    const vote = (id: string, body: unknown) => call(t.baseUrl, 'POST', ROUTES.helpVote(id), { auth: shopper.auth, body });
    expect((await vote(delivery.id, { helped: true, source: 'reader' })).status).toBe(204);
    expect((await vote(delivery.id, { helped: 'yes', source: 'reader' })).status).toBe(400);
    expect((await vote('nope', { helped: true, source: 'reader' })).status).toBe(404);
    const event = (body: unknown) => call(t.baseUrl, 'POST', ROUTES.helpEvents, { auth: shopper.auth, body });
    expect((await event({ kind: 'suggestions-shown', articleIds: [delivery.id], query: 'delivery?' })).status).toBe(204);
    expect((await event({ kind: 'suggestions-shown', articleIds: ['a', 'b', 'c', 'd'], query: 'x' })).status).toBe(400);
    expect((await event({ kind: 'other' })).status).toBe(400);
    expect((await call(t.baseUrl, 'GET', ROUTES.helpHome)).status).toBe(401);
  });

  it('carries the trail with a message left outside hours too, and counts the hand-over', async () => {
    const { merchant, shopper, delivery } = await helpCenter();
    const from = Date.now() - 1000;
    await get(shopper.auth, ROUTES.helpArticle(delivery.id));
    const conversationId = randomId('c');
    const left = await call(t.baseUrl, 'POST', ROUTES.offlineMessage, {
      auth: shopper.auth,
      body: { conversationId, id: randomId('m'), text: 'Can it come by Friday?', email: 'rina@example.com', help: { articles: [{ id: delivery.id, helped: false }], orderNumber: null, reason: 'talk-to-person' } },
    });
    expect(left.status).toBe(201);
    const trail = { articles: [{ id: delivery.id, title: 'How long does delivery take?', helped: false }], orderNumber: null, reason: 'talk-to-person' };
    expect((await merchant.call('GET', ROUTES.conversation(conversationId))).body.messages[0].help).toEqual(trail);
    const health = (await merchant.call('GET', `${ROUTES.helpHealth}?from=${from}&to=${Date.now() + 1000}`)).body as HelpHealthResponse;
    expect(health.outcomes.handed).toBe(1);
    expect(health.articles.find((a) => a.id === delivery.id)).toMatchObject({ escalations: 1 });
  });

  it('carries the trail to the team with the message, titles from the server, and the team reads the health', async () => {
    const { merchant, shopper, delivery, returns } = await helpCenter();
    const from = Date.now() - 1000;
    await get(shopper.auth, ROUTES.helpArticle(delivery.id));
    await call(t.baseUrl, 'POST', ROUTES.helpVote(delivery.id), { auth: shopper.auth, body: { helped: false, source: 'reader' } });
    await get(shopper.auth, `${ROUTES.helpSearch}?q=${encodeURIComponent('gift wrapping')}`);
    const conversationId = randomId('c');
    const sent = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, {
      auth: shopper.auth,
      body: {
        conversationId,
        id: randomId('m'),
        text: 'My parcel is late',
        help: { articles: [{ id: delivery.id, helped: false }, { id: 'gone', helped: null }, { id: returns.id, helped: null }], orderNumber: '10042', reason: 'not-helped' },
      },
    });
    expect(sent.status).toBe(201);
    const trail = { articles: [{ id: delivery.id, title: 'How long does delivery take?', helped: false }, { id: returns.id, title: 'Returns and refunds', helped: null }], orderNumber: null, reason: 'not-helped' };
    expect(sent.body.message.help).toEqual(trail);
    const thread = await merchant.call('GET', ROUTES.conversation(conversationId));
    expect(thread.body.messages[0].help).toEqual(trail);
    // A trail that is not one is refused.
    const bad = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth: shopper.auth, body: { conversationId, id: randomId('m'), text: 'x', help: { articles: [], reason: 'bored' } } });
    expect(bad.status).toBe(400);

    const health = (await merchant.call('GET', `${ROUTES.helpHealth}?from=${from}&to=${Date.now() + 1000}`)).body as HelpHealthResponse;
    expect(health.articles.find((a) => a.id === delivery.id)).toMatchObject({ views: 1, helped: 0, notHelped: 1, escalations: 1 });
    expect(health.articles.find((a) => a.id === returns.id)).toMatchObject({ views: 0, escalations: 1 });
    expect(health.gaps).toEqual([{ query: 'gift wrapping', language: 'en', searches: 1, noResults: 1 }]);
    expect(health.outcomes).toEqual({ confirmed: 0, assumed: 0, handed: 1, abandoned: 0 });
    expect((await merchant.call('GET', `${ROUTES.helpHealth}?from=10&to=5`)).status).toBe(400);
  });
});

it("erasing a shopper erases what they searched and read", async () => {
  const { siteId, merchant, shopper } = await newSite();
  await call(t.baseUrl, 'GET', `${ROUTES.helpSearch}?q=${encodeURIComponent('gift wrap')}`, { auth: shopper.auth });
  const events = () => t.db.collection(`sites/${siteId}/helpEvents`).where('visitorId', '==', shopper.visitorId).get();
  expect((await events()).size).toBe(1);
  expect((await merchant.call('DELETE', ROUTES.eraseVisitor(shopper.visitorId))).status).toBe(200);
  expect((await events()).size).toBe(0);
});

describe('order lookups', () => {
  const lookup = (auth: string, body: unknown) => call(t.baseUrl, 'POST', ROUTES.orderLookup, { auth, body });

  it('answers found for the right pair, the same not-found for a wrong email or number, and attaches a found order to the hand-over', async () => {
    const { siteId, shopper } = await newSite();
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    expect((await lookup(shopper.auth, { orderNumber: '10042', email: 'Rina@Example.com' })).body).toEqual({ result: 'found', order: ORDER });
    const wrongEmail = await lookup(shopper.auth, { orderNumber: '10042', email: 'someone@example.com' });
    const wrongNumber = await lookup(shopper.auth, { orderNumber: '99999', email: 'rina@example.com' });
    expect(wrongEmail).toEqual({ status: 200, body: { result: 'not-found' } });
    expect(wrongNumber).toEqual(wrongEmail);
    expect((await lookup(shopper.auth, { orderNumber: '10 42', email: 'rina@example.com' })).status).toBe(400);
    expect((await lookup(shopper.auth, { orderNumber: '10042', email: 'not an email' })).status).toBe(400);

    const conversationId = randomId('c');
    const sent = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth: shopper.auth, body: { conversationId, id: randomId('m'), text: 'Where is it?', help: { articles: [], orderNumber: '10042', reason: 'order' } } });
    expect(sent.body.message.help).toEqual({ articles: [], orderNumber: '10042', reason: 'order' });
    // Another shopper naming the same number did not find it: no order on their message.
    const other = await newShopper(t.baseUrl, siteId);
    const theirs = await call(t.baseUrl, 'POST', ROUTES.visitorMessages, { auth: other.auth, body: { conversationId: randomId('c'), id: randomId('m'), text: 'Mine?', help: { articles: [], orderNumber: '10042', reason: 'order' } } });
    expect(theirs.body.message.help.orderNumber).toBeNull();
    const said = [...log.mock.calls, ...warn.mock.calls].flat().map(String).join('\n');
    expect(said).not.toMatch(/rina@example\.com|someone@example\.com/i);
    log.mockRestore();
    warn.mockRestore();
  });

  it(`allows ${HELP_LIMITS.orderLookupsPerVisitorHour} lookups a visitor an hour, right or wrong, then says when to try again`, async () => {
    const { shopper } = await newSite();
    for (let i = 0; i < HELP_LIMITS.orderLookupsPerVisitorHour; i += 1) {
      expect((await lookup(shopper.auth, { orderNumber: `${i}`, email: 'rina@example.com' })).body.result).toBe('not-found');
    }
    orders.asked.length = 0;
    const refused = await lookup(shopper.auth, { orderNumber: '10042', email: 'rina@example.com' });
    expect(refused.body.result).toBe('too-many');
    expect(refused.body.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.body.retryAfterSeconds).toBeLessThanOrEqual(3600);
    expect(orders.asked).toEqual([]);
  });

  it('says unavailable when the shop cannot be asked', async () => {
    const { shopper } = await newSite();
    orders.down = true;
    try {
      expect((await lookup(shopper.auth, { orderNumber: '10042', email: 'rina@example.com' })).body).toEqual({ result: 'unavailable' });
    } finally {
      orders.down = false;
    }
  });
});
