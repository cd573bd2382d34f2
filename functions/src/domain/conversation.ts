/**
 * Conversation rules as pure functions: what a new message does to a conversation's
 * summary, who may write to it, and what a shopper may see of it. No I/O.
 */
import type { Conversation, InboxEvent, InboxStatus, Message, VisitorConversation, VisitorEvent } from '@kotha/common/contract';

/** Characters of the last message kept on the conversation for the inbox list. */
export const PREVIEW_LENGTH = 140;

/** The stored form of a stream event: the inbox event plus whose conversation it is. */
export type SiteEvent = InboxEvent & { visitorId: string };

export interface VisitorRef {
  visitorId: string;
  visitorName: string | null;
  visitorEmail: string | null;
  visitorCountry?: string | null;
}

/** A one-line preview of a message: whitespace collapsed, cut at a character boundary. */
export function previewOf(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(oneLine);
  return chars.length <= PREVIEW_LENGTH ? oneLine : `${chars.slice(0, PREVIEW_LENGTH - 1).join('')}…`;
}

/** A conversation before its first message. */
export function newConversation(id: string, visitor: VisitorRef, at: number): Conversation {
  return {
    id,
    ...visitor,
    status: 'open',
    createdAt: at,
    updatedAt: at,
    lastMessageText: null,
    lastMessageAuthor: null,
    unreadByAgent: 0,
    unreadByVisitor: 0,
    messageCount: 0,
    labels: [],
    assigneeUid: null,
    waitingSince: null,
    agentReadAt: null,
    snoozedUntil: null,
    rating: null,
    ratingComment: null,
  };
}

/**
 * What a message changes on its conversation: fields to set and counters to add.
 * The store writes it with increments (no read-modify-write); applySummary computes the
 * same result in memory for the event sent to clients.
 */
export interface SummaryChange {
  set: Partial<Pick<Conversation, 'updatedAt' | 'lastMessageText' | 'lastMessageAuthor'>> & { status?: InboxStatus; waitingSince?: number | null; snoozedUntil?: number | null };
  add: { messageCount: number; unreadByAgent: number; unreadByVisitor: number };
}

/**
 * An automatic message (an auto-reply, a "still in line" note) is for the shopper to read
 * and changes nothing else: not the activity time the inbox is ordered by (a note would
 * move a waiting chat to the top every few minutes), not the preview (which would show
 * the team's bot text as the last thing said, read as the shopper's words), not the wait.
 */
export function summaryChange(
  message: Pick<Message, 'author' | 'text' | 'createdAt' | 'automatic'>,
  current: Pick<Conversation, 'status' | 'waitingSince'>,
): SummaryChange {
  if (message.automatic || message.author === 'system') return { set: {}, add: { messageCount: 1, unreadByAgent: 0, unreadByVisitor: 1 } };
  const fromVisitor = message.author === 'visitor';
  const set: SummaryChange['set'] = {
    updatedAt: message.createdAt,
    lastMessageText: previewOf(message.text),
    lastMessageAuthor: message.author,
  };
  // A reply from the team reopens a closed conversation: the shopper is being answered.
  if (message.author === 'agent' && current.status === 'closed') set.status = 'open';
  // A shopper writing brings a snoozed conversation back at once.
  if (fromVisitor && current.status === 'snoozed') {
    set.status = 'open';
    set.snoozedUntil = null;
  }
  // "Waiting longest" counts from the first shopper message the team has not answered.
  if (fromVisitor && current.waitingSince === null) set.waitingSince = message.createdAt;
  if (message.author === 'agent' && current.waitingSince !== null) set.waitingSince = null;
  return {
    set,
    add: { messageCount: 1, unreadByAgent: fromVisitor ? 1 : 0, unreadByVisitor: fromVisitor ? 0 : 1 },
  };
}

export function applySummary(conversation: Conversation, change: SummaryChange): Conversation {
  return {
    ...conversation,
    ...change.set,
    messageCount: conversation.messageCount + change.add.messageCount,
    unreadByAgent: conversation.unreadByAgent + change.add.unreadByAgent,
    unreadByVisitor: conversation.unreadByVisitor + change.add.unreadByVisitor,
  };
}

export type WriteCheck = 'ok' | 'not_found' | 'closed';

/** May this visitor add a message to this conversation (null: it does not exist yet)? */
export function visitorMayWrite(conversation: Conversation | null, visitorId: string): WriteCheck {
  if (!conversation) return 'ok';
  // Someone else's conversation looks exactly like a missing one: no existence leak.
  if (conversation.visitorId !== visitorId) return 'not_found';
  return conversation.status === 'closed' ? 'closed' : 'ok';
}

/** The part of a conversation a shopper may see (no team-only fields). */
export function toVisitorConversation(c: Conversation): VisitorConversation {
  return {
    id: c.id,
    // Snoozing is the team's business: for the shopper the chat is simply open.
    status: c.status === 'closed' ? 'closed' : 'open',
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    lastMessageText: c.lastMessageText,
    unreadByVisitor: c.unreadByVisitor,
    agentReadAt: c.agentReadAt,
    rating: c.rating,
  };
}

/** Typing signals live a few seconds: a stream's catch-up never replays them. */
export function isEphemeral(event: SiteEvent): boolean {
  return event.type === 'typing';
}

/** The shopper's projection of a site event. */
export function toVisitorEvent(event: SiteEvent): VisitorEvent {
  // Team-only events carry no shopper id, so shopper streams never select them; refuse loudly if one slips through.
  if (event.type === 'note.created') throw new Error('a private note was routed to a shopper');
  if (event.type === 'typing') {
    if (event.author !== 'agent') throw new Error("a shopper's own typing was routed to a shopper");
    return { id: event.id, at: event.at, type: 'typing', conversationId: event.conversationId, name: event.name };
  }
  const conversation = toVisitorConversation(event.conversation);
  const base = { id: event.id, at: event.at, conversationId: event.conversationId, conversation };
  return event.type === 'message.created'
    ? { ...base, type: 'message.created', message: event.message }
    : { ...base, type: 'conversation.updated' };
}

/** The inbox's projection of a site event (drops the routing field). */
export function toInboxEvent(event: SiteEvent): InboxEvent {
  const { visitorId: _routing, ...inbox } = event;
  return inbox as InboxEvent;
}
