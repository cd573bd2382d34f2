import { describe, expect, it } from 'vitest';
import type { Message, VisitorConversation, VisitorEvent } from '@kotha/common/contract/api';
import type { PanelState } from './store';
import { initialState, reduce, waitingConversation } from './store';

const settings = { teamName: 'Nakshi Crafts', greeting: 'Hi!', accentColor: '#0a7d55', launcherSide: 'auto' as const, launcherOffset: 0, sound: true, requireEmail: false, launcherText: '', locale: '' as const };

function conv(id: string, status: 'open' | 'closed', updatedAt = 100): VisitorConversation {
  return { id, status, createdAt: 1, updatedAt, lastMessageText: null, unreadByVisitor: 0, agentReadAt: null, rating: null };
}

function msg(id: string, createdAt: number, author: Message['author'] = 'agent', conversationId = 'c1'): Message {
  return { id, conversationId, author, authorName: author === 'agent' ? 'Rina' : null, text: id, createdAt };
}

function created(message: Message, status: 'open' | 'closed' = 'open', at = message.createdAt): VisitorEvent {
  return {
    id: `e-${message.id}`,
    at,
    type: 'message.created',
    conversationId: message.conversationId,
    message,
    conversation: conv(message.conversationId, status, at),
  };
}

function updated(conversationId: string, status: 'open' | 'closed', at: number): VisitorEvent {
  return { id: `u-${at}`, at, type: 'conversation.updated', conversationId, conversation: conv(conversationId, status, at) };
}

const ready = (patch: Partial<PanelState> = {}): PanelState => ({
  ...initialState,
  connection: 'ready',
  settings,
  conversation: { id: 'c1', status: 'open' },
  ...patch,
});

describe('reduce: session and history', () => {
  it('resumes the newest open conversation and starts the cursor at its activity', () => {
    const state = reduce(initialState, {
      type: 'session',
      settings,
      conversations: [conv('c3', 'closed', 300), conv('c2', 'open', 200), conv('c1', 'open', 100)],
    });
    expect(state.connection).toBe('ready');
    expect(state.conversation).toMatchObject({ id: 'c2', status: 'open' });
    expect(state.cursor).toBe(300);
  });

  it('keeps the ended conversations, to look back at, without the one being written in', () => {
    const state = reduce(initialState, { type: 'session', settings, conversations: [conv('c3', 'open', 300), conv('c2', 'closed', 200), conv('c1', 'closed', 100)] });
    expect(state.past.map((c) => c.id)).toEqual(['c2', 'c1']);
  });

  it('takes the session’s colours, and keeps them when a later session has none', () => {
    const theme = { accent: '#ffd400', onAccent: '#111114' };
    const state = reduce(initialState, { type: 'session', settings, theme, conversations: [] });
    expect(state.theme).toEqual(theme);
    expect(reduce(state, { type: 'session', settings, conversations: [] }).theme).toEqual(theme);
  });

  it('has no conversation when all are closed', () => {
    const state = reduce(initialState, { type: 'session', settings, conversations: [conv('c1', 'closed')] });
    expect(state.conversation).toBeNull();
  });

  it('loads history in order and moves the cursor to the newest message', () => {
    const state = reduce(ready(), { type: 'history', messages: [msg('b', 20), msg('a', 10)] });
    expect(state.messages.map((m) => m.id)).toEqual(['a', 'b']);
    expect(state.cursor).toBe(20);
  });
});

describe('reduce: sending', () => {
  const local = { ...msg('m1', 5, 'visitor'), status: 'sending' as const };

  it('shows a composed message at once and adopts its new conversation', () => {
    const state = reduce(ready({ conversation: null }), { type: 'compose', message: local });
    expect(state.conversation).toMatchObject({ id: 'c1', status: 'open' });
    expect(state.messages.map((m) => m.status)).toEqual(['sending']);
  });

  it('marks the message sent with the server time, without moving the cursor', () => {
    let state = reduce(ready({ cursor: 3 }), { type: 'compose', message: local });
    state = reduce(state, { type: 'delivered', message: msg('m1', 50, 'visitor') });
    expect(state.messages.map((m) => [m.status, m.createdAt])).toEqual([['sent', 50]]);
    expect(state.cursor).toBe(3);
  });

  it('fails, retries with the same id, and moves into a new conversation when the old one closed', () => {
    let state = reduce(ready(), { type: 'compose', message: local });
    state = reduce(state, { type: 'failed', id: 'm1' });
    expect(state.messages[0]?.status).toBe('failed');
    state = reduce(state, { type: 'retry', id: 'm1' });
    state = reduce(state, { type: 'rehome', id: 'm1', conversationId: 'c2' });
    expect(state.messages.map((m) => [m.id, m.status, m.conversationId])).toEqual([['m1', 'sending', 'c2']]);
    expect(state.conversation).toMatchObject({ id: 'c2', status: 'open' });
  });
});

describe('reduce: stream events', () => {
  it('adds an agent reply once, however often it is delivered', () => {
    const event = created(msg('r1', 30));
    const once = reduce(ready({ open: true }), { type: 'event', event });
    const twice = reduce(once, { type: 'event', event });
    expect(twice.messages.map((m) => m.id)).toEqual(['r1']);
    expect(twice.cursor).toBe(30);
  });

  it('counts unread replies only while closed, and clears them on open', () => {
    let state = reduce(ready(), { type: 'event', event: created(msg('r1', 30)) });
    state = reduce(state, { type: 'event', event: created(msg('r1', 30)) });
    state = reduce(state, { type: 'event', event: created(msg('v1', 31, 'visitor')) });
    expect(state.unread).toBe(1);
    expect(reduce(state, { type: 'open' }).unread).toBe(0);
  });

  it('shows the conversation as closed, then lets a new message start another', () => {
    let state = reduce(ready(), { type: 'event', event: updated('c1', 'closed', 40) });
    expect(state.conversation).toMatchObject({ id: 'c1', status: 'closed' });
    expect(state.cursor).toBe(40);
    state = reduce(state, {
      type: 'compose',
      message: { ...msg('m2', 41, 'visitor', 'c2'), status: 'sending' },
    });
    expect(state.conversation).toMatchObject({ id: 'c2', status: 'open' });
  });

  it('ignores messages of other conversations while ours is open, but still advances the cursor', () => {
    const state = reduce(ready(), { type: 'event', event: created(msg('x', 60, 'agent', 'other')) });
    expect(state.messages).toEqual([]);
    expect(state.conversation?.id).toBe('c1');
    expect(state.cursor).toBe(60);
  });

  it('follows a conversation another tab opened when ours is closed', () => {
    const state = reduce(ready({ conversation: { id: 'c1', status: 'closed' } }), {
      type: 'event',
      event: created(msg('x', 60, 'visitor', 'c9')),
    });
    expect(state.conversation).toMatchObject({ id: 'c9', status: 'open' });
    expect(state.messages.map((m) => m.id)).toEqual(['x']);
  });
});

describe('waitingConversation', () => {
  const sent = (id: string, author: 'visitor' | 'agent' | 'system', conversationId = 'c1') => ({ id, conversationId, author, authorName: null, text: id, createdAt: 1, status: 'sent' as const });
  const base = { ...initialState, conversation: { id: 'c1', status: 'open' as const } };

  it('is the open conversation whose last human message is the shopper’s, automatic notes aside', () => {
    expect(waitingConversation({ ...base, messages: [sent('m1', 'visitor'), sent('n1', 'system')] })).toBe('c1');
    expect(waitingConversation({ ...base, messages: [sent('m1', 'visitor'), sent('r1', 'agent')] })).toBeNull();
    expect(waitingConversation({ ...base, messages: [{ ...sent('m1', 'visitor'), status: 'sending' }] })).toBeNull();
    expect(waitingConversation({ ...base, conversation: { id: 'c1', status: 'closed' }, messages: [sent('m1', 'visitor')] })).toBeNull();
    expect(waitingConversation({ ...initialState, messages: [] })).toBeNull();
  });
});
