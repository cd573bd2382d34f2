/** Which of the help center's languages a shopper reads. Pure. */
import { matchLocale } from '@kotha/common/locales/match';

/**
 * The shopper's language when articles exist in it (by the one matching rule of
 * `matchLocale`: exactly, else by script, region or base: "bn-BD" reads "bn"), else the
 * site's default, else English, else any language there is.
 */
export function pickLanguage(available: Iterable<string>, wanted: string | undefined, siteDefault: string): string {
  const languages = [...available];
  const found = matchLocale([wanted, siteDefault, 'en'], languages);
  // matchLocale answers English when nothing fits: only an article language counts here.
  if (languages.includes(found)) return found;
  return languages.sort()[0] ?? (siteDefault || 'en');
}
