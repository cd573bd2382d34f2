import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message, StartSessionResponse, VisitorEvent } from '@kotha/common/contract/api';
import type { SendVisitorMessageRequest, StartSessionRequest } from '@kotha/common/contract/schemas';
import type { OfflineMessageRequest } from '@kotha/common/contract/hours-schemas';
import type { IdentifyRequest } from '@kotha/common/contract/identity-schemas';
import type { ApiClient } from './api-client';
import { ApiError } from '@kotha/common/api-error';
import { createChat } from './chat';
import { createStore } from './store';
import { createVisitorStorage } from './storage';
import { createOutboxStorage } from './outbox';

const settings = { teamName: 'Nakshi Crafts', greeting: 'Hi!', accentColor: '#0a7d55', launcherSide: 'auto' as const, launcherOffset: 0, sound: true, requireEmail: false, launcherText: '', locale: '' as const };
const theme = { accent: '#0a7d55', onAccent: '#ffffff' };
const config = { siteId: 'site', api: 'https://api.test', locale: 'en', side: null, offset: 0, accent: null, onAccent: null, label: '' };

function stored(body: SendVisitorMessageRequest, createdAt: number): Message {
  return { id: body.id, conversationId: body.conversationId, author: 'visitor', authorName: null, text: body.text, createdAt };
}

/** A scripted API: each test overrides what it needs. */
function fakeApi(overrides: Partial<ApiClient> = {}) {
  const sessions: StartSessionRequest[] = [];
  const sends: SendVisitorMessageRequest[] = [];
  const offline: OfflineMessageRequest[] = [];
  const reads: string[] = [];
  const identities: IdentifyRequest[] = [];
  const typings: string[] = [];
  const api: ApiClient = {
    async startSession(body) {
      sessions.push(body);
      return { visitorToken: 'tok-1', visitorId: 'v1', settings, theme, conversations: [], branding: false, visitor: { name: null, hasEmail: false } } satisfies StartSessionResponse;
    },
    async history() {
      return { messages: [] };
    },
    async send(_token, body) {
      sends.push(body);
      return { message: stored(body, 1000 + sends.length), duplicate: false };
    },
    async availability() {
      return { open: true, reason: 'always-open', changesAt: null, nextOpening: null, timeZone: null, outsideHours: 'take-message', awayMessage: null, typicalReplyMinutes: null, replyTimeText: null };
    },
    async sendOffline(_token, body) {
      offline.push(body);
      return { message: stored(body, 2000 + offline.length), duplicate: false };
    },
    async markRead(_token, conversationId) {
      reads.push(conversationId);
      return {};
    },
    async queue() {
      return { position: 2, estimatedWaitMinutes: 6 };
    },
    async typing(_token, conversationId) {
      typings.push(conversationId);
    },
    async rate() {
      return {};
    },
    async transcript() {
      return { sent: true };
    },
    async identify(_token, body) {
      identities.push(body);
      return { name: body.name ?? null, email: body.email ?? null, verified: false };
    },
    request() {
      return Promise.reject(new Error('the chat sends no generic requests'));
    },
    ...overrides,
  };
  return { api, sessions, sends, offline, reads, identities, typings };
}

function setup(api: ApiClient) {
  const store = createStore();
  const storage = createVisitorStorage('site', () => null);
  const streams: { url: () => string; onEvent: (event: VisitorEvent) => void }[] = [];
  const emitted: string[] = [];
  let counter = 0;
  const chat = createChat({
    config,
    store,
    api,
    storage,
    openStream: (options) => {
      streams.push(options);
      return { close() {} };
    },
    newId: () => `id-${String(++counter).padStart(4, '0')}`,
    emit: (_event, detail) => emitted.push((detail as { text: string }).text),
    now: () => 5,
    page: () => 'https://shop.test/sarees?id=7',
  });
  return { chat, store, storage, streams, emitted };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createChat', () => {
  it('resumes the stored visitor, loads the open conversation and streams from its newest message', async () => {
    const history: Message = { id: 'h1', conversationId: 'c1', author: 'agent', authorName: 'Rina', text: 'Hello', createdAt: 900 };
    const { api, sessions } = fakeApi({
      async startSession(body) {
        sessions.push(body);
        const open = { id: 'c1', status: 'open' as const, createdAt: 1, updatedAt: 800, lastMessageText: null, unreadByVisitor: 0, agentReadAt: null, rating: null };
        return { visitorToken: 'tok-2', visitorId: 'v1', settings, theme, conversations: [open], branding: false, visitor: { name: null, hasEmail: false } };
      },
      history: async (token, id) => ({ messages: token === 'tok-2' && id === 'c1' ? [history] : [] }),
    });
    const { chat, store, storage, streams } = setup(api);
    storage.write({ visitorToken: 'tok-old', visitorId: 'v1' });
    await chat.start();
    expect(sessions).toEqual([{ siteId: 'site', visitorToken: 'tok-old' }]);
    expect(storage.read()).toEqual({ visitorToken: 'tok-2', visitorId: 'v1' });
    expect(store.get().messages.map((m) => m.text)).toEqual(['Hello']);
    expect(streams[0]?.url()).toBe('https://api.test/v1/widget/stream?token=tok-2&since=900');
  });

  it('starts over as a new visitor when the stored token is rejected', async () => {
    const { api, sessions } = fakeApi();
    const start = api.startSession;
    api.startSession = async (body) => {
      if (body.visitorToken) {
        sessions.push(body);
        throw new ApiError(401, 'unauthorized', 'bad token');
      }
      return start(body);
    };
    const { chat, store, storage } = setup(api);
    storage.write({ visitorToken: 'expired', visitorId: 'v0' });
    await chat.start();
    expect(sessions).toEqual([{ siteId: 'site', visitorToken: 'expired' }, { siteId: 'site' }]);
    expect(store.get().connection).toBe('ready');
  });

  it('goes offline when the session cannot start, and recovers on start()', async () => {
    let down = true;
    const { api } = fakeApi();
    const start = api.startSession;
    api.startSession = async (body) => {
      if (down) throw new ApiError(0, 'network', 'offline');
      return start(body);
    };
    const { chat, store } = setup(api);
    await chat.start();
    expect(store.get().connection).toBe('offline');
    down = false;
    await chat.start();
    expect(store.get().connection).toBe('ready');
  });

  it('says so politely, and not "offline", when the team has blocked the shopper', async () => {
    const { api } = fakeApi({
      async startSession() {
        throw new ApiError(403, 'blocked', 'Sorry, this shop is not taking chat messages from you.');
      },
    });
    const { chat, store } = setup(api);
    await chat.start();
    expect(store.get()).toMatchObject({ blocked: true, connection: 'ready' });
  });

  it('stops a blocked shopper\'s message at the first refusal', async () => {
    const { api } = fakeApi({
      async send() {
        throw new ApiError(403, 'blocked', 'blocked');
      },
    });
    const { chat, store } = setup(api);
    await chat.start();
    chat.send('spam');
    await flush();
    expect(store.get().blocked).toBe(true);
    expect(store.get().messages.map((m) => m.status)).toEqual(['failed']);
  });

  it('shows a message as sending, then sent, in a new conversation with client ids', async () => {
    const { api, sends } = fakeApi();
    const { chat, store } = setup(api);
    await chat.start();
    expect(chat.send('  Is the quilt washable?  ')).toBe(true);
    expect(chat.send('   ')).toBe(false);
    expect(store.get().messages.map((m) => m.status)).toEqual(['sending']);
    await flush();
    expect(sends).toEqual([{ conversationId: 'id-0002', id: 'id-0001', text: 'Is the quilt washable?', locale: 'en' }]);
    expect(store.get().messages.map((m) => m.status)).toEqual(['sent']);
  });

  it('sends a message only once the identity the page gave is stored, so its conversation starts named', async () => {
    let identified!: () => void;
    const order: string[] = [];
    const { api } = fakeApi({
      identify: (_token, body) =>
        new Promise((resolve) => {
          identified = () => {
            order.push('identify');
            resolve({ name: body.name ?? null, email: body.email ?? null, verified: false });
          };
        }),
      send: async (_token, body) => {
        order.push('send');
        return { message: stored(body, 1001), duplicate: false };
      },
    });
    const { chat } = setup(api);
    await chat.start();
    void chat.identify({ name: 'Meena Das', email: 'meena@example.com' });
    chat.send('Do you have this in blue?');
    await flush();
    await flush();
    expect(order).toEqual([]);
    identified();
    await flush();
    await flush();
    expect(order).toEqual(['identify', 'send']);
  });

  it('holds an identity given before any session and sends it first when a message starts one', async () => {
    const order: string[] = [];
    const fake = fakeApi({
      identify: async (_token, body) => {
        order.push('identify');
        return { name: body.name ?? null, email: body.email ?? null, verified: false };
      },
      send: async (_token, body) => {
        order.push('send');
        return { message: stored(body, 1001), duplicate: false };
      },
    });
    const { api } = fake;
    const start = api.startSession;
    api.startSession = async (body) => {
      order.push('session');
      return start(body);
    };
    const { chat } = setup(api);
    chat.identifyWhenConnected({ name: 'Meena Das', email: 'meena@example.com' });
    expect(order).toEqual([]);
    chat.send('Do you have this in blue?');
    for (let i = 0; i < 4; i++) await flush();
    expect(order).toEqual(['session', 'identify', 'send']);
  });

  it('sends the self-service trail with the message it goes with, and only with it', async () => {
    const { api, sends } = fakeApi();
    const { chat } = setup(api);
    await chat.start();
    const trail = { articles: [{ id: 'a1', helped: false }], orderNumber: null, reason: 'not-helped' as const };
    chat.handOff(trail);
    chat.send('Still no parcel');
    chat.send('Order 10042');
    await flush();
    await flush();
    expect(sends.map((body) => ('help' in body ? body.help : undefined))).toEqual([trail, undefined]);
  });

  it('marks a refused send as failed and retries it under the same id when asked', async () => {
    let fail = true;
    const { api, sends } = fakeApi();
    const send = api.send;
    api.send = async (token, body) => {
      if (fail) throw new ApiError(400, 'invalid_request', 'refused');
      return send(token, body);
    };
    const { chat, store } = setup(api);
    await chat.start();
    chat.send('Hello');
    await flush();
    const [failed] = store.get().messages;
    expect(failed?.status).toBe('failed');
    fail = false;
    chat.retry(failed!.id);
    await flush();
    expect(sends.map((s) => s.id)).toEqual([failed!.id]);
    expect(store.get().messages.map((m) => m.status)).toEqual(['sent']);
  });

  it('resends into a new conversation when the server says the old one is closed', async () => {
    const { api, sends } = fakeApi();
    const send = api.send;
    api.send = async (token, body) => {
      if (body.conversationId === 'id-0002') throw new ApiError(409, 'conversation_closed', 'closed');
      return send(token, body);
    };
    const { chat, store } = setup(api);
    await chat.start();
    chat.send('Still there?');
    await flush();
    expect(sends).toEqual([{ conversationId: 'id-0003', id: 'id-0001', text: 'Still there?', locale: 'en' }]);
    expect(store.get().conversation).toEqual({ id: 'id-0003', status: 'open' });
  });

  it('sends messages one at a time, in the order written', async () => {
    const order: string[] = [];
    const { api } = fakeApi();
    const send = api.send;
    api.send = async (token, body) => {
      order.push(`start ${body.text}`);
      await flush();
      order.push(`end ${body.text}`);
      return send(token, body);
    };
    const { chat } = setup(api);
    await chat.start();
    chat.send('one');
    chat.send('two');
    // Waits for both sends however slow the machine, then checks they did not overlap.
    await vi.waitFor(() => expect(order).toHaveLength(4));
    expect(order).toEqual(['start one', 'end one', 'start two', 'end two']);
  });

  it('plays the merchant’s reply sound only while the shopper is not looking, and never for their own messages', async () => {
    let chimes = 0;
    const { api } = fakeApi();
    const store = createStore();
    const streams: { onEvent: (event: VisitorEvent) => void }[] = [];
    const chat = createChat({ config, store, api, storage: createVisitorStorage('site', () => null), openStream: (o) => (streams.push(o), { close() {} }), newId: () => 'n', emit: () => undefined, chime: () => void chimes++ });
    await chat.start();
    const reply = (id: string): VisitorEvent => ({ id, at: 1, type: 'message.created', conversationId: 'c1', message: { id, conversationId: 'c1', author: 'agent', authorName: 'Asha', text: 'Hi', createdAt: 1 }, conversation: { id: 'c1', status: 'open', createdAt: 1, updatedAt: 1, lastMessageText: 'Hi', unreadByVisitor: 1, agentReadAt: null, rating: null } });
    streams[0]!.onEvent(reply('r1'));
    expect(chimes).toBe(1);
    store.dispatch({ type: 'open' });
    streams[0]!.onEvent(reply('r2'));
    expect(chimes).toBe(1);
    store.dispatch({ type: 'close' });
    store.dispatch({ type: 'session', settings: { ...settings, sound: false }, conversations: [] });
    streams[0]!.onEvent(reply('r3'));
    expect(chimes).toBe(1);
  });

  it('announces each new team reply to the host page once', async () => {
    const { api } = fakeApi();
    const { chat, streams, emitted } = setup(api);
    await chat.start();
    chat.send('Hi');
    await flush();
    const message: Message = { id: 'r1', conversationId: 'id-0002', author: 'agent', authorName: 'Rina', text: 'Hello!', createdAt: 2000 };
    const event: VisitorEvent = {
      id: 'e1',
      at: 2000,
      type: 'message.created',
      conversationId: 'id-0002',
      message,
      conversation: { id: 'id-0002', status: 'open', createdAt: 1, updatedAt: 2000, lastMessageText: 'Hello!', unreadByVisitor: 1, agentReadAt: null, rating: null },
    };
    streams[0]?.onEvent(event);
    streams[0]?.onEvent(event);
    expect(emitted).toEqual(['Hello!']);
  });
});

describe('outside hours', () => {
  it('sends a first message left with an email as an offline message, with the language and the page', async () => {
    const { api, sends, offline } = fakeApi();
    const { chat, store } = setup(api);
    await chat.start();
    expect(chat.send('Do you ship to Chennai?', 'meena@example.com')).toBe(true);
    await flush();
    expect(sends).toEqual([]);
    expect(offline).toEqual([
      { conversationId: 'id-0002', id: 'id-0001', text: 'Do you ship to Chennai?', email: 'meena@example.com', locale: 'en', pageUrl: 'https://shop.test/sarees?id=7' },
    ]);
    expect(store.get().messages.map((m) => m.status)).toEqual(['sent']);
    // The team can answer by email now, and the transcript's field starts with this address.
    expect(store.get().visitor).toMatchObject({ hasEmail: true, email: 'meena@example.com' });
    // The conversation exists now: the next message is an ordinary one.
    chat.send('It is for a wedding.');
    await flush();
    expect(sends.map((m) => m.conversationId)).toEqual(['id-0002']);
  });

  it('tells the server when the shopper has seen a reply, and not before there is one', async () => {
    const { api, reads } = fakeApi();
    const { chat, store, streams } = setup(api);
    await chat.start();
    chat.send('Hello');
    await flush();
    chat.seen();
    expect(reads).toEqual([]);
    store.dispatch({ type: 'open' });
    const conversationId = store.get().conversation!.id;
    const reply = { id: 'r1', conversationId, author: 'agent' as const, authorName: 'Asha', text: 'Hi!', createdAt: 3000 };
    streams[0]!.onEvent({ id: 'e1', at: 3000, type: 'message.created', conversationId, message: reply, conversation: { id: conversationId, status: 'open', createdAt: 1, updatedAt: 3000, lastMessageText: 'Hi!', unreadByVisitor: 1, agentReadAt: null, rating: null } });
    await flush();
    expect(reads).toEqual([conversationId]);
    chat.seen();
    await flush();
    expect(reads).toEqual([conversationId, conversationId]);
  });
});

describe('the line', () => {
  it('puts where the shopper stands into the store, and a team reply clears it', async () => {
    const { api } = fakeApi();
    const { chat, store, streams } = setup(api);
    await chat.start();
    chat.send('Anyone there?');
    await flush();
    const conversationId = store.get().conversation!.id;
    await chat.checkQueue(conversationId);
    expect(store.get().queue).toEqual({ position: 2, estimatedWaitMinutes: 6 });
    const reply = { id: 'r1', conversationId, author: 'agent' as const, authorName: 'Asha', text: 'Hi!', createdAt: 3000 };
    streams[0]!.onEvent({ id: 'e1', at: 3000, type: 'message.created', conversationId, message: reply, conversation: { id: conversationId, status: 'open', createdAt: 1, updatedAt: 3000, lastMessageText: 'Hi!', unreadByVisitor: 1, agentReadAt: null, rating: null } });
    expect(store.get().queue).toBeNull();
  });
});

describe('identify', () => {
  it('sends who the shopper is once a session exists, and nothing for an empty identity', async () => {
    const { api, identities, sessions } = fakeApi();
    const { chat } = setup(api);
    await chat.identify({});
    expect(sessions).toHaveLength(0);
    await chat.identify({ name: 'Meena', email: 'meena@example.com' });
    expect(sessions).toHaveLength(1);
    expect(identities).toEqual([{ name: 'Meena', email: 'meena@example.com' }]);
  });

  it('keeps the address the server took, for the transcript’s field', async () => {
    const { api } = fakeApi();
    const { chat, store } = setup(api);
    await chat.identify({ email: 'rina@example.com' });
    expect(store.get().visitor).toEqual({ name: null, hasEmail: true, email: 'rina@example.com' });
  });
});

describe('typing', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells the team the shopper is typing, once every few seconds, only in a conversation the server has', async () => {
    let clock = 10_000;
    const { api, typings } = fakeApi();
    const store = createStore();
    const chat = createChat({ config, store, api, storage: createVisitorStorage('site', () => null), openStream: () => ({ close() {} }), newId: (() => { let n = 0; return () => `id-${++n}`; })(), emit: () => undefined, now: () => clock });
    await chat.start();
    chat.typing();
    expect(typings).toEqual([]);
    chat.send('Hello');
    await flush();
    chat.typing();
    clock += 1000;
    chat.typing();
    clock += 3000;
    chat.typing();
    await flush();
    expect(typings).toEqual(['id-2', 'id-2']);
  });

  it("shows the team's typing until their reply comes, or a few quiet seconds pass", async () => {
    vi.useFakeTimers();
    const { api } = fakeApi();
    const { chat, store, streams } = setup(api);
    await chat.start();
    chat.send('Hello');
    await vi.runOnlyPendingTimersAsync();
    const conversationId = store.get().conversation!.id;
    const onEvent = streams.at(-1)!.onEvent;
    onEvent({ id: 't1', at: 5, type: 'typing', conversationId, name: 'Asha' });
    expect(store.get().typing).toEqual({ name: 'Asha' });
    vi.advanceTimersByTime(6_500);
    expect(store.get().typing).toBeNull();
    onEvent({ id: 't2', at: 6, type: 'typing', conversationId, name: 'Asha' });
    onEvent({ id: 'e1', at: 7, type: 'message.created', conversationId, message: { id: 'r1', conversationId, author: 'agent', authorName: 'Asha', text: 'Hi!', createdAt: 7 }, conversation: { id: conversationId, status: 'open', createdAt: 1, updatedAt: 7, lastMessageText: 'Hi!', unreadByVisitor: 1, agentReadAt: 6, rating: null } });
    expect(store.get().typing).toBeNull();
    expect(store.get().conversation?.agentReadAt).toBe(6);
    chat.stop();
  });
});

describe('the outbox', () => {
  function memoryStorage(): Storage {
    const data = new Map<string, string>();
    return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k), clear: () => data.clear(), key: () => null, length: 0 } as Storage;
  }

  it('keeps messages written while the link is down as sending, and sends them in order, once, when it is back', async () => {
    let down = true;
    const { api, sends } = fakeApi();
    const send = api.send;
    api.send = async (token, body) => {
      if (down) throw new ApiError(0, 'network', 'offline');
      return send(token, body);
    };
    let release: () => void = () => undefined;
    const waits: number[] = [];
    const backend = memoryStorage();
    const store = createStore();
    const chat = createChat({
      config, store, api, storage: createVisitorStorage('site', () => null), openStream: () => ({ close() {} }),
      newId: (() => { let n = 0; return () => `id-${++n}`; })(), emit: () => undefined,
      outbox: createOutboxStorage('site', () => backend),
      linkBack: (attempt) => { waits.push(attempt); return new Promise((resolve) => { release = resolve; }); },
    });
    await chat.start();
    chat.send('one');
    chat.send('two');
    await flush();
    expect(store.get().messages.map((m) => [m.text, m.status])).toEqual([['one', 'sending'], ['two', 'sending']]);
    expect(JSON.parse(backend.getItem('kotha:site:outbox') ?? '[]').map((m: { text: string }) => m.text)).toEqual(['one', 'two']);
    release();
    await flush();
    expect(waits).toEqual([0, 1]);
    down = false;
    release();
    await flush();
    await flush();
    expect(sends.map((s) => s.text)).toEqual(['one', 'two']);
    expect(store.get().messages.map((m) => m.status)).toEqual(['sent', 'sent']);
    expect(backend.getItem('kotha:site:outbox')).toBeNull();
  });

  it('sends what an earlier page left unsent, with the same ids', async () => {
    const backend = memoryStorage();
    backend.setItem('kotha:site:outbox', JSON.stringify([{ id: 'm-old', conversationId: 'c-old', text: 'left behind', createdAt: 3 }]));
    const { api, sends } = fakeApi();
    const store = createStore();
    const chat = createChat({ config, store, api, storage: createVisitorStorage('site', () => null), openStream: () => ({ close() {} }), newId: () => 'new', emit: () => undefined, outbox: createOutboxStorage('site', () => backend) });
    await chat.start();
    await flush();
    expect(sends).toEqual([{ conversationId: 'c-old', id: 'm-old', text: 'left behind', locale: 'en' }]);
    expect(store.get().messages.map((m) => m.status)).toEqual(['sent']);
    await chat.start();
    await flush();
    expect(sends).toHaveLength(1);
  });
});
