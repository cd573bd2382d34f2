/**
 * The inbox as one pure state: the list (conversation-list.ts), the open conversation
 * (thread.ts), who is typing (typing.ts), and how the requests around them stand. Every
 * change is an `InboxAction` through `inboxReducer`, so a live event is handled in one
 * place; use-inbox.ts runs the requests, the stream and the timers, and dispatches what
 * they bring.
 */
import type { Conversation, InboxEvent, InboxResponse, Message, Note } from '@kotha/common/contract/api.ts';
import type { Agent } from '@kotha/common/contract/team.ts';
import {
  applyInboxEvent,
  applyInboxPage,
  DEFAULT_VIEW,
  emptyConversationList,
  markReadLocally,
  removeVisitor,
  upsertConversation,
  type ConversationListState,
  type ListView,
} from './conversation-list.ts';
import type { StreamStatus } from './inbox-stream.ts';
import {
  addMessages,
  addNotes,
  addPendingReply,
  applyFirstPage,
  applyThreadEvent,
  discardPendingReply,
  failPendingReply,
  openThread,
  retryPendingReply,
  setHasEarlier,
  type ThreadState,
} from './thread.ts';
import { expireTyping, startTyping, stopTyping, typingName, type TypingState } from './typing.ts';

export type LoadState = { phase: 'idle' | 'loading' | 'ready' } | { phase: 'error'; message: string };

export interface InboxState {
  list: ConversationListState;
  view: ListView;
  /** The agent using the inbox (their profile), once known. */
  me: Agent | null;
  /** The site the inbox belongs to, once known (keys what this agent chose here, e.g. the notification ask). */
  siteId: string | null;
  teamName: string | null;
  listLoad: LoadState;
  /** The newest first-page request: an older one's answer still fills the list, but only this one ends the loading. */
  listRequest: number;
  loadingMore: boolean;
  loadMoreError: string | null;
  stream: StreamStatus | null;
  selectedId: string | null;
  thread: ThreadState | null;
  threadLoad: LoadState;
  statusChanging: boolean;
  /** Why the last change to the open conversation (its status, a note) was refused. */
  statusError: string | null;
  typing: TypingState;
}

export type InboxAction =
  | { type: 'me'; agent: Agent; teamName: string | null; siteId?: string }
  | { type: 'view'; view: ListView }
  | { type: 'listLoading'; request: number }
  | { type: 'firstPage'; request: number; view: ListView; page: InboxResponse }
  | { type: 'listFailed'; request: number; message: string }
  | { type: 'moreLoading' }
  | { type: 'morePage'; view: ListView; page: InboxResponse }
  | { type: 'moreFailed'; message: string }
  | { type: 'stream'; status: StreamStatus }
  /** A live event. `onScreen`: its conversation is open on a visible page; `now`: the local time it arrived. */
  | { type: 'event'; event: InboxEvent; onScreen: boolean; now: number }
  /** The typing signal that was due to fade at `until` (see `nextExpiry`). */
  | { type: 'typingExpired'; conversationId: string; until: number }
  /** A conversation's summary from a server answer. */
  | { type: 'conversation'; conversation: Conversation }
  | { type: 'select'; conversationId: string }
  | { type: 'threadLoading' }
  | { type: 'threadLoaded'; conversationId: string; conversation: Conversation; page: { messages: readonly Message[]; notes: readonly Note[]; hasEarlier: boolean } }
  | { type: 'threadFailed'; conversationId: string; message: string }
  | { type: 'earlier'; conversationId: string; messages: readonly Message[]; hasEarlier: boolean }
  /** The agent sent a reply: it shows at once, as sending. */
  | { type: 'replying'; conversationId: string; reply: { id: string; text: string; createdAt: number } }
  | { type: 'replied'; conversationId: string; message: Message }
  | { type: 'replyFailed'; conversationId: string; id: string; error: string }
  | { type: 'retry'; id: string }
  | { type: 'discard'; id: string }
  | { type: 'noted'; conversationId: string; note: Note }
  | { type: 'noteFailed'; message: string }
  | { type: 'statusChanging' }
  | { type: 'statusChanged'; conversation: Conversation }
  | { type: 'statusFailed'; message: string }
  | { type: 'visitorErased'; visitorId: string };

/** The inbox before anything has loaded. */
export function initialInboxState(): InboxState {
  return {
    list: emptyConversationList(),
    view: DEFAULT_VIEW,
    me: null,
    siteId: null,
    teamName: null,
    listLoad: { phase: 'idle' },
    listRequest: 0,
    loadingMore: false,
    loadMoreError: null,
    stream: null,
    selectedId: null,
    thread: null,
    threadLoad: { phase: 'idle' },
    statusChanging: false,
    statusError: null,
    typing: {},
  };
}

/** A shopper's message that arrives in front of the agent is read as it arrives. */
export function readOnArrival(event: InboxEvent, onScreen: boolean): boolean {
  return onScreen && event.type === 'message.created' && event.message.author === 'visitor';
}

/** Changes the thread only while it is still the one `conversationId` names (answers may come late). */
function onThread(state: InboxState, conversationId: string, change: (thread: ThreadState) => ThreadState): InboxState {
  if (!state.thread || state.thread.conversationId !== conversationId) return state;
  return { ...state, thread: change(state.thread) };
}

function onAnyThread(state: InboxState, change: (thread: ThreadState) => ThreadState): InboxState {
  return state.thread ? { ...state, thread: change(state.thread) } : state;
}

function applyEvent(state: InboxState, event: InboxEvent, onScreen: boolean, now: number): InboxState {
  const typist = typingName(event, state.me?.uid ?? null);
  if (typist !== undefined) {
    return typist === null ? state : { ...state, typing: startTyping(state.typing, event.conversationId, typist, now) };
  }
  const list = applyInboxEvent(state.list, event);
  return {
    ...state,
    list: readOnArrival(event, onScreen) ? markReadLocally(list, event.conversationId) : list,
    thread: state.thread && applyThreadEvent(state.thread, event),
    // A message ends whoever was typing there.
    typing: event.type === 'message.created' ? stopTyping(state.typing, event.conversationId) : state.typing,
  };
}

/** Applies one action to the inbox state. */
export function inboxReducer(state: InboxState, action: InboxAction): InboxState {
  switch (action.type) {
    case 'me':
      return { ...state, me: action.agent, teamName: action.teamName, siteId: action.siteId ?? state.siteId };
    case 'view':
      return { ...state, view: action.view };
    case 'listLoading':
      return { ...state, listLoad: { phase: 'loading' }, listRequest: action.request, loadMoreError: null };
    case 'firstPage': {
      const list = applyInboxPage(state.list, action.view, action.page);
      return action.request === state.listRequest ? { ...state, list, listLoad: { phase: 'ready' } } : { ...state, list };
    }
    case 'listFailed':
      return action.request === state.listRequest ? { ...state, listLoad: { phase: 'error', message: action.message } } : state;
    case 'moreLoading':
      return { ...state, loadingMore: true, loadMoreError: null };
    case 'morePage':
      return { ...state, list: applyInboxPage(state.list, action.view, action.page, false), loadingMore: false };
    case 'moreFailed':
      return { ...state, loadingMore: false, loadMoreError: action.message };
    case 'stream':
      return { ...state, stream: action.status };
    case 'event':
      return applyEvent(state, action.event, action.onScreen, action.now);
    case 'typingExpired': {
      const typing = expireTyping(state.typing, action.conversationId, action.until);
      return typing === state.typing ? state : { ...state, typing };
    }
    case 'conversation':
      return { ...state, list: upsertConversation(state.list, action.conversation) };
    case 'select':
      if (action.conversationId === state.selectedId) return state;
      return {
        ...state,
        selectedId: action.conversationId,
        thread: openThread(action.conversationId),
        threadLoad: { phase: 'loading' },
        statusError: null,
        // Opening a conversation reads it; the server is told alongside.
        list: markReadLocally(state.list, action.conversationId),
      };
    case 'threadLoading':
      return { ...state, threadLoad: { phase: 'loading' } };
    case 'threadLoaded':
      if (action.conversationId !== state.selectedId) return state;
      return {
        ...onThread(state, action.conversationId, (thread) => applyFirstPage(thread, action.page)),
        list: upsertConversation(state.list, action.conversation),
        threadLoad: { phase: 'ready' },
      };
    case 'threadFailed':
      return action.conversationId === state.selectedId ? { ...state, threadLoad: { phase: 'error', message: action.message } } : state;
    case 'earlier':
      return onThread(state, action.conversationId, (thread) => setHasEarlier(addMessages(thread, action.messages), action.hasEarlier));
    case 'replying':
      return onThread(state, action.conversationId, (thread) => addPendingReply(thread, action.reply));
    case 'replied':
      return onThread(state, action.conversationId, (thread) => addMessages(thread, [action.message]));
    case 'replyFailed':
      return onThread(state, action.conversationId, (thread) => failPendingReply(thread, action.id, action.error));
    case 'retry':
      return onAnyThread(state, (thread) => retryPendingReply(thread, action.id));
    case 'discard':
      return onAnyThread(state, (thread) => discardPendingReply(thread, action.id));
    case 'noted':
      return onThread(state, action.conversationId, (thread) => addNotes(thread, [action.note]));
    case 'noteFailed':
      return { ...state, statusError: action.message };
    case 'statusChanging':
      return { ...state, statusChanging: true, statusError: null };
    case 'statusChanged':
      return { ...state, list: upsertConversation(state.list, action.conversation), statusChanging: false };
    case 'statusFailed':
      return { ...state, statusChanging: false, statusError: action.message };
    case 'visitorErased':
      return { ...state, list: removeVisitor(state.list, action.visitorId), selectedId: null, thread: null };
  }
}
