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
