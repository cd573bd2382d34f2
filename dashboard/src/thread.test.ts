import { describe, expect, it } from 'vitest';
import type { Conversation, InboxEvent, Message } from '@kotha/common/contract/api.ts';
import {
  addMessages,
  addNotes,
  addPendingReply,
  applyThreadEvent,
  discardPendingReply,
  failPendingReply,
  openThread,
  retryPendingReply,
  setHasEarlier,
  applyFirstPage,
  threadItems,
} from './thread.ts';

const message = (id: string, createdAt: number, patch: Partial<Message> = {}): Message => ({
  id,
  conversationId: 'c1',
  author: 'visitor',
  authorName: null,
  text: `text ${id}`,
  createdAt,
  ...patch,
});

const summary = { id: 'c1' } as Conversation;
const created = (m: Message): InboxEvent => ({
  id: `e-${m.id}`,
  at: m.createdAt,
  type: 'message.created',
  conversationId: m.conversationId,
  message: m,
  conversation: summary,
});

const ids = (state: ReturnType<typeof openThread>) =>
  threadItems(state).map((item) => (item.kind === 'message' ? item.message.id : item.kind === 'note' ? `note:${item.note.id}` : `pending:${item.reply.id}`));

describe('earlier messages', () => {
  it('keeps the first page as the start, whatever the stream replayed before it came', () => {
    let state = openThread('c1');
    for (const m of [message('m1', 1), message('m2', 2), message('m11', 11)]) state = applyThreadEvent(state, { id: m.id, at: m.createdAt, type: 'message.created', conversationId: 'c1', message: m, conversation: summary });
    state = applyFirstPage(state, { messages: [message('m10', 10), message('m11', 11)], notes: [], hasEarlier: true });
    expect(state.messages.map((m) => m.id)).toEqual(['m10', 'm11']);
    expect(state.hasEarlier).toBe(true);
  });

  it('holds back notes older than the loaded messages until the earlier ones are in', () => {
    const note = { id: 'n1', conversationId: 'c1', authorUid: 'u', text: 'old note', createdAt: 5 };
    let state = setHasEarlier(addNotes(addMessages(openThread('c1'), [message('m10', 10), message('m11', 11)]), [note]), true);
    expect(threadItems(state).map((i) => i.kind)).toEqual(['message', 'message']);
    // A replayed stream event from before the page waits for "load earlier" too.
    const replay: InboxEvent = { id: 'e', at: 3, type: 'message.created', conversationId: 'c1', message: message('m3', 3), conversation: summary };
    expect(applyThreadEvent(state, replay)).toBe(state);
    state = setHasEarlier(addMessages(state, [message('m1', 1)]), false);
    expect(threadItems(state).map((i) => (i.kind === 'message' ? i.message.id : i.kind === 'note' ? i.note.id : ''))).toEqual(['m1', 'n1', 'm10', 'm11']);
  });
});

describe('thread', () => {
  it('keeps messages once each, in time order', () => {
    let state = addMessages(openThread('c1'), [message('b', 20), message('a', 10)]);
    state = addMessages(state, [message('a', 10), message('c', 30)]);
    expect(ids(state)).toEqual(['a', 'b', 'c']);
  });

  it('returns the same state when nothing changes', () => {
    const state = addMessages(openThread('c1'), [message('a', 10)]);
    expect(addMessages(state, [message('a', 10)])).toBe(state);
    expect(addMessages(state, [message('x', 10, { conversationId: 'other' })])).toBe(state);
  });

  it('appends stream messages for this conversation only, deduplicated', () => {
    let state = addMessages(openThread('c1'), [message('a', 10)]);
    state = applyThreadEvent(state, created(message('b', 20)));
    state = applyThreadEvent(state, created(message('b', 20)));
    state = applyThreadEvent(state, created(message('z', 25, { conversationId: 'c2' })));
    expect(ids(state)).toEqual(['a', 'b']);
  });

  it('ignores conversation.updated events', () => {
    const state = openThread('c1');
    expect(
      applyThreadEvent(state, { id: 'e', at: 1, type: 'conversation.updated', conversationId: 'c1', conversation: summary }),
    ).toBe(state);
  });

  it('shows a reply optimistically and swaps it for the stored one', () => {
    let state = addMessages(openThread('c1'), [message('a', 10)]);
    state = addPendingReply(state, { id: 'r1', text: 'hello', createdAt: 99 });
    expect(ids(state)).toEqual(['a', 'pending:r1']);
    expect(state.pending[0]?.status).toBe('sending');
    // The stream may deliver the stored reply before the POST answers.
    state = applyThreadEvent(state, created(message('r1', 15, { author: 'agent', text: 'hello' })));
    expect(ids(state)).toEqual(['a', 'r1']);
    // The POST response afterwards changes nothing.
    expect(addMessages(state, [message('r1', 15, { author: 'agent' })])).toBe(state);
  });

  it('fails, retries with the same id and can discard', () => {
    let state = addPendingReply(openThread('c1'), { id: 'r1', text: 'hello', createdAt: 1 });
    state = failPendingReply(state, 'r1', 'Network down');
    expect(state.pending[0]).toMatchObject({ id: 'r1', status: 'failed', error: 'Network down' });
    state = retryPendingReply(state, 'r1');
    expect(state.pending[0]).toMatchObject({ id: 'r1', status: 'sending', error: null });
    state = discardPendingReply(state, 'r1');
    expect(state.pending).toEqual([]);
  });

  it('does not add a pending copy of a stored message', () => {
    const state = addMessages(openThread('c1'), [message('r1', 10, { author: 'agent' })]);
    expect(addPendingReply(state, { id: 'r1', text: 'x', createdAt: 1 })).toBe(state);
  });
});

describe('private notes in the thread', () => {
  it('shows notes among the messages by time, once each, from the stream or a response', () => {
    let state = addMessages(openThread('c1'), [message('a', 10), message('b', 30)]);
    const note = { id: 'n1', conversationId: 'c1', authorUid: 'agent-1', text: 'VIP: reply first', createdAt: 20 };
    state = addNotes(state, [note]);
    state = applyThreadEvent(state, { id: 'e', at: 20, type: 'note.created', conversationId: 'c1', note });
    expect(ids(state)).toEqual(['a', 'note:n1', 'b']);
    expect(addNotes(state, [{ ...note, id: 'n2', conversationId: 'other' }])).toBe(state);
  });
});
