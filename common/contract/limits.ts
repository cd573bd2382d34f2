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

/** The help center's sizes (help.ts). */
// Made by a call marked pure, so bundles that never read it (the widget's panel) drop it:
// esbuild keeps an unused object whose values multiply (512 * 1024), as it cannot prove that free.
export const HELP_LIMITS = /* @__PURE__ */ (() => {
  const articleBody = 20_000;
  const importBytes = 512 * 1024;
  const orderNumberMaxLength = 40;
  return {
    articleTitle: 200,
    /** Characters of an article's Markdown. */
    articleBody,
    /** Tags and synonyms per article, and characters in one. */
    tags: 20,
    tag: 60,
    /** Articles a site may hold, every language version counted. */
    articles: 1000,
    collections: 50,
    collectionTitle: 80,
    /** Characters of a CSV import (about 500 question/answer pairs) and its rows. */
    importBytes,
    importRows: 1000,
    /** Characters of a search. */
    query: 200,
    searchResults: 10,
    /** Articles suggested above the composer while the shopper types. */
    suggestions: 3,
    /** Articles a hand-over's trail names. */
    trailArticles: 10,
    /** Order lookups one visitor may make in an hour (right or wrong). */
    orderLookupsPerVisitorHour: 5,
    /** Characters of an order number: its pattern and the widget's field both stop there. */
    orderNumberMaxLength,
    orderNumberPattern: new RegExp(`^[A-Za-z0-9-]{1,${orderNumberMaxLength}}$`),
    /**
     * JSON bodies of the routes that carry an article or an import: a character is up to 3
     * bytes of UTF-8 (Bengali, Telugu), and JSON may escape one-byte ones to two. Every other
     * route keeps LIMITS.jsonBodyBytes.
     */
    articleBodyBytes: 3 * articleBody + 16 * 1024,
    importBodyBytes: 3 * importBytes + 16 * 1024,
  } as const;
})();

/**
 * The public API's abuse bounds, all in one place: what one visitor, one network address,
 * one email recipient or one site may do. Each is far above what a person does and has a
 * test that crosses it (test/integration/abuse-bounds.test.ts). Where they are counted:
 * - per minute, in each instance's memory: bursts, cut where they land before they cost a
 *   Firestore write (a shopper's messages stay at three writes each);
 * - across instances, in Firestore fixed-window counters: new visitors and emails, which
 *   an attacker would otherwise multiply by the number of instances;
 * - open streams, per instance: a stream's cost (a socket, memory) is its instance's.
 */
export const ABUSE_LIMITS = {
  /** Messages of any kind a visitor sends in a minute (chat, left outside hours, ratings, transcripts, identify); memory. */
  messagesPerVisitor: 40,
  /** Session starts from one address in a minute, resumes included (one office or phone network shares an address); memory. */
  sessionsPerIp: 120,
  /** New visitors (a session that resumes no token) one address may start on one site in an hour; Firestore. */
  newVisitorsPerIpPerSiteHour: 60,
  /** Streams one visitor (or one agent) holds open at once: a tab each. */
  streamsPerVisitor: 10,
  /** Streams one address holds open at once, shoppers and agents together. */
  streamsPerIp: 100,
  /** Emails to one address a day, from every site's chats (transcripts, replies to shoppers who left); Firestore. */
  emailsPerRecipientPerDay: 10,
  /** Emails one site sends in an hour, of every kind; Firestore. */
  emailsPerSitePerHour: 100,
  /** Milliseconds a request's body may take to arrive once its headers are in (32 KB in 10 s is a very slow phone). */
  bodyReadMs: 10_000,
} as const;

/** The SSE `event:` name every data event is sent under; heartbeats are comments. */
export const STREAM_EVENT = 'kotha';

/** The error code a blocked shopper's requests are refused with. */
export const BLOCKED_CODE = 'blocked';

/** The error code of a malformed id from outside (a path parameter, or the site a shopper names): see ids.ts. */
export const INVALID_ID_CODE = 'invalid_id';
