import { describe, expect, it } from 'vitest';
import type { Conversation, InboxEvent, Message } from '@kotha/common/contract/api.ts';
import { conversationFixture } from './conversation-fixture.ts';
import {
  removeVisitor,
  applyInboxEvent,
  applyInboxPage,
  emptyConversationList,
  latestActivity,
  markReadLocally,
  unreadTotal,
  upsertConversation,
  visibleConversations,
  type ListView,
} from './conversation-list.ts';

const OPEN: ListView = { view: 'open', label: null, q: null };
const CLOSED: ListView = { view: 'closed', label: null, q: null };
const view = (v: ListView['view'], label: string | null = null): ListView => ({ view: v, label, q: null });

const conversation = conversationFixture;

const ids = (list: Conversation[]) => list.map((c) => c.id);

describe('conversation list', () => {
  it('shows a first page newest first', () => {
    const state = applyInboxPage(emptyConversationList(), OPEN, {
      conversations: [conversation('a', 10), conversation('b', 30), conversation('c', 20)],
      nextCursor: null,
    });
    expect(ids(visibleConversations(state, OPEN, null))).toEqual(['b', 'c', 'a']);
    expect(state.pages['open:']).toEqual({ loaded: true, nextCursor: null });
  });

  it('breaks activity ties by id', () => {
    const state = applyInboxPage(emptyConversationList(), OPEN, {
      conversations: [conversation('b', 10), conversation('a', 10)],
      nextCursor: null,
    });
    expect(ids(visibleConversations(state, OPEN, null))).toEqual(['a', 'b']);
  });

  it('pages with before and holds back rows older than the window', () => {
    let state = applyInboxPage(emptyConversationList(), OPEN, {
      conversations: [conversation('new', 50), conversation('mid', 40)],
      nextCursor: 40,
    });
    // An older conversation learnt some other way waits for its page.
    state = upsertConversation(state, conversation('old', 5));
    expect(ids(visibleConversations(state, OPEN, null))).toEqual(['new', 'mid']);
    state = applyInboxPage(state, OPEN, { conversations: [conversation('old', 5)], nextCursor: null });
    expect(ids(visibleConversations(state, OPEN, null))).toEqual(['new', 'mid', 'old']);
  });

  it('filters by status and keeps a cursor per status', () => {
    let state = applyInboxPage(emptyConversationList(), OPEN, { conversations: [conversation('a', 1)], nextCursor: null });
    state = applyInboxPage(state, CLOSED, {
      conversations: [conversation('z', 2, { status: 'closed' })],
      nextCursor: 2,
    });
    expect(ids(visibleConversations(state, OPEN, null))).toEqual(['a']);
    expect(ids(visibleConversations(state, CLOSED, null))).toEqual(['z']);
    expect(state.pages['closed:']?.nextCursor).toBe(2);
    expect(state.pages['open:']?.nextCursor).toBeNull();
  });

  it('puts a conversation with new activity at the top and ignores stale updates', () => {
    let state = applyInboxPage(emptyConversationList(), OPEN, {
      conversations: [conversation('a', 10), conversation('b', 20)],
      nextCursor: null,
    });
    const message: Message = { id: 'm1', conversationId: 'a', author: 'visitor', authorName: null, text: 'yo', createdAt: 30 };
    const event: InboxEvent = {
      id: 'e1',
      at: 30,
      type: 'message.created',
      conversationId: 'a',
      message,
      conversation: conversation('a', 30, { lastMessageText: 'yo', unreadByAgent: 1 }),
    };
    state = applyInboxEvent(state, event);
    expect(ids(visibleConversations(state, OPEN, null))).toEqual(['a', 'b']);
    expect(state.byId.a?.lastMessageText).toBe('yo');
    // A replayed older summary does not roll the row back.
    const before = state;
    state = applyInboxEvent(state, { ...event, id: 'e0', at: 10, conversation: conversation('a', 10) });
    expect(state).toBe(before);
  });

  it('adds new conversations from the stream and moves them between statuses', () => {
    let state = applyInboxPage(emptyConversationList(), OPEN, { conversations: [conversation('a', 10)], nextCursor: null });
    state = applyInboxEvent(state, {
      id: 'e2',
      at: 40,
      type: 'conversation.updated',
      conversationId: 'a',
      conversation: conversation('a', 40, { status: 'closed' }),
    });
    expect(ids(visibleConversations(state, OPEN, null))).toEqual([]);
    expect(ids(visibleConversations(state, CLOSED, null))).toEqual(['a']);
  });

  it('counts unread and clears it locally', () => {
    let state = applyInboxPage(emptyConversationList(), OPEN, {
      conversations: [conversation('a', 10, { unreadByAgent: 2 }), conversation('b', 20, { unreadByAgent: 1 })],
      nextCursor: null,
    });
    expect(unreadTotal(state)).toBe(3);
    state = markReadLocally(state, 'a');
    expect(unreadTotal(state)).toBe(1);
    expect(markReadLocally(state, 'a')).toBe(state);
    expect(markReadLocally(state, 'nope')).toBe(state);
  });

  it('knows the latest activity for resuming the stream', () => {
    expect(latestActivity(emptyConversationList())).toBeUndefined();
    const state = applyInboxPage(emptyConversationList(), OPEN, {
      conversations: [conversation('a', 10), conversation('b', 20)],
      nextCursor: null,
    });
    expect(latestActivity(state)).toBe(20);
  });
});

describe('views', () => {
  const a = conversation('a', 10, { assigneeUid: 'me', labels: ['vip'], waitingSince: 5 });
  const b = conversation('b', 20, { assigneeUid: 'other', waitingSince: 2 });
  const c = conversation('c', 30);
  const d = conversation('d', 40, { status: 'closed', labels: ['vip'] });
  let state = emptyConversationList();
  for (const x of [a, b, c, d]) state = upsertConversation(state, x);
  for (const v of ['open', 'unassigned', 'mine', 'waiting', 'closed'] as const) state = applyInboxPage(state, view(v), { conversations: [], nextCursor: null });
  state = applyInboxPage(state, view('open', 'vip'), { conversations: [], nextCursor: null });
  state = applyInboxPage(state, view('closed', 'vip'), { conversations: [], nextCursor: null });

  it('holds each conversation where the server would', () => {
    expect(ids(visibleConversations(state, view('open'), 'me'))).toEqual(['c', 'b', 'a']);
    expect(ids(visibleConversations(state, view('unassigned'), 'me'))).toEqual(['c']);
    expect(ids(visibleConversations(state, view('mine'), 'me'))).toEqual(['a']);
    expect(ids(visibleConversations(state, view('mine'), null))).toEqual([]);
    expect(ids(visibleConversations(state, view('waiting'), 'me'))).toEqual(['b', 'a']);
    expect(ids(visibleConversations(state, view('closed'), 'me'))).toEqual(['d']);
    expect(ids(visibleConversations(state, view('open', 'vip'), 'me'))).toEqual(['a']);
    expect(ids(visibleConversations(state, view('closed', 'vip'), 'me'))).toEqual(['d']);
  });

  it('moves a conversation between views live', () => {
    const answered = upsertConversation(state, { ...b, updatedAt: 50, waitingSince: null, assigneeUid: 'me' });
    expect(ids(visibleConversations(answered, view('waiting'), 'me'))).toEqual(['a']);
    expect(ids(visibleConversations(answered, view('mine'), 'me'))).toEqual(['b', 'a']);
  });

  it('pages waiting longest oldest first and holds back later waits', () => {
    const s1 = applyInboxPage(state, view('waiting'), { conversations: [b], nextCursor: 2 });
    expect(ids(visibleConversations(s1, view('waiting'), 'me'))).toEqual(['b']);
  });

  it('shows search results in the server order, adding none from the stream', () => {
    const search: ListView = { view: 'open', label: null, q: 'lamp' };
    let s1 = applyInboxPage(state, search, { conversations: [d, a], nextCursor: 10 });
    s1 = applyInboxPage(s1, search, { conversations: [b], nextCursor: null }, false);
    expect(ids(visibleConversations(s1, search, 'me'))).toEqual(['d', 'a', 'b']);
    s1 = applyInboxPage(s1, search, { conversations: [c], nextCursor: null });
    expect(ids(visibleConversations(s1, search, 'me'))).toEqual(['c']);
  });
});

describe('removeVisitor', () => {
  it('forgets every conversation of an erased shopper and keeps the others', () => {
    const mine = { ...conversation('c1', 10), visitorId: 'v1' };
    const theirs = { ...conversation('c2', 20), visitorId: 'v2' };
    const state = upsertConversation(upsertConversation(emptyConversationList(), mine), theirs);
    expect(Object.keys(removeVisitor(state, 'v1').byId)).toEqual(['c2']);
  });
});
