/**
 * The "is typing" signal's timing, shared by the one who types (widget or inbox), the one
 * who watches, and the API's rate limit: each side's numbers only make sense together.
 */

/** A client sends the signal at most this often while its person types. */
export const TYPING_SEND_EVERY_MS = 3_000;

/** The other side shows it this long after the last signal: twice the sending pace, so it stays on between signals even when one is late. */
export const TYPING_SHOWN_MS = 6_000;
