/**
 * The inbox list as pure state: every known conversation by id, plus how far each status
 * filter has been paged. Pages, stream events and local changes all merge through
 * `upsertConversation`, so a late or repeated update can never roll a row back.
 */
import type { Conversation, ConversationStatus, InboxEvent, InboxResponse } from '../../functions/src/contract/api.ts';

export interface PageCursor {
  /** A first page has arrived for this filter. */
  loaded: boolean;
  /** The `before` for the next page; null when there is none (or nothing is loaded). */
  nextBefore: number | null;
}

export interface ConversationListState {
  byId: Readonly<Record<string, Conversation>>;
  pages: Readonly<Record<ConversationStatus, PageCursor>>;
}

export function emptyConversationList(): ConversationListState {
  return {
    byId: {},
    pages: { open: { loaded: false, nextBefore: null }, closed: { loaded: false, nextBefore: null } },
  };
}

/** Newest activity first; the id breaks ties so the order is stable. */
export function compareByActivity(a: Conversation, b: Conversation): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Stores a conversation unless what is stored is newer (events may arrive late or twice). */
export function upsertConversation(state: ConversationListState, conversation: Conversation): ConversationListState {
  const current = state.byId[conversation.id];
  if (current && current.updatedAt > conversation.updatedAt) return state;
  return { ...state, byId: { ...state.byId, [conversation.id]: conversation } };
}

/**
 * Merges one page of the inbox. Its cursor replaces the filter's: a further page moves the
 * window back, a fresh first page restarts it.
 */
export function applyInboxPage(
  state: ConversationListState,
  status: ConversationStatus,
  page: InboxResponse,
): ConversationListState {
  let next = state;
  for (const conversation of page.conversations) next = upsertConversation(next, conversation);
  const cursor: PageCursor = { loaded: true, nextBefore: page.nextBefore };
  return { ...next, pages: { ...next.pages, [status]: cursor } };
}

/** Forgets a shopper's conversations (their data was erased). */
export function removeVisitor(state: ConversationListState, visitorId: string): ConversationListState {
  const byId = Object.fromEntries(Object.entries(state.byId).filter(([, c]) => c.visitorId !== visitorId));
  return { ...state, byId };
}

/** Applies a stream event: both event types carry the conversation's new summary. */
export function applyInboxEvent(state: ConversationListState, event: InboxEvent): ConversationListState {
  // A private note changes nothing in the list.
  if (event.type === 'note.created') return state;
  return upsertConversation(state, event.conversation);
}

/** Clears the agent's unread count at once, before the server confirms. */
export function markReadLocally(state: ConversationListState, conversationId: string): ConversationListState {
  const current = state.byId[conversationId];
  if (!current || current.unreadByAgent === 0) return state;
  return { ...state, byId: { ...state.byId, [conversationId]: { ...current, unreadByAgent: 0 } } };
}

/**
 * The rows to show for a filter, newest first. Conversations older than the paged window
 * are held back until their page is loaded, so "Load more" never shows a row twice or
 * out of order.
 */
export function visibleConversations(state: ConversationListState, status: ConversationStatus): Conversation[] {
  const { nextBefore } = state.pages[status];
  return Object.values(state.byId)
    .filter((c) => c.status === status && (nextBefore === null || c.updatedAt >= nextBefore))
    .sort(compareByActivity);
}

/** Unread visitor messages across every known conversation. */
export function unreadTotal(state: ConversationListState): number {
  let total = 0;
  for (const conversation of Object.values(state.byId)) total += conversation.unreadByAgent;
  return total;
}

/** The newest server time seen in the list: where a fresh stream can resume from. */
export function latestActivity(state: ConversationListState): number | undefined {
  let latest: number | undefined;
  for (const conversation of Object.values(state.byId)) {
    if (latest === undefined || conversation.updatedAt > latest) latest = conversation.updatedAt;
  }
  return latest;
}
