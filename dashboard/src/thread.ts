/**
 * The open conversation as pure state: stored messages, deduplicated by id, plus the
 * agent's replies still on their way (sending) or refused (failed, retryable with the same id).
 */
import type { InboxEvent, Message, Note } from '@kotha/common/contract/api.ts';

export type PendingStatus = 'sending' | 'failed';

export interface PendingReply {
  /** The client-generated message id; a retry reuses it so the server stores it once. */
  id: string;
  text: string;
  status: PendingStatus;
  error: string | null;
  /** Local time it was written, for display only. */
  createdAt: number;
}

export interface ThreadState {
  conversationId: string;
  messages: readonly Message[];
  /** The team's private notes, shown among the messages but never sent to the shopper. */
  notes: readonly Note[];
  pending: readonly PendingReply[];
  /** The server has messages before the first one here. */
  hasEarlier: boolean;
}

export type ThreadItem = { kind: 'message'; message: Message } | { kind: 'note'; note: Note } | { kind: 'pending'; reply: PendingReply };

export function openThread(conversationId: string): ThreadState {
  return { conversationId, messages: [], notes: [], pending: [], hasEarlier: false };
}

/** Adds stored notes once each, in time order. */
export function addNotes(state: ThreadState, incoming: readonly Note[]): ThreadState {
  const fresh = incoming.filter((n) => n.conversationId === state.conversationId && !state.notes.some((known) => known.id === n.id));
  if (fresh.length === 0) return state;
  return { ...state, notes: [...state.notes, ...fresh].sort((a, b) => a.createdAt - b.createdAt) };
}

function byTime(a: Message, b: Message): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Adds stored messages (a history page, a stream event, a send response), once each, in time order. */
export function addMessages(state: ThreadState, incoming: readonly Message[]): ThreadState {
  const mine = incoming.filter((m) => m.conversationId === state.conversationId);
  if (mine.length === 0) return state;
  const known = new Set(state.messages.map((m) => m.id));
  const fresh = mine.filter((m) => !known.has(m.id));
  const storedIds = new Set(mine.map((m) => m.id));
  const pending = state.pending.filter((p) => !storedIds.has(p.id));
  if (fresh.length === 0 && pending.length === state.pending.length) return state;
  const unique = new Map<string, Message>();
  for (const message of [...state.messages, ...fresh]) unique.set(message.id, message);
  return { ...state, messages: [...unique.values()].sort(byTime), pending };
}

/** Applies a stream event to the thread if it is about this conversation. */
export function applyThreadEvent(state: ThreadState, event: InboxEvent): ThreadState {
  if (event.conversationId !== state.conversationId) return state;
  if (event.type === 'note.created') return addNotes(state, [event.note]);
  if (event.type !== 'message.created') return state;
  // A replayed event from before the loaded page belongs to "load earlier", not here.
  const first = state.messages[0];
  if (state.hasEarlier && first && event.message.createdAt < first.createdAt) return state;
  return addMessages(state, [event.message]);
}

/** Shows a reply at once, before the server has it. */
export function addPendingReply(state: ThreadState, reply: { id: string; text: string; createdAt: number }): ThreadState {
  if (state.messages.some((m) => m.id === reply.id)) return state;
  const others = state.pending.filter((p) => p.id !== reply.id);
  return { ...state, pending: [...others, { ...reply, status: 'sending', error: null }] };
}

/** Marks a pending reply as failed with the reason to show. */
export function failPendingReply(state: ThreadState, id: string, error: string): ThreadState {
  return {
    ...state,
    pending: state.pending.map((p) => (p.id === id ? { ...p, status: 'failed', error } : p)),
  };
}

/** Puts a failed reply back to sending, keeping its id. */
export function retryPendingReply(state: ThreadState, id: string): ThreadState {
  return {
    ...state,
    pending: state.pending.map((p) => (p.id === id ? { ...p, status: 'sending', error: null } : p)),
  };
}

/** Drops a failed reply the agent gave up on. */
export function discardPendingReply(state: ThreadState, id: string): ThreadState {
  return { ...state, pending: state.pending.filter((p) => p.id !== id) };
}

/**
 * The conversation's first page (its newest messages). Stream events replayed before it
 * arrived may hold older messages: those belong to "load earlier" and wait for it.
 */
export function applyFirstPage(state: ThreadState, page: { messages: readonly Message[]; notes: readonly Note[]; hasEarlier: boolean }): ThreadState {
  const merged = addNotes(addMessages(state, page.messages), page.notes);
  const first = page.messages[0];
  const messages = page.hasEarlier && first ? merged.messages.filter((m) => byTime(m, first) >= 0) : merged.messages;
  return { ...merged, messages, hasEarlier: page.hasEarlier };
}

/** Whether earlier messages exist on the server (from a page that was loaded). */
export function setHasEarlier(state: ThreadState, hasEarlier: boolean): ThreadState {
  return state.hasEarlier === hasEarlier ? state : { ...state, hasEarlier };
}

/**
 * What to render: stored messages and notes in time order, then replies not yet stored.
 * While earlier messages are not loaded, notes from before them wait too, so the history
 * never shows a note without its messages.
 */
export function threadItems(state: ThreadState): ThreadItem[] {
  const from = state.hasEarlier ? (state.messages[0]?.createdAt ?? -Infinity) : -Infinity;
  const stored: Array<{ at: number; item: ThreadItem }> = [
    ...state.messages.map((message) => ({ at: message.createdAt, item: { kind: 'message', message } as ThreadItem })),
    ...state.notes.filter((note) => note.createdAt >= from).map((note) => ({ at: note.createdAt, item: { kind: 'note', note } as ThreadItem })),
  ];
  return [...stored.sort((a, b) => a.at - b.at).map((s) => s.item), ...state.pending.map((reply): ThreadItem => ({ kind: 'pending', reply }))];
}
