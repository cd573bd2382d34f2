/**
 * Issue 16, item 3: the abuse bounds of common/contract/limits.ts (ABUSE_LIMITS), each
 * crossed, each shown to leave honest use alone. The findings, reproduced: one visitor
 * held 300 streams; three fresh visitors sent 117 transcript emails to one address in
 * under a minute; a body that never completed held its request open.
 */
import { connect } from 'node:net';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABUSE_LIMITS, LIMITS, ROUTES } from '@kotha/common/contract';
import { MailRejected, type Mail, type Mailer } from '../../functions/src/email/mailer';
import { SuppressionStore } from '../../functions/src/store/suppression-store';
import { call, merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { openStream, type TestStream } from '../support/sse-client';

const mails: Mail[] = [];
/** Accepts every email but those to a `bounce.test` address, which the server refuses for good. */
const mailer: Mailer = {
  send: async (mail) => {
    if (mail.to.endsWith('@bounce.test')) throw new MailRejected('550 5.1.1 No such user');
    mails.push(mail);
  },
};

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi({ mailer });
});
afterAll(() => t.close());

const unique = (name: string) => `${name}-${randomId('a')}@example.com`;

/** A provisioned site with a shopper who has a conversation (what a transcript needs). */
async function shopperWithChat(api: TestApi, siteId?: string) {
  const site = siteId ?? newSiteId();
  if (!siteId) await provisionSite(api, site);
  const shopper = await newShopper(api.baseUrl, site);
  const conversationId = randomId('c');
  await shopper.send(conversationId, 'Please send me this chat');
  const transcript = (email: string) => call(api.baseUrl, 'POST', ROUTES.visitorTranscript(conversationId), { auth: shopper.auth, body: { email } });
  return { siteId: site, shopper, transcript };
}

describe('streams', () => {
  const streamOf = (api: TestApi, token: string) => openStream(`${api.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(token)}`);

  it(`per visitor: ${ABUSE_LIMITS.streamsPerVisitor} tabs, not one more; another shopper is unaffected; a closed tab frees its place`, async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const greedy = await newShopper(t.baseUrl, siteId);
    const open: TestStream<unknown>[] = [];
    for (let i = 0; i < ABUSE_LIMITS.streamsPerVisitor; i++) open.push(await streamOf(t, greedy.visitorToken));
    expect(open.map((s) => s.status)).toEqual(Array(ABUSE_LIMITS.streamsPerVisitor).fill(200));
    const refused = await fetch(`${t.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(greedy.visitorToken)}`);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe('too_many_streams');
    const other = await newShopper(t.baseUrl, siteId);
    const honest = await streamOf(t, other.visitorToken);
    expect(honest.status).toBe(200);
    open.pop()!.close();
    await expect.poll(async () => {
      const again = await streamOf(t, greedy.visitorToken);
      again.close();
      return again.status;
    }).toBe(200);
    [...open, honest].forEach((s) => s.close());
  });

  it('per address: shoppers and agents from one address share a budget; another address is unaffected', async () => {
    const small = await startTestApi({ config: { trustProxyHops: 1, rateLimits: { streamsPerIp: 4 } } });
    try {
      const siteId = newSiteId();
      await provisionSite(small, siteId);
      const [a, b] = [await newShopper(small.baseUrl, siteId), await newShopper(small.baseUrl, siteId)];
      const merchant = merchantOf(small.baseUrl, siteId);
      const office = { 'x-forwarded-for': '203.0.113.9' };
      const visitorStream = (token: string, headers = office) => openStream(`${small.baseUrl}${ROUTES.visitorStream}?token=${encodeURIComponent(token)}`, headers);
      const open = [await visitorStream(a.visitorToken), await visitorStream(a.visitorToken), await visitorStream(b.visitorToken), await openStream(`${small.baseUrl}${ROUTES.inboxStream}?instance=${encodeURIComponent(merchant.instance)}`, office)];
      expect(open.map((s) => s.status)).toEqual([200, 200, 200, 200]);
      expect((await visitorStream(b.visitorToken)).status).toBe(429);
      const elsewhere = await visitorStream(b.visitorToken, { 'x-forwarded-for': '198.51.100.22' });
      expect(elsewhere.status).toBe(200);
      [...open, elsewhere].forEach((s) => s.close());
    } finally {
      await small.close();
    }
  });
});

describe('bursts, per minute in memory, told apart by address behind a trusted proxy', () => {
  /** A JSON POST from `address`, as Google's front end reports it. */
  const from = (api: TestApi, address: string, path: string, body: unknown, auth?: string) =>
    fetch(`${api.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(auth ? { authorization: auth } : {}) }, body: JSON.stringify(body) });

  it('sessions per address: resumes count too; another address is unaffected', async () => {
    const small = await startTestApi({ config: { trustProxyHops: 1, rateLimits: { sessionsPerIp: 3 } } });
    try {
      const siteId = newSiteId();
      await provisionSite(small, siteId);
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await from(small, '203.0.113.7', ROUTES.session, { siteId })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect((await from(small, '198.51.100.20', ROUTES.session, { siteId })).status).toBe(200);
    } finally {
      await small.close();
    }
  });

  it('messages per visitor: a flooding shopper waits; another shopper at the same address does not', async () => {
    const small = await startTestApi({ config: { rateLimits: { messagesPerVisitor: 3 } } });
    try {
      const siteId = newSiteId();
      await provisionSite(small, siteId);
      const [flooder, neighbour] = [await newShopper(small.baseUrl, siteId), await newShopper(small.baseUrl, siteId)];
      const conversationId = randomId('c');
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await flooder.send(conversationId, `flood ${i}`)).status);
      expect(statuses).toEqual([201, 201, 201, 429]);
      expect((await neighbour.send(randomId('c'), 'Do you ship abroad?')).status).toBe(201);
    } finally {
      await small.close();
    }
  });

  it('new visitors per address and site: another address is unaffected', async () => {
    const small = await startTestApi({ config: { trustProxyHops: 1, rateLimits: { newVisitorsPerIpPerSiteHour: 2 } } });
    try {
      const siteId = newSiteId();
      await provisionSite(small, siteId);
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await from(small, '203.0.113.8', ROUTES.session, { siteId })).status);
      expect(statuses).toEqual([200, 200, 429]);
      expect((await from(small, '198.51.100.21', ROUTES.session, { siteId })).status).toBe(200);
    } finally {
      await small.close();
    }
  });
});

describe('emails', () => {
  it(`per recipient: three fresh visitors get ${ABUSE_LIMITS.emailsPerRecipientPerDay} transcripts to one address a day, not 117; other addresses still get theirs`, async () => {
    const victim = unique('victim');
    const visitors = [await shopperWithChat(t), await shopperWithChat(t), await shopperWithChat(t)];
    const before = mails.length;
    const answers: Array<{ status: number; body: any }> = [];
    // 39 each: under the per-visitor message bound, as the report's script was.
    for (let i = 0; i < 39; i++) for (const v of visitors) answers.push(await v.transcript(victim));
    expect(answers.filter((a) => a.status === 202)).toHaveLength(ABUSE_LIMITS.emailsPerRecipientPerDay);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(117 - ABUSE_LIMITS.emailsPerRecipientPerDay);
    expect(mails.slice(before).filter((m) => m.to === victim)).toHaveLength(ABUSE_LIMITS.emailsPerRecipientPerDay);
    expect(answers.at(-1)!.body.error).toEqual({ code: 'email_limit', message: 'This address has had enough email from chats today. Try again tomorrow.' });
    // An honest shopper asking for their own transcript is not affected.
    expect((await (await shopperWithChat(t)).transcript(unique('honest'))).status).toBe(202);
  }, 120_000);

  it('per recipient, across instances: a second API instance counts the same emails', async () => {
    const other = await startTestApi({ db: t.db, mailer });
    try {
      const victim = unique('victim');
      const here = await shopperWithChat(t);
      const there = await shopperWithChat(other, here.siteId);
      for (let i = 0; i < ABUSE_LIMITS.emailsPerRecipientPerDay; i++) expect((await (i % 2 ? here : there).transcript(victim)).status).toBe(202);
      expect((await there.transcript(victim)).status).toBe(429);
      expect((await here.transcript(victim)).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('per site per hour: a site’s emails stop at its bound; another site’s go on', async () => {
    const small = await startTestApi({ mailer, config: { rateLimits: { emailsPerSitePerHour: 3 } } });
    try {
      const busy = await shopperWithChat(small);
      for (let i = 0; i < 3; i++) expect((await busy.transcript(unique(`s${i}`))).status).toBe(202);
      const refused = await busy.transcript(unique('s4'));
      expect(refused.status).toBe(429);
      expect(refused.body.error.message).toMatch(/this shop has sent a lot of email this hour/i);
      expect((await (await shopperWithChat(small)).transcript(unique('elsewhere'))).status).toBe(202);
    } finally {
      await small.close();
    }
  });

  it('never to an address on the suppression list: a permanent bounce puts it there, a complaint too', async () => {
    const { siteId, transcript } = await shopperWithChat(t);
    const bouncing = `${randomId('b')}@bounce.test`;
    expect((await transcript(bouncing)).status).toBe(202);
    const refused = await transcript(bouncing);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('email_suppressed');
    // The failed email is on record, not retried; the refused one was never written.
    const outbox = await t.db.collection(`sites/${siteId}/outbox`).where('to', '==', bouncing).get();
    expect(outbox.docs.map((d) => [d.get('status'), d.get('lastError')])).toEqual([['failed', '550 5.1.1 No such user']]);

    const complained = unique('complained');
    await new SuppressionStore(t.db).add(complained, 'complaint', 'marked as spam', Date.now());
    const before = mails.length;
    expect((await transcript(complained.toUpperCase())).status).toBe(409);
    expect(mails.length).toBe(before);
  });
});

describe('sessions', () => {
  it(`per address and site: ${ABUSE_LIMITS.newVisitorsPerIpPerSiteHour} new visitors an hour, across instances; a returning shopper and another site are unaffected`, async () => {
    const other = await startTestApi({ db: t.db });
    try {
      const siteId = newSiteId();
      await provisionSite(t, siteId);
      const start = (api: TestApi, body: Record<string, unknown>) => call(api.baseUrl, 'POST', ROUTES.session, { body: { siteId, ...body } });
      const first = await start(t, {});
      const statuses = [first.status];
      for (let i = 1; i < ABUSE_LIMITS.newVisitorsPerIpPerSiteHour; i++) statuses.push((await start(i % 2 ? other : t, {})).status);
      expect(statuses.every((s) => s === 200)).toBe(true);
      const refused = await start(other, {});
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('rate_limited');
      expect((await start(t, {})).status).toBe(429);
      // The shopper who came first comes back with their token: no new visitor, no count.
      const back = await start(t, { visitorToken: first.body.visitorToken });
      expect([back.status, back.body.visitorId]).toEqual([200, first.body.visitorId]);
      const elsewhere = newSiteId();
      await provisionSite(t, elsewhere);
      expect((await call(t.baseUrl, 'POST', ROUTES.session, { body: { siteId: elsewhere } })).status).toBe(200);
    } finally {
      await other.close();
    }
  }, 120_000);
});

describe('request bodies', () => {
  /** Sends the headers and the first bytes of a body, then nothing; resolves with what the server answers. */
  function trickle(baseUrl: string, path: string, announced: number, sent: string): Promise<{ status: number; ms: number; closed: boolean }> {
    const { port } = new URL(baseUrl);
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${announced}\r\n\r\n${sent}`);
      });
      let response = '';
      socket.setEncoding('utf8').on('data', (chunk: string) => (response += chunk));
      socket.on('close', () => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(response)?.[1] ?? 0), ms: Date.now() - started, closed: true }));
      socket.on('error', reject);
      setTimeout(() => resolve({ status: Number(/^HTTP\/1\.1 (\d+)/.exec(response)?.[1] ?? 0), ms: Date.now() - started, closed: false }), 5_000);
    });
  }

  it('a body that never completes is cut off with 408 and its connection closed; the server stays healthy; a slow honest body gets through', async () => {
    const quick = await startTestApi({ config: { rateLimits: { bodyReadMs: 300 } } });
    try {
      const cut = await trickle(quick.baseUrl, ROUTES.session, 200, '{"siteId":');
      expect(cut).toMatchObject({ status: 408, closed: true });
      expect(cut.ms).toBeLessThan(3_000);
      expect((await call(quick.baseUrl, 'GET', ROUTES.health)).status).toBe(200);
      // Two parts 100 ms apart: slow, within the deadline.
      const siteId = newSiteId();
      await provisionSite(quick, siteId);
      const body = JSON.stringify({ siteId });
      const { port } = new URL(quick.baseUrl);
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(Number(port), '127.0.0.1', () => {
          socket.write(`POST ${ROUTES.session} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 5)}`);
          setTimeout(() => socket.write(body.slice(5)), 100);
        });
        let response = '';
        socket.setEncoding('utf8').on('data', (chunk: string) => (response += chunk)).on('close', () => resolve(response));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 200/);
    } finally {
      await quick.close();
    }
  });

  it(`a body over ${LIMITS.jsonBodyBytes} bytes is a 413, sent in chunks without a length, or read first by the platform as Cloud Functions does`, async () => {
    const siteId = newSiteId();
    await provisionSite(t, siteId);
    const shopper = await newShopper(t.baseUrl, siteId);
    const big = JSON.stringify({ conversationId: randomId('c'), id: randomId('m'), text: 'x'.repeat(LIMITS.jsonBodyBytes) });
    const chunked = await fetch(`${t.baseUrl}${ROUTES.visitorMessages}`, {
      method: 'POST',
      headers: { authorization: shopper.auth, 'content-type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);

    // The Functions framework parses the body itself (up to 10 MB or more) and keeps `rawBody`.
    const framework = express();
    framework.use(express.json({ limit: '10mb', verify: (req, _res, buf) => void ((req as unknown as { rawBody: Buffer }).rawBody = buf) }));
    framework.use(t.api.app);
    const server = framework.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const res = await call(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'POST', ROUTES.visitorMessages, { auth: shopper.auth, rawBody: big });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('too_large');
    } finally {
      server.close();
    }
    expect((await t.db.collection(`sites/${siteId}/conversations`).count().get()).data().count).toBe(0);
  });
});
