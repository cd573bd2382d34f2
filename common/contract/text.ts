/**
 * What a text a person writes may hold: one rule for the API (its schemas, and every
 * string of every request body) and for the widget and the inbox, which apply it before
 * sending so nobody learns it from an error. Dependency-free: the widget ships it.
 *
 * - A lone UTF-16 surrogate (half of a pair, e.g. an emoji cut in two) becomes U+FFFD:
 *   Firestore stores UTF-8, in which it cannot be written at all.
 * - Control characters are removed, except newline and tab; a carriage return (alone or
 *   before a newline) is a newline. NUL and its kin only ever hide or break things.
 * - A text left with nothing but white space and invisible characters (zero-width spaces
 *   and joiners, direction marks, variation selectors and other marks with no letter to
 *   sit on, fillers) is empty. Those characters stay inside a text: joiners and marks
 *   shape Bengali conjuncts and emoji sequences.
 */

/** A carriage return (with its newline), a lone surrogate (Cs: in `u` mode only a lone one is a code point of its own), or a control character but tab and newline. */
const UNSAFE = /\r\n?|\p{Cs}|[^\P{Cc}\t\n]/gu;
/** Invisible on their own (white space aside, which trim() removes): format characters, marks with no letter to sit on, fillers, the blank braille cell. */
const INVISIBLE = /[\p{Cf}\p{Mn}\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** The text with lone surrogates replaced and control characters removed (see above). */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, (found) => (found[0] === '\r' ? '\n' : found > '\u00ff' ? '\ufffd' : ''));
}

/** True when the text, cleaned, holds something a person can see. */
export function hasText(text: string): boolean {
  return cleanText(text).replace(INVISIBLE, '').trim() !== '';
}
