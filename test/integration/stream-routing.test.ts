/**
 * Issue 16: streams are served by the `stream` function, not by `api` (whose 60 s timeout
 * would end each one). Two servers as production has two functions: `stream` (the app as
 * is) and `api` (the app behind http/stream-routing.ts, as functions/src/index.ts wires it).
 * Clients open streams at the API address; each must end up served by `stream`.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { sendStreamsTo } from '../../functions/src/http/stream-routing';
import { merchantOf, newShopper, newSiteId, provisionSite, randomId, startTestApi, type TestApi } from '../support/api-harness';
import { readKothaEvents } from '../support/sse-client';

let stream: TestApi;
let api: Server;
let apiBase = '';
/** What the `api` server answered event-stream requests with. */
const apiAnswers: Array<{ path: string; status: number; type: string }> = [];

beforeAll(async () => {
  stream = await startTestApi();
  const app = express();
  app.use((req, res, next) => {
    res.on('finish', () => {
      if ((req.headers.accept ?? '').includes('text/event-stream')) apiAnswers.push({ path: req.path, status: res.statusCode, type: String(res.getHeader('content-type') ?? '') });
    });
    next();
  });
  app.use(sendStreamsTo(`${stream.baseUrl}/`));
  app.use(stream.api.app);
  api = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  apiBase = `http://127.0.0.1:${(api.address() as AddressInfo).port}`;
});
afterAll(async () => {
  api.closeAllConnections();
  await new Promise((resolve) => api.close(resolve));
  await stream.close();
});

const STREAM_PATHS = [ROUTES.visitorStream, ROUTES.inboxStream];

it('sends every stream path of the route table on to the stream function, query and all', async () => {
  for (const path of STREAM_PATHS) {
    const res = await fetch(`${apiBase}${path}?token=t%2Fx&since=5`, { headers: { accept: 'text/event-stream' }, redirect: 'manual' });
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toBe(`${stream.baseUrl}${path}?token=t%2Fx&since=5`);
    await res.body?.cancel();
  }
  // Everything else stays on `api`.
  const siteId = newSiteId();
  await provisionSite(stream, siteId);
  expect((await fetch(`${apiBase}${ROUTES.availability(siteId)}`)).status).toBe(200);
});

it('delivers a shopper’s and a teammate’s streams opened at the API address from the stream function, never from api', async () => {
  const siteId = newSiteId();
  await provisionSite(stream, siteId);
  const shopper = await newShopper(apiBase, siteId);
  const merchant = merchantOf(apiBase, siteId);
  await merchant.call('GET', ROUTES.me);
  const conversationId = randomId('c');
  await shopper.send(conversationId, 'Is the brass lamp in stock?');
  const ticket = (await merchant.call('POST', ROUTES.streamTicket)).body as { ticket: string };

  const urls = [`${apiBase}${ROUTES.visitorStream}?token=${encodeURIComponent(shopper.visitorToken)}&since=0`, `${apiBase}${ROUTES.inboxStream}?ticket=${encodeURIComponent(ticket.ticket)}&since=0`];
  for (const url of urls) {
    const controller = new AbortController();
    const res = await fetch(url, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.url.startsWith(stream.baseUrl)).toBe(true);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const seen = new Promise<string>((resolve) => void readKothaEvents(res.body, resolve));
    expect(await seen).toContain('Is the brass lamp in stock?');
    controller.abort();
  }
  expect(apiAnswers.length).toBeGreaterThanOrEqual(2);
  expect(apiAnswers.filter((a) => a.status !== 307 || a.type.includes('text/event-stream'))).toEqual([]);
});
