/**
 * What the language-file tests of the widget and the dashboard share: reading a file's
 * texts (plural forms included), its `{slots}`, and the letters a language's script allows.
 */
import type { PluralForms } from '@kotha/common/i18n.ts';

export const isPlural = (value: unknown): value is PluralForms => typeof value === 'object' && value !== null;

/** The `{slot}` names of a text, sorted. */
export const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every text of a language file, plural forms included, with where it comes from (`key` or `key.form`). */
export const texts = (messages: object) =>
  Object.entries(messages).flatMap(([key, value]: [string, string | PluralForms]) =>
    isPlural(value) ? Object.entries(value).map(([form, text]) => [`${key}.${form}`, text] as const) : [[key, value] as const],
  );

/** Letters a locale's texts may use, by the script Intl expects for it. */
const SCRIPT_LETTERS: Record<string, RegExp> = {
  Latn: /\p{scx=Latn}/u,
  Cyrl: /\p{scx=Cyrl}/u,
  Grek: /\p{scx=Grek}/u,
  Arab: /\p{scx=Arab}/u,
  Hebr: /\p{scx=Hebr}/u,
  Beng: /\p{scx=Beng}/u,
  Telu: /\p{scx=Telu}/u,
  Deva: /\p{scx=Deva}/u,
  Taml: /\p{scx=Taml}/u,
  Thai: /\p{scx=Thai}/u,
  Hans: /\p{scx=Hani}/u,
  Hant: /\p{scx=Hani}/u,
  Jpan: /[\p{scx=Hani}\p{scx=Hira}\p{scx=Kana}]/u,
  Kore: /[\p{scx=Hang}\p{scx=Hani}]/u,
};

/** The pattern of letters `locale`'s script allows, or undefined for a script not listed here. */
export function scriptLetters(locale: string): RegExp | undefined {
  return SCRIPT_LETTERS[new Intl.Locale(locale).maximize().script ?? ''];
}

/** The letters of a text, its `{slots}` left out. */
export const letters = (text: string) => [...text.replace(/\{\w+\}/g, '')].filter((char) => /\p{L}/u.test(char));
