/** A search hit's snippet: plain text around the first word of the query found, on word boundaries. Pure. */

export const SNIPPET_CHARS = 160;

export function snippetOf(text: string, queryWords: string[], max = SNIPPET_CHARS): string {
  if (text.length <= max) return text;
  const lower = text.toLocaleLowerCase();
  const hit = queryWords.map((word) => lower.indexOf(word)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  let start = Math.max(0, hit - Math.floor(max / 3));
  // Back to the start of a word (never mid-word, never mid-surrogate).
  while (start > 0 && !/\s/.test(text[start - 1]!)) start -= 1;
  let end = Math.min(text.length, start + max);
  while (end < text.length && end > start + max / 2 && !/\s/.test(text[end]!)) end -= 1;
  const body = text.slice(start, end).trim();
  return `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}
