import { describe, expect, it } from 'vitest';
import { ApiError } from '@kotha/common/api-error.ts';
import { createApiClient, inboxQueryString } from './api-client.ts';

interface Call {
  url: string;
  init: RequestInit;
}

function fakeFetch(respond: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    return respond(call);
  }) as unknown as typeof globalThis.fetch;
  return { calls, fetch };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('api client', () => {
  it('sends the instance on every request', async () => {
    const { calls, fetch } = fakeFetch(() => json({ siteId: 's', agent: { uid: 'u' } }));
    const api = createApiClient({ apiBase: '/api/', instance: 'sig.payload', fetch });
    await expect(api.me()).resolves.toEqual({ siteId: 's', agent: { uid: 'u' } });
    expect(calls[0]?.url).toBe('/api/v1/inbox/me');
    expect((calls[0]?.init.headers as Record<string, string>).Authorization).toBe('Instance sig.payload');
    expect(calls[0]?.init.method).toBe('GET');
  });

  it('builds the inbox query', async () => {
    const { calls, fetch } = fakeFetch(() => json({ conversations: [], nextBefore: null }));
    const api = createApiClient({ apiBase: '/api', instance: 'i', fetch });
    await api.inbox({ view: 'waiting', label: 'l_1', q: 'blue lamp', cursor: 123, limit: 30 });
    expect(calls[0]?.url).toBe('/api/v1/inbox/conversations?view=waiting&label=l_1&q=blue+lamp&cursor=123&limit=30');
    expect(inboxQueryString()).toBe('');
  });

  it('posts replies, status and read', async () => {
    const { calls, fetch } = fakeFetch(({ url }) => (url.endsWith('/read') ? new Response(null, { status: 204 }) : json({})));
    const api = createApiClient({ apiBase: '/api', instance: 'i', fetch });
    await api.reply('c/1', { id: 'abcdefgh', text: 'hi' });
    await api.setStatus('c/1', 'closed');
    await expect(api.markRead('c/1')).resolves.toBeNull();
    expect(calls.map((c) => [c.init.method, c.url, c.init.body])).toEqual([
      ['POST', '/api/v1/inbox/conversations/c%2F1/messages', '{"id":"abcdefgh","text":"hi"}'],
      ['POST', '/api/v1/inbox/conversations/c%2F1/status', '{"status":"closed"}'],
      ['POST', '/api/v1/inbox/conversations/c%2F1/read', undefined],
    ]);
    expect((calls[0]?.init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
    expect((calls[2]?.init.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });

  it('surfaces the API error message', async () => {
    const { fetch } = fakeFetch(() => json({ error: { code: 'unauthorized', message: 'Instance expired' } }, 401));
    const api = createApiClient({ apiBase: '/api', instance: 'i', fetch });
    const error = await api.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthorized', message: 'Instance expired' });
  });

  it('explains a non-API failure and a network failure', async () => {
    const down = createApiClient({ apiBase: '/api', instance: 'i', fetch: fakeFetch(() => new Response('Bad gateway', { status: 502 })).fetch });
    await expect(down.me()).rejects.toMatchObject({ status: 502, code: 'unavailable' });
    const offline = createApiClient({
      apiBase: '/api',
      instance: 'i',
      fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).fetch,
    });
    await expect(offline.me()).rejects.toMatchObject({ status: 0, code: 'network' });
  });

  it('builds the stream URL with a fresh ticket and since, never the credential', async () => {
    let n = 0;
    const { calls, fetch } = fakeFetch(() => json({ ticket: `t+${++n}=`, expiresAt: 60_000 }));
    const api = createApiClient({ apiBase: 'https://fn.example/api', instance: 'a+b=', fetch });
    await expect(api.inboxStreamUrl()).resolves.toBe('https://fn.example/api/v1/inbox/stream?ticket=t%2B1%3D');
    await expect(api.inboxStreamUrl(42)).resolves.toBe('https://fn.example/api/v1/inbox/stream?ticket=t%2B2%3D&since=42');
    // The ticket is asked for with the credential in the header.
    expect(calls.map((c) => [c.init.method, c.url, (c.init.headers as Record<string, string>).Authorization])).toEqual([
      ['POST', 'https://fn.example/api/v1/inbox/stream/ticket', 'Instance a+b='],
      ['POST', 'https://fn.example/api/v1/inbox/stream/ticket', 'Instance a+b='],
    ]);
  });

  it('leaves the credential to the fetch it is given inside Wix (fetchWithAuth adds the access token)', async () => {
    const { calls, fetch } = fakeFetch(() => json({ siteId: 's', agent: { uid: 'u' } }));
    const api = createApiClient({ apiBase: '/api', fetch });
    await api.me();
    expect((calls[0]?.init.headers as Record<string, string>).Authorization).toBeUndefined();
  });
});
