/**
 * Inbox search as pure rules. Firestore has no full-text search, so each conversation
 * keeps its words (`searchTerms`) and a search asks for one of them with array-contains.
 * Words come from Intl.Segmenter, so Bengali, Telugu, Thai and Chinese split as their
 * readers expect; names and emails also keep their prefixes, so "rah" finds "Rahim".
 */

/** Words a conversation keeps; beyond this, new words are no longer indexed. */
export const MAX_TERMS = 1000;
/** New words one message may add. */
const MAX_TERMS_PER_MESSAGE = 60;
const MIN_PREFIX = 2;
const MAX_TERM = 40;

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

function normalise(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('und');
}

/** The searchable words of a text: lower-cased, deduplicated, in order. */
export function wordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const segment of segmenter.segment(normalise(text))) {
    if (!segment.isWordLike) continue;
    const word = Array.from(segment.segment).slice(0, MAX_TERM).join('');
    // One-letter words are noise, except in scripts where one character is a word.
    if (Array.from(word).length >= 2 || /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(word)) words.add(word);
  }
  return [...words];
}

function prefixesOf(word: string): string[] {
  const chars = Array.from(word);
  const out: string[] = [];
  for (let n = MIN_PREFIX; n <= chars.length; n++) out.push(chars.slice(0, n).join(''));
  return out;
}

/** Terms for a shopper's name and email: every word with its prefixes, and the whole email. */
export function identityTerms(name: string | null, email: string | null): string[] {
  const terms = new Set<string>();
  for (const word of wordsOf(name ?? '')) for (const p of prefixesOf(word)) terms.add(p);
  if (email) {
    const whole = normalise(email.trim());
    terms.add(whole.slice(0, 254));
    for (const p of prefixesOf(whole.split('@')[0] ?? '').slice(0, MAX_TERM)) terms.add(p);
    for (const word of wordsOf(whole)) terms.add(word);
  }
  return [...terms];
}

/** The terms a message adds to a conversation that already has `existing` ones. */
export function newTermsFor(text: string, existing: readonly string[]): string[] {
  if (existing.length >= MAX_TERMS) return [];
  const have = new Set(existing);
  const fresh = wordsOf(text).filter((w) => !have.has(w));
  return fresh.slice(0, Math.min(MAX_TERMS_PER_MESSAGE, MAX_TERMS - existing.length));
}

/**
 * How to run a search: the one term Firestore filters on (the longest, the most selective),
 * and the rest, which every result must also hold. Null when the query has no words.
 */
export function searchPlan(query: string): { term: string; alsoRequired: string[] } | null {
  const words = wordsOf(query);
  if (words.length === 0) return null;
  const sorted = [...words].sort((a, b) => Array.from(b).length - Array.from(a).length);
  const [term, ...alsoRequired] = sorted as [string, ...string[]];
  return { term, alsoRequired };
}
