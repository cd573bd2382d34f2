/**
 * The chat's shapes: messages, conversations, notes, stream events and responses. No
 * runtime code at all, so the widget can import it freely; the requests and their
 * schemas are in schemas.ts, limits in limits.ts, paths in routes.ts.
 */
import type { HelpTrail } from './help';
import type { WidgetSettings } from './schemas';

/** A conversation's status as the shopper sees it. */
export type ConversationStatus = 'open' | 'closed';
/** The team's status: a snoozed conversation is open for the shopper and out of the team's way until its time. */
export type InboxStatus = ConversationStatus | 'snoozed';
export type Author = 'visitor' | 'agent' | 'system';

export interface Message {
  id: string;
  conversationId: string;
  author: Author;
  authorName: string | null;
  /** The answering agent's photo (an https address), on team replies when they set one. */
  authorPhotoUrl?: string;
  text: string;
  /** Server time the message was stored, ms since the epoch. */
  createdAt: number;
  /** Present (true) on messages Kotha wrote by itself: auto-replies, "still in line" notes. */
  automatic?: true;
  /** On a shopper's message sent after self-service: the articles they read and why they came to a person. */
  help?: HelpTrail;
}

/** The inbox's view of a conversation (team-only fields included). */
export interface Conversation {
  id: string;
  visitorId: string;
  visitorName: string | null;
  visitorEmail: string | null;
  status: InboxStatus;
  createdAt: number;
  /** Last activity; the inbox orders and pages by it. */
  updatedAt: number;
  lastMessageText: string | null;
  lastMessageAuthor: Author | null;
  unreadByAgent: number;
  unreadByVisitor: number;
  messageCount: number;
  /** Label ids (see team.ts). */
  labels: string[];
  /** The agent (Wix uid) it is assigned to; null when unassigned. */
  assigneeUid: string | null;
  /** When the oldest shopper message still without a reply arrived; null when answered. */
  waitingSince: number | null;
  /** When the team last read the shopper's messages (their "seen"); null before. */
  agentReadAt: number | null;
  /** While snoozed: when it comes back to Open (a shopper's message brings it back sooner). */
  snoozedUntil: number | null;
  /** The shopper's rating once the chat ended, and what they added. */
  rating: Rating | null;
  ratingComment: string | null;
}

export type Rating = 'good' | 'bad';

/** A private note in a conversation: the team sees it, the shopper never does. */
export interface Note {
  id: string;
  conversationId: string;
  /** The Wix user who wrote it. */
  authorUid: string;
  text: string;
  createdAt: number;
}

/** What a shopper may see of a conversation. */
export interface VisitorConversation {
  id: string;
  status: ConversationStatus;
  createdAt: number;
  updatedAt: number;
  lastMessageText: string | null;
  unreadByVisitor: number;
  /** When the team last read the shopper's messages: the widget shows "Seen" up to it. */
  agentReadAt: number | null;
  /** The shopper's own rating of the ended chat. */
  rating: Rating | null;
}

// Stream events (Server-Sent Events). `id` is the SSE id; `at` the server time in ms.
export type InboxEvent =
  | { id: string; at: number; type: 'message.created'; conversationId: string; message: Message; conversation: Conversation }
  | { id: string; at: number; type: 'conversation.updated'; conversationId: string; conversation: Conversation }
  /** Team-only: stored without the shopper's id, so no shopper stream can ever carry it. */
  | { id: string; at: number; type: 'note.created'; conversationId: string; note: Note }
  /** Someone is typing (ephemeral: never replayed on catch-up). */
  | { id: string; at: number; type: 'typing'; conversationId: string; author: 'visitor' | 'agent'; agentUid: string | null; name: string | null };

export type VisitorEvent =
  | { id: string; at: number; type: 'message.created'; conversationId: string; message: Message; conversation: VisitorConversation }
  | { id: string; at: number; type: 'conversation.updated'; conversationId: string; conversation: VisitorConversation }
  /** The team is typing a reply; `name` is the agent's. */
  | { id: string; at: number; type: 'typing'; conversationId: string; name: string | null };

// Responses.

export interface StartSessionResponse {
  visitorToken: string;
  visitorId: string;
  settings: WidgetSettings;
  /** The visitor's conversations, newest activity first. */
  conversations: VisitorConversation[];
  /** Show the small "Powered by Kotha" line (sites on the free plan). */
  branding: boolean;
  /** What the shopper told us of themselves: their name (to greet them) and whether we can email them. */
  visitor: { name: string | null; hasEmail: boolean };
}

export interface SendMessageResponse {
  message: Message;
  /** True when this id was already stored (a retry): nothing new was written. */
  duplicate: boolean;
}

export interface MessagesResponse {
  messages: Message[];
}

/** A page of a conversation's earlier messages, for the inbox. */
export interface EarlierMessagesResponse {
  messages: Message[];
  hasEarlier: boolean;
}

export interface InboxResponse {
  conversations: Conversation[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: number | null;
}

export interface ConversationResponse {
  conversation: Conversation;
  /** The newest messages (LIMITS.conversationPage), oldest first. */
  messages: Message[];
  /** There are earlier messages: ask for them with `?before=` the first one's createdAt. */
  hasEarlier: boolean;
  /** The team's private notes, oldest first. */
  notes: Note[];
}

export interface ConversationUpdateResponse {
  conversation: Conversation;
}

/** A ticket that opens the inbox stream (`?ticket=`) for a minute; ask again for each connection. */
export interface StreamTicketResponse {
  ticket: string;
  /** Server time (ms) after which the ticket no longer opens the stream. */
  expiresAt: number;
}

/** Every error the API returns has this body. */
export interface ErrorBody {
  error: { code: string; message: string };
}
