import { describe, expect, it } from 'vitest';
import type { Conversation, InboxEvent, InboxResponse, Message, Note } from '@kotha/common/contract/api.ts';
import { visibleConversations, type ListView } from './conversation-list.ts';
import { threadItems } from './thread.ts';
import { TYPING_SHOWN_MS } from './typing.ts';
import type { InboxAction, InboxState } from './inbox-state.ts';
import { inboxReducer, initialInboxState } from './inbox-state.ts';
import { conversationFixture } from './conversation-fixture.ts';

const asha = { uid: 'asha', displayName: 'Asha', photoUrl: null, lastSeenAt: 1 };
const view = (v: ListView['view']): ListView => ({ view: v, label: null, q: null });
const OPEN = view('open');

const conv = conversationFixture;

function msg(id: string, createdAt: number, author: Message['author'] = 'visitor', conversationId = 'c1'): Message {
  return { id, conversationId, author, authorName: null, text: id, createdAt };
}

const note = (id: string, createdAt: number): Note => ({ id, conversationId: 'c1', authorUid: 'bilal', text: id, createdAt });

function created(message: Message, patch: Partial<Conversation> = {}): InboxEvent {
  const conversation = conv(message.conversationId, message.createdAt, { lastMessageAuthor: message.author, ...patch });
  return { id: `e-${message.id}`, at: message.createdAt, type: 'message.created', conversationId: message.conversationId, message, conversation };
}

function updated(conversation: Conversation): InboxEvent {
  return { id: `u-${conversation.id}-${conversation.updatedAt}`, at: conversation.updatedAt, type: 'conversation.updated', conversationId: conversation.id, conversation };
}

function typing(conversationId: string, author: 'visitor' | 'agent', name: string | null, agentUid: string | null = null): InboxEvent {
  return { id: `t-${conversationId}-${name}`, at: 1, type: 'typing', conversationId, author, agentUid, name };
}

const page = (conversations: Conversation[], nextCursor: number | null = null): InboxResponse => ({ conversations, nextCursor });

/** Applies actions in order. */
const run = (state: InboxState, ...actions: InboxAction[]): InboxState => actions.reduce(inboxReducer, state);
const event = (e: InboxEvent, now = 1_000, onScreen = false): InboxAction => ({ type: 'event', event: e, onScreen, now });

/** An inbox with its Open view loaded with `conversations`, as agent Asha. */
const loaded = (...conversations: Conversation[]): InboxState =>
  run(initialInboxState(), { type: 'me', agent: asha, teamName: 'Nakshi' }, { type: 'listLoading', request: 1 }, { type: 'firstPage', request: 1, view: OPEN, page: page(conversations) });

/** `loaded`, with c1 open and its first page in. */
const reading = (messages: Message[] = [msg('m1', 10)]): InboxState =>
  run(
    loaded(conv('c1', 10)),
    { type: 'select', conversationId: 'c1' },
    { type: 'threadLoaded', conversationId: 'c1', conversation: conv('c1', 10), page: { messages, notes: [], hasEarlier: false } },
  );

const rows = (state: InboxState, v: ListView) => visibleConversations(state.list, v, state.me?.uid ?? null).map((c) => c.id);
const shown = (state: InboxState) =>
  threadItems(state.thread!).map((item) => (item.kind === 'message' ? item.message.id : item.kind === 'note' ? `note:${item.note.id}` : `${item.reply.status}:${item.reply.id}`));

describe('inboxReducer: the list', () => {
  it('shows a first page and ends the loading', () => {
    const state = loaded(conv('c1', 10), conv('c2', 20));
    expect(state.listLoad).toEqual({ phase: 'ready' });
    expect(rows(state, OPEN)).toEqual(['c2', 'c1']);
  });

  it('lets only the newest request end the loading, though an older answer still fills the list', () => {
    let state = run(initialInboxState(), { type: 'listLoading', request: 1 }, { type: 'listLoading', request: 2 });
    state = inboxReducer(state, { type: 'firstPage', request: 1, view: OPEN, page: page([conv('c1', 10)]) });
    expect(state.listLoad).toEqual({ phase: 'loading' });
    expect(rows(state, OPEN)).toEqual(['c1']);
    expect(inboxReducer(state, { type: 'listFailed', request: 1, message: 'late' })).toBe(state);
    expect(inboxReducer(state, { type: 'listFailed', request: 2, message: 'Offline' }).listLoad).toEqual({ phase: 'error', message: 'Offline' });
  });

  it('loads more into the same view, and shows why it could not', () => {
    let state = run(initialInboxState(), { type: 'listLoading', request: 1 }, { type: 'firstPage', request: 1, view: OPEN, page: page([conv('c3', 30)], 30) });
    state = run(state, { type: 'moreLoading' }, { type: 'morePage', view: OPEN, page: page([conv('c2', 20)], 20) });
    expect([rows(state, OPEN), state.loadingMore]).toEqual([['c3', 'c2'], false]);
    state = run(state, { type: 'moreLoading' }, { type: 'moreFailed', message: 'Offline' });
    expect([state.loadingMore, state.loadMoreError]).toEqual([false, 'Offline']);
    expect(inboxReducer(state, { type: 'listLoading', request: 2 }).loadMoreError).toBeNull();
  });

  it('moves a conversation between views as stream events change it', () => {
    let state = loaded(conv('c1', 10, { waitingSince: 10 }));
    state = run(state, { type: 'firstPage', request: 1, view: view('mine'), page: page([]) }, { type: 'firstPage', request: 1, view: view('waiting'), page: page([conv('c1', 10, { waitingSince: 10 })]) });
    expect([rows(state, view('mine')), rows(state, view('waiting'))]).toEqual([[], ['c1']]);

    state = inboxReducer(state, event(updated(conv('c1', 20, { assigneeUid: 'asha', waitingSince: 10 }))));
    expect([rows(state, view('mine')), rows(state, view('waiting'))]).toEqual([['c1'], ['c1']]);

    state = inboxReducer(state, event(created(msg('r1', 30, 'agent'), { assigneeUid: 'asha', waitingSince: null })));
    expect([rows(state, view('mine')), rows(state, view('waiting'))]).toEqual([['c1'], []]);

    state = inboxReducer(state, event(updated(conv('c1', 40, { assigneeUid: 'asha', status: 'closed' }))));
    expect([rows(state, OPEN), rows(state, view('mine'))]).toEqual([[], []]);
  });

  it('never rolls a conversation back to an older event', () => {
    const state = inboxReducer(loaded(), event(updated(conv('c1', 40, { status: 'closed' }))));
    expect(inboxReducer(state, event(updated(conv('c1', 30)))).list).toBe(state.list);
  });

  it('reads a shopper message at once only when it arrives on screen', () => {
    const arriving = created(msg('m2', 20), { unreadByAgent: 1 });
    expect(inboxReducer(reading(), event(arriving, 1_000, true)).list.byId.c1?.unreadByAgent).toBe(0);
    expect(inboxReducer(reading(), event(arriving, 1_000, false)).list.byId.c1?.unreadByAgent).toBe(1);
  });
});

describe('inboxReducer: the open conversation', () => {
  it('opens a conversation empty and loading, and reads it', () => {
    const state = inboxReducer(loaded(conv('c1', 10, { unreadByAgent: 2 })), { type: 'select', conversationId: 'c1' });
    expect([state.selectedId, state.thread?.messages, state.threadLoad]).toEqual(['c1', [], { phase: 'loading' }]);
    expect(state.list.byId.c1?.unreadByAgent).toBe(0);
    expect(inboxReducer(state, { type: 'select', conversationId: 'c1' })).toBe(state);
  });

  it('fills the thread from its first page, and drops the answer for one no longer open', () => {
    const state = reading([msg('m2', 20), msg('m1', 10)]);
    expect([shown(state), state.threadLoad]).toEqual([['m1', 'm2'], { phase: 'ready' }]);
    const moved = inboxReducer(state, { type: 'select', conversationId: 'c2' });
    const late = { messages: [msg('m3', 30)], notes: [], hasEarlier: false };
    expect(inboxReducer(moved, { type: 'threadLoaded', conversationId: 'c1', conversation: conv('c1', 30), page: late })).toBe(moved);
    expect(inboxReducer(moved, { type: 'threadFailed', conversationId: 'c1', message: 'Offline' })).toBe(moved);
  });

  it('adds a streamed message once, however often it comes, and only to its own thread', () => {
    const arriving = event(created(msg('m2', 20)));
    const state = run(reading(), arriving, arriving, event(created(msg('x1', 25, 'visitor', 'c2'))));
    expect(shown(state)).toEqual(['m1', 'm2']);
    expect(Object.keys(state.list.byId).sort()).toEqual(['c1', 'c2']);
  });

  it('shows a reply at once, then as stored, or failed to retry or discard', () => {
    const reply = { id: 'r1', text: 'Hello', createdAt: 15 };
    let state = inboxReducer(reading(), { type: 'replying', conversationId: 'c1', reply });
    expect(shown(state)).toEqual(['m1', 'sending:r1']);
    expect(shown(inboxReducer(state, { type: 'replied', conversationId: 'c1', message: msg('r1', 15, 'agent') }))).toEqual(['m1', 'r1']);
    state = inboxReducer(state, { type: 'replyFailed', conversationId: 'c1', id: 'r1', error: 'Offline' });
    expect(shown(state)).toEqual(['m1', 'failed:r1']);
    expect(shown(inboxReducer(state, { type: 'retry', id: 'r1' }))).toEqual(['m1', 'sending:r1']);
    expect(shown(inboxReducer(state, { type: 'discard', id: 'r1' }))).toEqual(['m1']);
  });

  it('ignores a reply\'s answer once the agent has moved to another conversation', () => {
    const moved = run(reading(), { type: 'replying', conversationId: 'c1', reply: { id: 'r1', text: 'Hi', createdAt: 15 } }, { type: 'select', conversationId: 'c2' });
    expect(inboxReducer(moved, { type: 'replied', conversationId: 'c1', message: msg('r1', 15, 'agent') })).toBe(moved);
  });

  it('loads earlier messages before the first one', () => {
    let state = run(
      loaded(conv('c1', 30)),
      { type: 'select', conversationId: 'c1' },
      { type: 'threadLoaded', conversationId: 'c1', conversation: conv('c1', 30), page: { messages: [msg('m3', 30)], notes: [], hasEarlier: true } },
    );
    state = inboxReducer(state, { type: 'earlier', conversationId: 'c1', messages: [msg('m1', 10), msg('m2', 20)], hasEarlier: false });
    expect([shown(state), state.thread?.hasEarlier]).toEqual([['m1', 'm2', 'm3'], false]);
  });

  it('shows a private note once, whether from the answer or the stream', () => {
    const added = note('n1', 15);
    const state = run(reading(), { type: 'noted', conversationId: 'c1', note: added }, event({ id: 'e-n1', at: 15, type: 'note.created', conversationId: 'c1', note: added }));
    expect(shown(state)).toEqual(['m1', 'note:n1']);
  });

  it('tracks a status change and says why a change was refused', () => {
    let state = run(reading(), { type: 'noteFailed', message: 'Too long' }, { type: 'statusChanging' });
    expect([state.statusChanging, state.statusError]).toEqual([true, null]);
    state = inboxReducer(state, { type: 'statusChanged', conversation: conv('c1', 40, { status: 'closed' }) });
    expect([state.statusChanging, state.list.byId.c1?.status]).toEqual([false, 'closed']);
    state = run(state, { type: 'statusChanging' }, { type: 'statusFailed', message: 'Offline' });
    expect([state.statusChanging, state.statusError]).toEqual([false, 'Offline']);
  });

  it('forgets an erased shopper and closes their conversation', () => {
    const state = inboxReducer(reading(), { type: 'visitorErased', visitorId: 'v-c1' });
    expect([state.list.byId, state.selectedId, state.thread]).toEqual([{}, null, null]);
  });
});

describe('inboxReducer: typing', () => {
  it('shows the shopper and teammates typing, but not the agent\'s own echo', () => {
    const state = run(loaded(), event(typing('c1', 'visitor', 'Rina'), 1_000), event(typing('c2', 'agent', 'Bilal', 'bilal')));
    expect(state.typing).toEqual({ c1: { name: 'Rina', until: 1_000 + TYPING_SHOWN_MS }, c2: { name: 'Bilal', until: 1_000 + TYPING_SHOWN_MS } });
    expect(inboxReducer(state, event(typing('c3', 'agent', 'Asha', 'asha')))).toBe(state);
  });

  it('leaves the list and the thread alone', () => {
    const before = reading();
    const state = inboxReducer(before, event(typing('c1', 'visitor', 'Rina')));
    expect([state.list, state.thread]).toEqual([before.list, before.thread]);
  });

  it('stops when a message arrives in that conversation, not elsewhere', () => {
    const state = run(loaded(), event(typing('c1', 'visitor', 'Rina')), event(typing('c2', 'visitor', null)));
    expect(inboxReducer(state, event(created(msg('m1', 20)))).typing).toEqual({ c2: { name: 'The shopper', until: 1_000 + TYPING_SHOWN_MS } });
  });

  it('fades after a quiet while, unless a new signal renewed it', () => {
    const state = inboxReducer(loaded(), event(typing('c1', 'visitor', 'Rina'), 1_000));
    const due: InboxAction = { type: 'typingExpired', conversationId: 'c1', until: 1_000 + TYPING_SHOWN_MS };
    expect(inboxReducer(state, due).typing).toEqual({});
    const renewed = inboxReducer(state, event(typing('c1', 'visitor', 'Rina'), 4_000));
    expect(inboxReducer(renewed, due)).toBe(renewed);
  });
});

describe('inboxReducer: honest automatic messages and the agent’s site', () => {
  it('keeps a chat in its place when an automatic message arrives: its summary keeps the activity time and preview', () => {
    let state = loaded(conv('c1', 10, { lastMessageText: 'Is it in stock?' }), conv('c2', 20));
    const note: Message = { ...msg('n1', 30, 'system', 'c1'), automatic: true, authorName: 'Nakshi' };
    state = run(state, event(created(note, { updatedAt: 10, lastMessageAuthor: 'visitor', lastMessageText: 'Is it in stock?' })));
    expect(rows(state, OPEN)).toEqual(['c2', 'c1']);
    expect(state.list.byId.c1).toMatchObject({ lastMessageAuthor: 'visitor', lastMessageText: 'Is it in stock?' });
  });

  it('knows the site the inbox belongs to once the agent is known', () => {
    expect(initialInboxState().siteId).toBeNull();
    expect(run(initialInboxState(), { type: 'me', agent: asha, teamName: 'Nakshi', siteId: 'site-1' })).toMatchObject({ siteId: 'site-1', me: asha });
  });
});
