/**
 * Finds links in message text so they can be shown clickable, safely: only http(s),
 * mailto and tel, never anything a browser would run. Returns text and link segments;
 * the caller renders both as text nodes (the link text is the address as written).
 */
export type Segment = { text: string } | { text: string; href: string };

// An address: a scheme we allow, or a bare "www."; or an email; or a phone number after "tel:".
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\bmailto:[^\s<>"']+|\btel:\+?[0-9][0-9 ()-]{3,}[0-9]|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?)\]}'"»”’]+$/;

function safeHref(raw: string): string | null {
  if (/^tel:/i.test(raw)) return `tel:${raw.slice(4).replace(/[^0-9+]/g, '')}`;
  const candidate = raw.startsWith('www.') ? `https://${raw}` : raw.includes('@') && !/^[a-z]+:/i.test(raw) ? `mailto:${raw}` : raw;
  try {
    const url = new URL(candidate);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function linkSegments(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index ?? 0;
    let raw = match[0];
    // Keep a closing bracket that belongs to the address, e.g. Wikipedia's "(disambiguation)".
    const trailing = raw.match(TRAILING)?.[0] ?? '';
    if (trailing && !(trailing === ')' && raw.includes('('))) raw = raw.slice(0, raw.length - trailing.length);
    const href = safeHref(raw);
    if (!href) continue;
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: raw, href });
    last = start + raw.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
