/**
 * The API contract's shapes and constants: responses, stream events, limits and routes.
 * No runtime dependencies, so the widget can import it without shipping zod;
 * request schemas live beside it in schemas.ts.
 */
import type { Agent } from './team';
import { WIDGET_PATHS, WIDGET_ROUTES, withConversation } from './widget-routes';

export { LIMITS, STREAM_EVENT } from './limits';

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

/** The widget's look, set by the merchant: served with the session and written into the embed. */
export interface WidgetSettings {
  teamName: string;
  greeting: string;
  /** A #rrggbb colour; the widget picks a readable text colour for it. */
  accentColor: string;
  /** Which corner the launcher sits in; 'auto' follows the reading direction. */
  launcherSide: 'auto' | 'left' | 'right';
  /** Extra distance (px) of the launcher from the bottom edge, e.g. to clear a shop's own button. */
  launcherOffset: number;
  /** A soft sound for the shopper when a reply arrives while the chat is closed or the tab is in the background. */
  sound: boolean;
  /** Ask for an email address with the first message (off: the chat starts with no wall, and asks later, skippably). */
  requireEmail: boolean;
  /** Words beside the launcher's icon, e.g. "Chat with us"; empty for the round icon alone. */
  launcherText: string;
  /** The widget's language fixed by the merchant (a locale code), or '' to follow the site and the shopper. */
  locale: string;
  /**
   * The team name and greeting written for other languages: a shopper whose widget speaks
   * one of them reads these (an empty one falls back to `teamName`/`greeting`). Absent from
   * requests of older dashboards, which then leave the stored ones as they are.
   */
  localized?: LocalizedTexts[];
}

/** The merchant's own words in one widget language (a locale code of common/locales/catalog.ts). */
export interface LocalizedTexts {
  locale: string;
  teamName: string;
  greeting: string;
}

export const WIDGET_SETTINGS_PATH = '/v1/inbox/widget-settings';

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


// Requests. Their validation schemas (schemas.ts) are checked against these types.

export interface StartSessionRequest {
  /** The public site key from the embed (the Wix instanceId). */
  siteId: string;
  /** A token from an earlier session, to resume it. */
  visitorToken?: string;
  visitorName?: string;
}

export interface SendVisitorMessageRequest {
  /** Client-generated; a new id starts a new conversation. */
  conversationId: string;
  /** Client-generated; a retried send with the same id is stored once. */
  id: string;
  text: string;
  /** The widget's language: automatic messages and emails to the shopper use it. */
  locale?: string;
}

export interface SendAgentMessageRequest {
  id: string;
  text: string;
}

export interface SetStatusRequest {
  status: ConversationStatus;
}

export interface RateRequest {
  rating: Rating;
  comment?: string;
}

export interface TranscriptRequest {
  email: string;
  /** The widget's language: the email is written in it. */
  locale?: string;
}

export interface SnoozeRequest {
  /** When it comes back (ms since the epoch): later than now, within 90 days. */
  until: number;
}

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

export interface AddNoteRequest {
  /** Client-generated; a retried note is stored once. */
  id: string;
  text: string;
}

export interface ConversationUpdateResponse {
  conversation: Conversation;
}

export interface MeResponse {
  siteId: string;
  /** The caller's agent profile (see team.ts). */
  agent: Agent;
  /** The team's name shoppers see (the {team.name} of canned responses). */
  teamName: string;
}

/** Every error the API returns has this body. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/**
 * Route patterns, relative to the API's base URL (Express syntax; the server mounts these).
 * Shopper routes take `Authorization: Bearer <visitorToken>`; merchant routes take
 * `Authorization: Instance <signed Wix instance>`. Streams take the same credential as
 * `?token=` / `?instance=`, because EventSource cannot set headers.
 */
export const PATHS = {
  session: WIDGET_PATHS.session,
  visitorMessages: WIDGET_PATHS.visitorMessages,
  visitorConversationMessages: WIDGET_PATHS.visitorConversationMessages,
  visitorStream: WIDGET_PATHS.visitorStream,
  visitorTyping: WIDGET_PATHS.visitorTyping,
  visitorRating: WIDGET_PATHS.visitorRating,
  visitorTranscript: WIDGET_PATHS.visitorTranscript,
  me: '/v1/inbox/me',
  inbox: '/v1/inbox/conversations',
  conversation: '/v1/inbox/conversations/:conversationId',
  agentMessages: '/v1/inbox/conversations/:conversationId/messages',
  conversationStatus: '/v1/inbox/conversations/:conversationId/status',
  conversationRead: '/v1/inbox/conversations/:conversationId/read',
  conversationSnooze: '/v1/inbox/conversations/:conversationId/snooze',
  conversationNotes: '/v1/inbox/conversations/:conversationId/notes',
  agentTyping: '/v1/inbox/conversations/:conversationId/typing',
  inboxStream: '/v1/inbox/stream',
} as const;

/** Concrete paths for clients, built from PATHS. */
export const ROUTES = {
  session: WIDGET_ROUTES.session,
  visitorMessages: WIDGET_ROUTES.visitorMessages,
  visitorConversationMessages: WIDGET_ROUTES.visitorConversationMessages,
  visitorStream: WIDGET_ROUTES.visitorStream,
  visitorTyping: WIDGET_ROUTES.visitorTyping,
  visitorRating: WIDGET_ROUTES.visitorRating,
  visitorTranscript: WIDGET_ROUTES.visitorTranscript,
  me: PATHS.me,
  inbox: PATHS.inbox,
  conversation: /* @__PURE__ */ withConversation(PATHS.conversation),
  agentMessages: /* @__PURE__ */ withConversation(PATHS.agentMessages),
  conversationStatus: /* @__PURE__ */ withConversation(PATHS.conversationStatus),
  conversationRead: /* @__PURE__ */ withConversation(PATHS.conversationRead),
  conversationSnooze: /* @__PURE__ */ withConversation(PATHS.conversationSnooze),
  conversationNotes: /* @__PURE__ */ withConversation(PATHS.conversationNotes),
  agentTyping: /* @__PURE__ */ withConversation(PATHS.agentTyping),
  inboxStream: PATHS.inboxStream,
} as const;
