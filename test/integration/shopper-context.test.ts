/**
 * The shopper context beside a conversation: page views reported as beacons (text/plain),
 * the visit, device and language, earlier conversations; bad reports change nothing;
 * erasing the shopper erases their visit too.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t.close());

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';

function beacon(body: unknown, userAgent = IPHONE) {
  return fetch(`${t.baseUrl}${ROUTES.pageView}`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': userAgent },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

it('shows the team the pages of the visit, where it came from, the device, language and local zone, and earlier chats', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const shopper = await newShopper(t.baseUrl, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  const earlier = randomId('c');
  await shopper.send(earlier, 'An earlier question');
  await merchant.setStatus(earlier, 'closed');
  const now = randomId('c');
  await shopper.send(now, 'Is the quilt washable?');

  const token = shopper.visitorToken;
  expect((await beacon({ token, url: 'https://shop.test/', title: 'Nakshi Crafts', referrer: 'https://www.google.com/search?q=kantha', timeZone: 'Asia/Dhaka', language: 'bn' })).status).toBe(204);
  expect((await beacon({ token, url: 'https://shop.test/quilts/river', title: 'River quilt', referrer: 'https://shop.test/', timeZone: 'Asia/Dhaka', language: 'bn' })).status).toBe(204);

  const context = (await merchant.call('GET', ROUTES.shopperContext(now))).body;
  expect(context.pages.map((p: { url: string; title: string }) => [p.url, p.title])).toEqual([
    ['https://shop.test/', 'Nakshi Crafts'],
    ['https://shop.test/quilts/river', 'River quilt'],
  ]);
  expect(context).toMatchObject({
    referrer: 'https://www.google.com/search?q=kantha',
    language: 'bn',
    timeZone: 'Asia/Dhaka',
    device: { browser: 'Safari 17', os: 'iOS 17.0', type: 'mobile' },
    firstSeenAt: expect.any(Number),
  });
  expect(context.pastConversations.map((c: { id: string }) => c.id)).toEqual([earlier]);

  // Refused, and nothing changes: not JSON, a bad address, a bad token, unknown fields.
  expect((await beacon('not json')).status).toBe(400);
  expect((await beacon({ token, url: 'javascript:alert(1)' })).status).toBe(400);
  expect((await beacon({ token: 'forged', url: 'https://shop.test/x' })).status).toBe(401);
  expect((await beacon({ token, url: 'https://shop.test/x', extra: 1 })).status).toBe(400);
  expect((await merchant.call('GET', ROUTES.shopperContext(now))).body.pages).toHaveLength(2);

  // Another site's merchant cannot read it.
  const other = newSiteId();
  await provisionSite(t, other);
  expect((await merchantOf(t.baseUrl, other).call('GET', ROUTES.shopperContext(now))).status).toBe(404);

  // Erasing the shopper erases their visit.
  await merchant.call('DELETE', `/v1/inbox/privacy/visitors/${shopper.visitorId}`);
  const doc = await t.db.collection('sites').doc(siteId).collection('visitors').doc(shopper.visitorId).get();
  expect(doc.exists).toBe(false);
});

it('names the country of a shopper whose page views reported their time zone, and no country for one whose did not', async () => {
  const siteId = newSiteId();
  await provisionSite(t, siteId);
  const merchant = merchantOf(t.baseUrl, siteId);
  const dhaka = await newShopper(t.baseUrl, siteId);
  // Chrome reports the old name of some zones: "Asia/Dacca" is Bangladesh too.
  expect((await beacon({ token: dhaka.visitorToken, url: 'https://shop.test/', timeZone: 'Asia/Dacca' })).status).toBe(204);
  const fromDhaka = randomId('c');
  await dhaka.send(fromDhaka, 'Do you ship to Sylhet?');
  const unknown = await newShopper(t.baseUrl, siteId);
  const fromNowhere = randomId('c');
  await unknown.send(fromNowhere, 'Hello?');
  const utc = await newShopper(t.baseUrl, siteId);
  expect((await beacon({ token: utc.visitorToken, url: 'https://shop.test/', timeZone: 'Etc/UTC' })).status).toBe(204);
  const fromUtc = randomId('c');
  await utc.send(fromUtc, 'Hi');

  const { conversations } = (await merchant.inbox()).body as { conversations: Array<{ id: string; visitorCountry?: string | null }> };
  const country = (id: string) => conversations.find((c) => c.id === id)?.visitorCountry ?? null;
  expect(country(fromDhaka)).toBe('BD');
  expect(country(fromNowhere)).toBeNull();
  expect(country(fromUtc)).toBeNull();
});
