/** Limits and names the API and every client share; dependency-free, so the widget ships only these. */
/** Limits that the API enforces and the clients mirror in their UI. */
export const LIMITS = {
  /** Characters in one chat message. */
  messageText: 4000,
  /** Bytes of a JSON request body (the message limit plus headroom for the envelope). */
  jsonBodyBytes: 32 * 1024,
  /** Characters in a visitor's display name. */
  visitorName: 80,
  /** Conversations in one inbox page. */
  inboxPageMax: 100,
  /** Messages returned by one history request. */
  messagesPageMax: 200,
  /** Messages the inbox shows when a conversation opens; earlier ones load on request. */
  conversationPage: 50,
} as const;

/** The SSE `event:` name every data event is sent under; heartbeats are comments. */
export const STREAM_EVENT = 'kotha';

/** The error code a blocked shopper's requests are refused with. */
export const BLOCKED_CODE = 'blocked';

/** The error code of a malformed id from outside (a path parameter, or the site a shopper names): see ids.ts. */
export const INVALID_ID_CODE = 'invalid_id';
