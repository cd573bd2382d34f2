import express from 'express';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { REQUEST_ID_HEADER, requestIds, structuredLogger } from './log';

/** An app that logs one warning while serving, after an await (the id must survive it). */
async function serve(project?: string) {
  const lines: string[] = [];
  const logger = structuredLogger({ error: (l: string) => lines.push(l), warn: (l: string) => lines.push(l), log: (l: string) => lines.push(l) } as never);
  const app = express();
  app.use(requestIds(project));
  app.get('/x', async (_req, res) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    logger.warn('something to look at', { siteId: 's1' });
    res.json({ ok: true });
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
  return { lines, url, close: () => server.close() };
}

describe('request ids and structured logs', () => {
  it('take a sane X-Request-Id, send it back, and put it on every line logged for the request', async () => {
    const { lines, url, close } = await serve();
    try {
      const res = await fetch(url, { headers: { [REQUEST_ID_HEADER]: 'support-ticket-4711' } });
      expect(res.headers.get(REQUEST_ID_HEADER)).toBe('support-ticket-4711');
      expect(JSON.parse(lines[0]!)).toEqual({ severity: 'WARNING', message: 'something to look at', requestId: 'support-ticket-4711', siteId: 's1' });
    } finally {
      close();
    }
  });

  it('make one when the given one is missing or not a sane token, and follow Google’s trace', async () => {
    const { lines, url, close } = await serve('kotha-prod');
    try {
      const made = await fetch(url, { headers: { [REQUEST_ID_HEADER]: 'not a token!' } });
      expect(made.headers.get(REQUEST_ID_HEADER)).toMatch(/^[0-9a-f-]{36}$/);
      const traced = await fetch(url, { headers: { 'X-Cloud-Trace-Context': '0123456789abcdef0123456789abcdef/42;o=1' } });
      expect(traced.headers.get(REQUEST_ID_HEADER)).toBe('0123456789abcdef0123456789abcdef');
      expect(JSON.parse(lines[1]!)).toMatchObject({ requestId: '0123456789abcdef0123456789abcdef', 'logging.googleapis.com/trace': 'projects/kotha-prod/traces/0123456789abcdef0123456789abcdef' });
      expect(lines.map((l) => JSON.parse(l).requestId)).toEqual([made.headers.get(REQUEST_ID_HEADER), traced.headers.get(REQUEST_ID_HEADER)]);
    } finally {
      close();
    }
  });

  it('carry no request id outside a request', () => {
    const lines: string[] = [];
    structuredLogger({ error: (l: string) => lines.push(l), warn: (l: string) => lines.push(l), log: (l: string) => lines.push(l) } as never).info('job ran', { sites: 3 });
    expect(JSON.parse(lines[0]!)).toEqual({ severity: 'INFO', message: 'job ran', sites: 3 });
  });
});
