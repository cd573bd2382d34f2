import type {
  ConversationStatus,
  Rating,
  Message,
  VisitorConversation,
  VisitorEvent,
} from '@kotha/common/contract/api';
import type { WidgetSettings } from '@kotha/common/contract/schemas';
import type { Theme } from '@kotha/common/theme';
import type { AvailabilityResponse, QueueResponse } from '@kotha/common/contract/hours';
import type { ChatMessage } from './messages';
import { confirmed, mergeMessages, updateMessage } from './messages';

/** The panel's whole state; changed only by `reduce`, so every transition is a tested pure function. */
export interface PanelState {
  open: boolean;
  /** The session with the API. 'offline' means starting it failed; the UI offers a retry. */
  connection: 'idle' | 'connecting' | 'ready' | 'offline';
  settings: WidgetSettings | null;
  /** The accent and the text colour on it, as the session gave them; null until then (the embed's colours stay). */
  theme: Theme | null;
  /** The conversation the shopper writes into; null until there is one. `agentReadAt`: the team has seen up to then. */
  conversation: { id: string; status: ConversationStatus; agentReadAt?: number | null; rating?: Rating | null } | null;
  /** Who of the team is typing in the current conversation, while they are. */
  typing: { name: string | null } | null;
  /** The shopper's messages in view, possibly across conversations (older ones first). */
  messages: ChatMessage[];
  /** Team messages that arrived while the panel was closed. */
  unread: number;
  /**
   * Server time (ms) of the newest history or stream item seen: where the stream resumes.
   * Send acknowledgements do not move it: a reply stored just before our own message but
   * not yet streamed to us would otherwise be skipped on reconnect.
   */
  cursor: number | null;
  /** Business hours: open or away and until when; null until known (treated as open). */
  availability: AvailabilityResponse | null;
  /** Where the shopper stands in line while waiting for the team; null when not known or not waiting. */
  queue: QueueResponse | null;
  /** The small "Powered by Kotha" line (free plan). */
  branding: boolean;
  /** The team blocked this shopper: the panel says so politely and offers no message box. */
  blocked: boolean;
  /**
   * What the shopper told us of themselves (name to greet them; whether we can email them),
   * and the address they gave on this page, if any (it fills the transcript's field).
   */
  visitor: { name: string | null; hasEmail: boolean; email?: string | null } | null;
  /** The shopper's other conversations (ended ones), newest first, to look back at. */
  past: readonly VisitorConversation[];
}

export type PanelAction =
  | { type: 'open' }
  | { type: 'close' }
  | { type: 'connecting' }
  | { type: 'offline' }
  | { type: 'blocked' }
  | { type: 'typing'; conversationId: string; name: string | null }
  | { type: 'typingStopped' }
  | { type: 'session'; settings: WidgetSettings; theme?: Theme; conversations: readonly VisitorConversation[]; branding?: boolean; visitor?: { name: string | null; hasEmail: boolean } }
  | { type: 'visitor'; name: string | null; hasEmail: boolean; email?: string | null }
  | { type: 'history'; messages: readonly Message[] }
  /** The shopper wrote a message; it shows at once as 'sending'. */
  | { type: 'compose'; message: ChatMessage }
  | { type: 'delivered'; message: Message }
  | { type: 'failed'; id: string }
  | { type: 'retry'; id: string }
  /** The server refused a message because its conversation closed: move it into another one. */
  | { type: 'rehome'; id: string; conversationId: string }
  | { type: 'event'; event: VisitorEvent }
  | { type: 'availability'; availability: AvailabilityResponse }
  | { type: 'queue'; queue: QueueResponse | null };

export const initialState: PanelState = {
  open: false,
  connection: 'idle',
  settings: null,
  theme: null,
  conversation: null,
  messages: [],
  unread: 0,
  cursor: null,
  availability: null,
  queue: null,
  branding: false,
  blocked: false,
  typing: null,
  past: [],
  visitor: null,
};

const later = (cursor: number | null, time: number) => (cursor === null ? time : Math.max(cursor, time));

/** Applies one action to the panel state. */
export function reduce(state: PanelState, action: PanelAction): PanelState {
  switch (action.type) {
    case 'open':
      return { ...state, open: true, unread: 0 };
    case 'close':
      return { ...state, open: false };
    case 'connecting':
      return { ...state, connection: 'connecting' };
    case 'offline':
      return { ...state, connection: 'offline' };
    case 'blocked':
      return { ...state, blocked: true, connection: 'ready' };
    case 'typing':
      return state.conversation?.id === action.conversationId ? { ...state, typing: { name: action.name } } : state;
    case 'visitor':
      return { ...state, visitor: { name: action.name, hasEmail: action.hasEmail, email: action.email } };
    case 'typingStopped':
      return state.typing ? { ...state, typing: null } : state;
    case 'session': {
      // Newest activity first, per the contract: resume the most recent open conversation.
      const active = action.conversations.find((conversation) => conversation.status === 'open');
      const cursor = action.conversations.reduce((at, c) => later(at, c.updatedAt), state.cursor);
      const current = state.conversation?.id ?? active?.id;
      return {
        ...state,
        past: action.conversations.filter((c) => c.id !== current && c.status === 'closed'),
        visitor: action.visitor ?? state.visitor,
        connection: 'ready',
        settings: action.settings,
        theme: action.theme ?? state.theme,
        branding: action.branding ?? false,
        // A conversation begun locally before a session restart stays the one written into.
        conversation: state.conversation ?? (active ? { id: active.id, status: active.status, agentReadAt: active.agentReadAt, rating: active.rating } : null),
        cursor,
      };
    }
    case 'history':
      return {
        ...state,
        messages: mergeMessages(state.messages, action.messages.map(confirmed)),
        cursor: action.messages.reduce((at, m) => later(at, m.createdAt), state.cursor),
      };
    case 'compose': {
      const { conversationId } = action.message;
      return {
        ...state,
        conversation:
          state.conversation?.id === conversationId ? state.conversation : { id: conversationId, status: 'open' },
        messages: mergeMessages(state.messages, [action.message]),
      };
    }
    case 'delivered':
      return { ...state, messages: mergeMessages(state.messages, [confirmed(action.message)]) };
    case 'failed':
      return { ...state, messages: updateMessage(state.messages, action.id, { status: 'failed' }) };
    case 'retry':
      return { ...state, messages: updateMessage(state.messages, action.id, { status: 'sending' }) };
    case 'rehome':
      return {
        ...state,
        conversation: { id: action.conversationId, status: 'open' },
        messages: updateMessage(state.messages, action.id, { conversationId: action.conversationId }),
      };
    case 'event':
      return applyEvent(state, action.event);
    case 'availability':
      return { ...state, availability: action.availability };
    case 'queue':
      return { ...state, queue: action.queue };
  }
}

function applyEvent(state: PanelState, event: VisitorEvent): PanelState {
  // Typing is a passing signal, not history: it moves no cursor (see chat.ts).
  if (event.type === 'typing') return state;
  const cursor = later(state.cursor, event.at);
  const current = state.conversation;
  const isCurrent = current?.id === event.conversationId;
  // Another tab may have started a conversation: follow it when ours is missing or closed.
  const adopt = !isCurrent && event.conversation.status === 'open' && (current === null || current.status === 'closed');
  if (!isCurrent && !adopt) return { ...state, cursor };

  const conversation = { id: event.conversationId, status: event.conversation.status, agentReadAt: event.conversation.agentReadAt, rating: event.conversation.rating };
  if (event.type === 'conversation.updated') return { ...state, conversation, cursor };

  const { message } = event;
  const isNew = !state.messages.some((m) => m.id === message.id);
  const answered = message.author === 'agent';
  const unseenReply = isNew && !state.open && message.author !== 'visitor';
  return {
    ...state,
    conversation,
    messages: mergeMessages(state.messages, [confirmed(message)]),
    unread: state.unread + (unseenReply ? 1 : 0),
    cursor: later(cursor, message.createdAt),
    queue: answered ? null : state.queue,
    // The reply that was being typed has arrived.
    typing: answered ? null : state.typing,
  };
}

export interface Store {
  get(): PanelState;
  dispatch(action: PanelAction): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: PanelState) => void): () => void;
}

/** A minimal observable holder for the reducer's state. */
export function createStore(initial: PanelState = initialState): Store {
  let state = initial;
  const listeners = new Set<(state: PanelState) => void>();
  return {
    get: () => state,
    dispatch(action) {
      const next = reduce(state, action);
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The conversation whose shopper is waiting for a person (their message is the last human one), or null. */
export function waitingConversation(state: PanelState): string | null {
  const current = state.conversation;
  if (!current || current.status !== 'open' || state.availability?.open === false) return null;
  const lastHuman = state.messages.findLast((m) => m.conversationId === current.id && m.author !== 'system');
  return lastHuman?.author === 'visitor' && lastHuman.status === 'sent' ? current.id : null;
}
