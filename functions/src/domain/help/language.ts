/** Which of the help center's languages a shopper reads. Pure. */

const base = (tag: string) => tag.toLowerCase().split('-')[0]!;

/**
 * The shopper's language when articles exist in it (exactly, else by its base: "bn-BD"
 * reads "bn"), else the site's default, else English, else any language there is.
 */
export function pickLanguage(available: Iterable<string>, wanted: string | undefined, siteDefault: string): string {
  const languages = [...available];
  const find = (tag: string | undefined) => (tag ? (languages.find((l) => l.toLowerCase() === tag.toLowerCase()) ?? languages.find((l) => base(l) === base(tag))) : undefined);
  return find(wanted) ?? find(siteDefault) ?? find('en') ?? languages.sort()[0] ?? (siteDefault || 'en');
}
