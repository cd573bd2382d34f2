/**
 * Issue 16, item 6, on the real app: the health route reads Firestore, and every answer
 * (errors included) carries the request id the logs carry, readable by the widget and the
 * inbox across origins.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROUTES } from '@kotha/common/contract';
import { startTestApi, type TestApi } from '../support/api-harness';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(() => t.close());

it('answers the health route with 200 and Firestore reached', async () => {
  const res = await fetch(`${t.baseUrl}${ROUTES.health}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(await res.json()).toMatchObject({ ok: true, firestore: 'ok' });
});

it('sends the request id back on every answer, and lets other origins read it', async () => {
  const given = await fetch(`${t.baseUrl}${ROUTES.session}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'widget-7f3a9c21', origin: 'https://shop.example' }, body: '{"siteId":"a/b"}' });
  expect(given.status).toBe(400);
  expect(given.headers.get('x-request-id')).toBe('widget-7f3a9c21');
  expect(given.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  const made = await fetch(`${t.baseUrl}/v1/nowhere`);
  expect(made.status).toBe(404);
  expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});
