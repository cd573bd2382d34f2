/**
 * The contract every dashboard language file keeps: exactly the keys of English, nothing
 * empty, the same `{slots}`, one plural form per category of its plural rules, written
 * in its own script (brand names, formats and key names aside), and no English left.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PluralForms } from '@kotha/common/i18n.ts';
import { isPlural, letters, scriptLetters, slots, texts } from '../../../test/support/locale-checks.ts';
import { DASHBOARD_LOADERS } from './catalog.ts';
import en, { type DashboardTexts } from './en.ts';

/** Words kept as they are in every language: names, formats, keys on the keyboard. */
const KEPT = /\b(Kotha|Wix|Premium|CSV|JSON|https|Enter|Shift|Escape|Esc|Tab|TV|VIP)\b/g;

const locales = Object.keys(DASHBOARD_LOADERS);
const load = async (locale: string) => (await DASHBOARD_LOADERS[locale]!()).default;

describe('dashboard language files', () => {
  it('are one file per catalog entry, at least every language of Wix’s dashboard', () => {
    const files = readdirSync(new URL('./locales', import.meta.url)).map((name) => name.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual([...locales].sort());
    for (const wix of ['de', 'es', 'fr', 'it', 'ja', 'ko', 'nl', 'nb', 'pl', 'pt', 'ru', 'sv', 'tr', 'da', 'hi', 'cs', 'th', 'zh-CN', 'uk', 'id', 'vi', 'bn', 'te']) {
      expect(locales).toContain(wix);
    }
  });

  it.each(locales)('%s has exactly the keys of English, none empty or padded', async (locale) => {
    const messages = await load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(messages) as [keyof DashboardTexts, string | PluralForms][]) {
      expect(isPlural(value), key).toBe(isPlural(en[key]));
    }
    for (const [where, text] of texts(messages)) {
      expect(text.trim(), where).not.toBe('');
      expect(text, where).toBe(text.trim());
    }
  });

  it.each(locales)('%s keeps the {slots} of English', async (locale) => {
    const messages = await load(locale);
    for (const [key, value] of Object.entries(messages) as [keyof DashboardTexts, string | PluralForms][]) {
      if (isPlural(value)) {
        expect(slots(value.other), key).toEqual(['count']);
        for (const text of Object.values(value)) expect(slots(text).every((slot) => slot === 'count'), key).toBe(true);
      } else {
        expect(slots(value), key).toEqual(slots(en[key] as string));
      }
    }
  });

  it.each(locales)('%s has one plural form per category of Intl.PluralRules', async (locale) => {
    const messages = await load(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, value] of Object.entries(messages)) {
      if (isPlural(value)) expect(Object.keys(value).sort(), key).toEqual([...categories].sort());
    }
  });

  it.each(locales)('%s is written in its own script', async (locale) => {
    const messages = await load(locale);
    const allowed = scriptLetters(locale);
    expect(allowed, `no script pattern for ${locale}`).toBeDefined();
    for (const [where, text] of texts(messages)) {
      expect(letters(text.replace(KEPT, '')).filter((char) => !allowed?.test(char)).join(''), `${locale} ${where}`).toBe('');
    }
  });

  it.each(locales)('%s has no English left in it', async (locale) => {
    const messages = await load(locale);
    for (const [where, text] of texts(messages)) {
      const english = texts(en).find(([key]) => key === where)?.[1] ?? '';
      // Single words may be the same ("Inbox" in Dutch, "Download CSV"); sentences may not.
      const words = english.replace(/\{\w+\}/g, '').replace(KEPT, '').match(/\p{L}+/gu) ?? [];
      if (words.length > 1) expect(text, where).not.toBe(english);
    }
  });
});
