/**
 * The inbox list as pure state: every known conversation by id, plus how far each view
 * has been paged. Pages, stream events and local changes all merge through
 * `upsertConversation`, so a late or repeated update can never roll a row back. Which rows
 * a view shows is decided here too (`inView`), so a live change moves a conversation
 * between views at once: assigned to me, it appears under Mine; answered, it leaves
 * Waiting longest.
 */
import type { Conversation, InboxEvent, InboxResponse } from '@kotha/common/contract/api.ts';
import type { InboxView } from '@kotha/common/contract/team.ts';

/** What the list shows: a view, narrowed by a label; or the results of a search. */
export interface ListView {
  view: InboxView;
  label: string | null;
  /** Search words: results come from the server, across every view. */
  q: string | null;
}

export const DEFAULT_VIEW: ListView = { view: 'open', label: null, q: null };

export interface PageCursor {
  /** A first page has arrived for this view. */
  loaded: boolean;
  /** The `cursor` for the next page; null when there is none (or nothing is loaded). */
  nextCursor: number | null;
  /** A search's results, by id, in the server's order. */
  found?: readonly string[];
}

export interface ConversationListState {
  byId: Readonly<Record<string, Conversation>>;
  pages: Readonly<Record<string, PageCursor>>;
}

const NOT_LOADED: PageCursor = { loaded: false, nextCursor: null };

export function emptyConversationList(): ConversationListState {
  return { byId: {}, pages: {} };
}

/** One key per distinct list, for its paging state. */
export function viewKey(view: ListView): string {
  return view.q ? `search:${view.q}` : `${view.view}:${view.label ?? ''}`;
}

export function pageOf(state: ConversationListState, view: ListView): PageCursor {
  return state.pages[viewKey(view)] ?? NOT_LOADED;
}

/** Newest activity first; the id breaks ties so the order is stable. */
export function compareByActivity(a: Conversation, b: Conversation): number {
  return b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Longest wait first. */
function compareByWaiting(a: Conversation, b: Conversation): number {
  return (a.waitingSince ?? Infinity) - (b.waitingSince ?? Infinity) || compareByActivity(a, b);
}

/** Does a conversation belong in a view (for `me`, the agent looking)? The server's rules, mirrored. */
export function inView(conversation: Conversation, view: ListView, me: string | null): boolean {
  if (view.label !== null && !conversation.labels.includes(view.label)) return false;
  switch (view.view) {
    case 'closed':
      return conversation.status === 'closed';
    case 'snoozed':
      return conversation.status === 'snoozed';
    case 'unassigned':
      return conversation.status === 'open' && conversation.assigneeUid === null;
    case 'mine':
      return conversation.status === 'open' && me !== null && conversation.assigneeUid === me;
    case 'waiting':
      return conversation.status === 'open' && conversation.waitingSince !== null;
    default:
      return conversation.status === 'open';
  }
}

/** Stores a conversation unless what is stored is newer (events may arrive late or twice). */
export function upsertConversation(state: ConversationListState, conversation: Conversation): ConversationListState {
  const current = state.byId[conversation.id];
  if (current && current.updatedAt > conversation.updatedAt) return state;
  return { ...state, byId: { ...state.byId, [conversation.id]: conversation } };
}

/**
 * Merges one page of a view. Its cursor replaces the view's: a further page moves the
 * window on, a fresh first page (`first`) restarts it.
 */
export function applyInboxPage(state: ConversationListState, view: ListView, page: InboxResponse, first = true): ConversationListState {
  let next = state;
  for (const conversation of page.conversations) next = upsertConversation(next, conversation);
  const key = viewKey(view);
  const cursor: PageCursor = { loaded: true, nextCursor: page.nextCursor };
  if (view.q) {
    const earlier = first ? [] : (state.pages[key]?.found ?? []);
    cursor.found = [...earlier, ...page.conversations.map((c) => c.id).filter((id) => !earlier.includes(id))];
  }
  return { ...next, pages: { ...next.pages, [key]: cursor } };
}

/** Forgets a shopper's conversations (their data was erased). */
export function removeVisitor(state: ConversationListState, visitorId: string): ConversationListState {
  const byId = Object.fromEntries(Object.entries(state.byId).filter(([, c]) => c.visitorId !== visitorId));
  return { ...state, byId };
}

/** Applies a stream event: both conversation event types carry its new summary. */
export function applyInboxEvent(state: ConversationListState, event: InboxEvent): ConversationListState {
  // A private note or a typing signal changes nothing in the list.
  if (event.type === 'note.created' || event.type === 'typing') return state;
  return upsertConversation(state, event.conversation);
}

/** Clears the agent's unread count at once, before the server confirms. */
export function markReadLocally(state: ConversationListState, conversationId: string): ConversationListState {
  const current = state.byId[conversationId];
  if (!current || current.unreadByAgent === 0) return state;
  return { ...state, byId: { ...state.byId, [conversationId]: { ...current, unreadByAgent: 0 } } };
}

/**
 * The rows a view shows, in its order. Conversations beyond the paged window are held
 * back until their page is loaded, so "Load more" never shows a row twice or out of order.
 */
export function visibleConversations(state: ConversationListState, view: ListView, me: string | null): Conversation[] {
  const page = pageOf(state, view);
  if (view.q) {
    // Search results are the server's; live changes update them but add none.
    return (page.found ?? []).map((id) => state.byId[id]).filter((c): c is Conversation => c !== undefined);
  }
  const { nextCursor } = page;
  const waiting = view.view === 'waiting';
  const inWindow = (c: Conversation) =>
    nextCursor === null || (waiting ? (c.waitingSince ?? Infinity) <= nextCursor : c.updatedAt >= nextCursor);
  return Object.values(state.byId)
    .filter((c) => inView(c, view, me) && inWindow(c))
    .sort(waiting ? compareByWaiting : compareByActivity);
}

/** Unread shopper messages across every known conversation. */
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
