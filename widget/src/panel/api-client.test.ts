import { describe, expect, it } from 'vitest';
import { ApiError } from '@kotha/common/api-error';
import { createApiClient, historyRequest, sendRequest, streamUrl } from './api-client';

describe('request builders', () => {
  it('addresses a conversation safely and carries the bearer token', () => {
    expect(historyRequest('tok', 'a/b')).toEqual({
      path: '/v1/widget/conversations/a%2Fb/messages',
      method: 'GET',
      token: 'tok',
    });
    expect(sendRequest('tok', { conversationId: 'c', id: 'm', text: 'hi' }).path).toBe('/v1/widget/messages');
  });

  it('puts the token and resume point in the stream URL', () => {
    expect(streamUrl('https://api.test', 'a+b=', 42)).toBe('https://api.test/v1/widget/stream?token=a%2Bb%3D&since=42');
    expect(streamUrl('https://api.test', 't', null)).toBe('https://api.test/v1/widget/stream?token=t');
  });
});

describe('createApiClient', () => {
  it('sends JSON with the bearer token and returns the parsed answer', async () => {
    let seen: { url: string; init: RequestInit | undefined } | undefined;
    const client = createApiClient('https://api.test', async (url, init) => {
      seen = { url: String(url), init };
      return Response.json({ message: { id: 'm' }, duplicate: false });
    });
    const answer = await client.send('tok', { conversationId: 'c', id: 'm', text: 'hi' });
    expect(answer.duplicate).toBe(false);
    expect(seen?.url).toBe('https://api.test/v1/widget/messages');
    expect(seen?.init?.headers).toEqual({ 'Content-Type': 'application/json', Authorization: 'Bearer tok' });
    expect(JSON.parse(String(seen?.init?.body))).toEqual({ conversationId: 'c', id: 'm', text: 'hi' });
  });

  it('turns an error body into an ApiError with status and code', async () => {
    const client = createApiClient('https://api.test', async () =>
      Response.json({ error: { code: 'conversation_closed', message: 'closed' } }, { status: 409 }),
    );
    await expect(client.send('t', { conversationId: 'c', id: 'm', text: 'x' })).rejects.toMatchObject({
      status: 409,
      code: 'conversation_closed',
    });
  });

  it('reports a network failure as status 0', async () => {
    const client = createApiClient('https://api.test', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await client.startSession({ siteId: 's' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(0);
  });
});
