import { describe, expect, it } from 'vitest';
import type { Conversation } from '@kotha/common/contract/api.ts';
import { applyInboxPage, emptyConversationList, type ListView } from './conversation-list.ts';
import { countText, viewCount } from './view-counts.ts';

const view = (v: ListView['view'], label: string | null = null): ListView => ({ view: v, label, q: null });

function conversation(id: string, patch: Partial<Conversation> = {}): Conversation {
  return {
    id, visitorId: `v-${id}`, visitorName: null, visitorEmail: null, status: 'open', createdAt: 1, updatedAt: 10,
    lastMessageText: 'hi', lastMessageAuthor: 'visitor', unreadByAgent: 0, unreadByVisitor: 0, messageCount: 1, labels: [],
    assigneeUid: null, waitingSince: null, agentReadAt: null, snoozedUntil: null, rating: null, ratingComment: null, ...patch,
  };
}

const open = [conversation('a', { assigneeUid: 'me' }), conversation('b', { waitingSince: 5, labels: ['vip'] }), conversation('c')];

describe('viewCount', () => {
  it('is exact once the view is loaded to its end', () => {
    const list = applyInboxPage(emptyConversationList(), view('open'), { conversations: open, nextCursor: null });
    expect(viewCount(list, view('open'), 'me')).toEqual({ count: 3, more: false });
  });

  it('counts the views inside Open from Open, exactly once Open is complete', () => {
    const list = applyInboxPage(emptyConversationList(), view('open'), { conversations: open, nextCursor: null });
    expect(viewCount(list, view('unassigned'), 'me')).toEqual({ count: 2, more: false });
    expect(viewCount(list, view('mine'), 'me')).toEqual({ count: 1, more: false });
    expect(viewCount(list, view('waiting'), 'me')).toEqual({ count: 1, more: false });
    // A label narrows what is already known whole.
    expect(viewCount(list, view('open', 'vip'), 'me')).toEqual({ count: 1, more: false });
    expect(viewCount(list, view('waiting', 'vip'), 'me')).toEqual({ count: 1, more: false });
  });

  it('is a floor while more pages wait, and unknown when nothing is loaded', () => {
    const list = applyInboxPage(emptyConversationList(), view('open'), { conversations: open, nextCursor: 5 });
    expect(viewCount(list, view('open'), 'me')).toEqual({ count: 3, more: true });
    expect(viewCount(list, view('snoozed'), 'me')).toBeNull();
  });

  it('is zero for a loaded empty view, and never given for Closed or for Mine before the agent is known', () => {
    let list = applyInboxPage(emptyConversationList(), view('snoozed'), { conversations: [], nextCursor: null });
    list = applyInboxPage(list, view('closed'), { conversations: [conversation('d', { status: 'closed' })], nextCursor: null });
    expect(viewCount(list, view('snoozed'), 'me')).toEqual({ count: 0, more: false });
    expect(viewCount(list, view('closed'), 'me')).toBeNull();
    expect(viewCount(list, view('mine'), null)).toBeNull();
  });
});

describe('countText', () => {
  it('writes a floor with a plus', () => {
    expect(countText({ count: 30, more: true })).toBe('30+');
    expect(countText({ count: 4, more: false })).toBe('4');
  });
});
