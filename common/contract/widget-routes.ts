/**
 * The shopper's side of the API, on its own: the widget imports only this (every byte
 * ships to every shopper), and the full route table (routes.ts) is built from it, so each
 * path is written once. Paths are lone constants and route builders are marked pure, so
 * a bundle keeps only what it uses.
 */
const SESSION = '/v1/widget/session';
const MESSAGES = '/v1/widget/messages';
const CONVERSATION_MESSAGES = '/v1/widget/conversations/:conversationId/messages';
const STREAM = '/v1/widget/stream';
const TYPING = '/v1/widget/conversations/:conversationId/typing';
const RATING = '/v1/widget/conversations/:conversationId/rating';
const TRANSCRIPT = '/v1/widget/conversations/:conversationId/transcript';
const READ = '/v1/widget/conversations/:conversationId/read';
const QUEUE = '/v1/widget/conversations/:conversationId/queue';
const OFFLINE_MESSAGES = '/v1/widget/offline-messages';
const IDENTIFY = '/v1/widget/identify';
/** The two paths the loader itself calls. */
export const AVAILABILITY_PATH = '/v1/widget/availability';
export const PAGE_VIEW_PATH = '/v1/widget/visit';

export const WIDGET_PATHS = {
  session: SESSION,
  visitorMessages: MESSAGES,
  visitorConversationMessages: CONVERSATION_MESSAGES,
  visitorStream: STREAM,
  visitorTyping: TYPING,
  visitorRating: RATING,
  visitorTranscript: TRANSCRIPT,
  visitorRead: READ,
  queue: QUEUE,
  availability: AVAILABILITY_PATH,
  offlineMessage: OFFLINE_MESSAGES,
  identify: IDENTIFY,
  pageView: PAGE_VIEW_PATH,
} as const;

/** A concrete path from a pattern: `:name` filled with an encoded value. */
export const withParam = (pattern: string, name: string) => (value: string) => pattern.replace(`:${name}`, encodeURIComponent(value));
export const withConversation = (pattern: string) => withParam(pattern, 'conversationId');

/** Concrete shopper paths for the widget. */
export const WIDGET_ROUTES = {
  session: SESSION,
  visitorMessages: MESSAGES,
  visitorConversationMessages: /* @__PURE__ */ withConversation(CONVERSATION_MESSAGES),
  visitorStream: STREAM,
  visitorTyping: /* @__PURE__ */ withConversation(TYPING),
  visitorRating: /* @__PURE__ */ withConversation(RATING),
  visitorTranscript: /* @__PURE__ */ withConversation(TRANSCRIPT),
  visitorRead: /* @__PURE__ */ withConversation(READ),
  queue: /* @__PURE__ */ withConversation(QUEUE),
  availability: (siteId: string) => `${AVAILABILITY_PATH}?siteId=${encodeURIComponent(siteId)}`,
  offlineMessage: OFFLINE_MESSAGES,
  identify: IDENTIFY,
} as const;
