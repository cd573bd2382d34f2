/**
 * The languages the widget speaks. Each code here has a file beside this one
 * (`<code>.ts`); English ships inside the panel, every other one is built as its own
 * content-hashed pack that the panel fetches on demand.
 */

/** Supported locale codes, as canonical BCP 47 tags. Order is irrelevant. */
export const LOCALES = [
  'en', 'bn', 'te', 'hi', 'mr', 'ta', 'ur',
  'ar', 'he', 'fa',
  'zh-CN', 'zh-TW', 'ja', 'ko', 'th', 'vi', 'id', 'ms',
  'es', 'pt', 'fr', 'de', 'it', 'nl', 'pl', 'cs', 'ro', 'hu', 'el', 'tr', 'ru', 'uk',
  'sv', 'da', 'nb', 'fi',
] as const;

export type Locale = (typeof LOCALES)[number];

/** The fallback, and the one locale bundled with the panel. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Locales written right to left; locales.test.ts checks this list against Intl. */
const RTL_LOCALES: ReadonlySet<string> = new Set<Locale>(['ar', 'he', 'fa', 'ur']);

export type TextDirection = 'ltr' | 'rtl';

/** The text direction of a supported locale. */
export function textDirection(locale: string): TextDirection {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}
