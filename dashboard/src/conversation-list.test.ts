import { describe, expect, it } from 'vitest';
import type { Conversation, InboxEvent, Message } from '../../functions/src/contract/api.ts';
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
} from './conversation-list.ts';

function conversation(id: string, updatedAt: number, patch: Partial<Conversation> = {}): Conversation {
  return {
    id,
    visitorId: `v-${id}`,
    visitorName: null,
    visitorEmail: null,
    status: 'open',
    createdAt: 1,
    updatedAt,
    lastMessageText: 'hi',
    lastMessageAuthor: 'visitor',
    unreadByAgent: 0,
    unreadByVisitor: 0,
    messageCount: 1,
    ...patch,
  };
}

const ids = (list: Conversation[]) => list.map((c) => c.id);

describe('conversation list', () => {
  it('shows a first page newest first', () => {
    const state = applyInboxPage(emptyConversationList(), 'open', {
      conversations: [conversation('a', 10), conversation('b', 30), conversation('c', 20)],
      nextBefore: null,
    });
    expect(ids(visibleConversations(state, 'open'))).toEqual(['b', 'c', 'a']);
    expect(state.pages.open).toEqual({ loaded: true, nextBefore: null });
  });

  it('breaks activity ties by id', () => {
    const state = applyInboxPage(emptyConversationList(), 'open', {
      conversations: [conversation('b', 10), conversation('a', 10)],
      nextBefore: null,
    });
    expect(ids(visibleConversations(state, 'open'))).toEqual(['a', 'b']);
  });

  it('pages with before and holds back rows older than the window', () => {
    let state = applyInboxPage(emptyConversationList(), 'open', {
      conversations: [conversation('new', 50), conversation('mid', 40)],
      nextBefore: 40,
    });
    // An older conversation learnt some other way waits for its page.
    state = upsertConversation(state, conversation('old', 5));
    expect(ids(visibleConversations(state, 'open'))).toEqual(['new', 'mid']);
    state = applyInboxPage(state, 'open', { conversations: [conversation('old', 5)], nextBefore: null });
    expect(ids(visibleConversations(state, 'open'))).toEqual(['new', 'mid', 'old']);
  });

  it('filters by status and keeps a cursor per status', () => {
    let state = applyInboxPage(emptyConversationList(), 'open', { conversations: [conversation('a', 1)], nextBefore: null });
    state = applyInboxPage(state, 'closed', {
      conversations: [conversation('z', 2, { status: 'closed' })],
      nextBefore: 2,
    });
    expect(ids(visibleConversations(state, 'open'))).toEqual(['a']);
    expect(ids(visibleConversations(state, 'closed'))).toEqual(['z']);
    expect(state.pages.closed.nextBefore).toBe(2);
    expect(state.pages.open.nextBefore).toBeNull();
  });

  it('puts a conversation with new activity at the top and ignores stale updates', () => {
    let state = applyInboxPage(emptyConversationList(), 'open', {
      conversations: [conversation('a', 10), conversation('b', 20)],
      nextBefore: null,
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
    expect(ids(visibleConversations(state, 'open'))).toEqual(['a', 'b']);
    expect(state.byId.a?.lastMessageText).toBe('yo');
    // A replayed older summary does not roll the row back.
    const before = state;
    state = applyInboxEvent(state, { ...event, id: 'e0', at: 10, conversation: conversation('a', 10) });
    expect(state).toBe(before);
  });

  it('adds new conversations from the stream and moves them between statuses', () => {
    let state = applyInboxPage(emptyConversationList(), 'open', { conversations: [conversation('a', 10)], nextBefore: null });
    state = applyInboxEvent(state, {
      id: 'e2',
      at: 40,
      type: 'conversation.updated',
      conversationId: 'a',
      conversation: conversation('a', 40, { status: 'closed' }),
    });
    expect(ids(visibleConversations(state, 'open'))).toEqual([]);
    expect(ids(visibleConversations(state, 'closed'))).toEqual(['a']);
  });

  it('counts unread and clears it locally', () => {
    let state = applyInboxPage(emptyConversationList(), 'open', {
      conversations: [conversation('a', 10, { unreadByAgent: 2 }), conversation('b', 20, { unreadByAgent: 1 })],
      nextBefore: null,
    });
    expect(unreadTotal(state)).toBe(3);
    state = markReadLocally(state, 'a');
    expect(unreadTotal(state)).toBe(1);
    expect(markReadLocally(state, 'a')).toBe(state);
    expect(markReadLocally(state, 'nope')).toBe(state);
  });

  it('knows the latest activity for resuming the stream', () => {
    expect(latestActivity(emptyConversationList())).toBeUndefined();
    const state = applyInboxPage(emptyConversationList(), 'open', {
      conversations: [conversation('a', 10), conversation('b', 20)],
      nextBefore: null,
    });
    expect(latestActivity(state)).toBe(20);
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
