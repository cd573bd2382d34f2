import { DEFAULT_LOCALE, LOCALES } from './catalog';
import type { Locale } from './catalog';

/**
 * Requests that no plain prefix rule gets right. Chinese is split by script, not by
 * country: Hong Kong and Macau read Traditional characters, Singapore Simplified. Nynorsk
 * and the "no" macrolanguage readers are served by Bokmål.
 */
const ALIASES: Readonly<Record<string, Locale>> = {
  'zh-Hans': 'zh-CN',
  'zh-Hant': 'zh-TW',
  'zh-HK': 'zh-TW',
  'zh-MO': 'zh-TW',
  zh: 'zh-CN',
  no: 'nb',
  nn: 'nb',
};

/** Canonical form of a tag (`EN_us` → `en-US`, `iw` → `he`), or null when it is not a language tag. */
function canonical(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? null;
  } catch {
    return null;
  }
}

/** The supported locale for one requested tag, or null when none fits. */
function matchOne(tag: string, supported: readonly string[]): string | null {
  const wanted = canonical(tag);
  if (!wanted) return null;
  const byLowerCase = new Map(supported.map((code) => [code.toLowerCase(), code]));
  const find = (candidate: string) => byLowerCase.get(candidate.toLowerCase()) ?? null;
  const alias = (candidate: string) => {
    const target = ALIASES[candidate];
    return target ? find(target) : null;
  };

  const [language = '', ...rest] = wanted.split('-');
  const script = rest.find((part) => /^[A-Za-z]{4}$/.test(part));
  const region = rest.find((part) => /^([A-Za-z]{2}|\d{3})$/.test(part));
  // Most specific first: the exact tag, then the script (it decides how text is written),
  // then the region, then the bare language.
  const candidates = [wanted, script && `${language}-${script}`, region && `${language}-${region}`, language];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const found = find(candidate) ?? alias(candidate);
    if (found) return found;
  }
  // A regional variant of the same language beats English (pt-PT for a `pt-BR`-only list).
  return supported.find((code) => code.toLowerCase().startsWith(`${language.toLowerCase()}-`)) ?? null;
}

/**
 * Picks the widget's language: the first requested tag (in priority order: the embed's
 * `data-locale`, the page's `<html lang>`, then the browser's languages) that a supported
 * locale fits, by exact tag, script, region or base language; English when none does.
 * Empty and malformed tags are skipped.
 */
export function matchLocale(
  requested: readonly (string | null | undefined)[],
  supported: readonly string[] = LOCALES,
): string {
  for (const tag of requested) {
    if (!tag) continue;
    const found = matchOne(tag, supported);
    if (found) return found;
  }
  return DEFAULT_LOCALE;
}
