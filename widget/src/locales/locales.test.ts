/**
 * The contract every locale file keeps: the same keys as English, nothing empty, the same
 * `{slots}`, one plural form per category of its plural rules, written in its own script.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@kotha/common/locales/catalog';
import type { PluralForms } from '@kotha/common/i18n';
import en from './en';
import type { Messages } from './messages';
import { isPlural, letters, scriptLetters, slots, texts } from '../../../test/support/locale-checks';

const packs = new Map<string, Messages>(
  await Promise.all(
    LOCALES.map(async (locale) => {
      const file = `./${locale}.ts`;
      return [locale, ((await import(/* @vite-ignore */ file)) as { default: Messages }).default] as const;
    }),
  ),
);

describe('locale files', () => {
  it('cover at least 32 languages, one file per catalog entry', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => name.slice(0, -3))
      .filter((name) => !['catalog', 'match', 'messages'].includes(name));
    expect(files.sort()).toEqual([...LOCALES].sort());
    expect(LOCALES.length).toBeGreaterThanOrEqual(32);
  });

  it.each([...packs])('%s has exactly the keys of English, none empty or padded', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(messages) as [keyof Messages, string | PluralForms][]) {
      expect(isPlural(value), key).toBe(isPlural(en[key]));
    }
    for (const [where, text] of texts(messages)) {
      expect(text.trim(), where).not.toBe('');
      expect(text, where).toBe(text.trim());
    }
  });

  it.each([...packs])('%s keeps the {slots} of English', (_, messages) => {
    for (const [key, value] of Object.entries(messages) as [keyof Messages, string | PluralForms][]) {
      if (isPlural(value)) {
        // A form may spell its number out ("one message", Arabic's dual), but `other` shows it.
        expect(slots(value.other), key).toEqual(['count']);
        for (const text of Object.values(value)) expect(slots(text).every((slot) => slot === 'count'), key).toBe(true);
      } else {
        expect(slots(value), key).toEqual(slots(en[key] as string));
      }
    }
  });

  it.each([...packs])('%s has one plural form per category of Intl.PluralRules', (locale, messages) => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(messages)) {
      if (isPlural(value)) expect(Object.keys(value).sort(), key).toEqual([...categories].sort());
    }
  });

  it.each([...packs])('%s is written in its own script', (locale, messages) => {
    const allowed = scriptLetters(locale);
    expect(allowed, `no script pattern for ${locale}`).toBeDefined();
    for (const [where, text] of texts(messages)) {
      const found = letters(text);
      expect(found.length, where).toBeGreaterThan(0);
      expect(found.filter((char) => !allowed?.test(char)).join(''), `${locale} ${where}`).toBe('');
    }
  });

  it.each([...packs].filter(([locale]) => locale !== 'en'))('%s has no English left in it', (_, messages) => {
    for (const [where, text] of texts(messages)) {
      const english = texts(en).find(([key]) => key === where)?.[1] ?? '';
      // Single words may be the same ("Chat" in German); sentences may not.
      if (english.includes(' ')) expect(text, where).not.toBe(english);
    }
  });
});
