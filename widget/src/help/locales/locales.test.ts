/**
 * The Help chunk's text packs keep the same contract as the panel's (widget/src/locales):
 * one per widget language, the keys and `{slots}` of English, nothing empty, each in its own script.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '@kotha/common/locales/catalog';
import en from './en';
import type { HelpMessages } from './messages';
import { letters, scriptLetters, slots, texts } from '../../../../test/support/locale-checks';

const packs = new Map<string, HelpMessages>(
  await Promise.all(
    LOCALES.map(async (locale) => [locale, ((await import(/* @vite-ignore */ `./${locale}.ts`)) as { default: HelpMessages }).default] as const),
  ),
);

describe('Help text packs', () => {
  it('has one file per widget language', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && name !== 'messages.ts')
      .map((name) => name.slice(0, -3));
    expect(files.sort()).toEqual([...LOCALES].sort());
  });

  it.each([...packs])('%s has exactly the keys and {slots} of English, none empty or padded', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of texts(messages)) {
      expect(text, key).toBe(text.trim());
      expect(text.length, key).toBeGreaterThan(0);
      expect(slots(text), key).toEqual(slots(en[key as keyof HelpMessages]));
    }
  });

  it.each([...packs])('%s is written in its own script', (locale, messages) => {
    const allowed = scriptLetters(locale);
    expect(allowed, `no script pattern for ${locale}`).toBeDefined();
    for (const [where, text] of texts(messages)) {
      expect(letters(text).filter((char) => !allowed?.test(char)).join(''), `${locale} ${where}`).toBe('');
    }
  });

  it.each([...packs].filter(([locale]) => locale !== 'en'))('%s has no English sentence left in it', (_, messages) => {
    for (const [where, text] of texts(messages)) {
      const english = en[where as keyof HelpMessages];
      if (english.includes(' ')) expect(text, where).not.toBe(english);
    }
  });
});
