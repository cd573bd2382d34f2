/**
 * The Help chunk's words in the shopper's language: English is bundled, every other
 * language is its own small pack (widget/build.ts names them), fetched once on first use.
 */
import { DEFAULT_LOCALE } from '@kotha/common/locales/catalog';
import en from './locales/en';
import type { HelpMessages } from './locales/messages';
import { useEffect, useState } from 'preact/hooks';

/** Locale code → content-hashed pack file (`./help-bn-<hash>.js`), injected by widget/build.ts. */
declare const __KOTHA_HELP_TEXT_FILES__: Record<string, string>;

const packs = new Map<string, Promise<HelpMessages>>();

function load(locale: string): Promise<HelpMessages> {
  const file = locale === DEFAULT_LOCALE ? undefined : __KOTHA_HELP_TEXT_FILES__[locale];
  if (!file) return Promise.resolve(en);
  let pack = packs.get(locale);
  if (!pack) {
    pack = import(/* @vite-ignore */ new URL(file, import.meta.url).href).then((module: { default: HelpMessages }) => module.default);
    // A failed fetch shows English and is tried again next time.
    pack.catch(() => packs.delete(locale));
    packs.set(locale, pack);
  }
  return pack.catch(() => en);
}

/** The Help texts in `locale`: English until its pack has arrived. */
export function useTexts(locale: string): HelpMessages {
  const [texts, setTexts] = useState<{ locale: string; messages: HelpMessages }>({ locale: DEFAULT_LOCALE, messages: en });
  useEffect(() => {
    let current = true;
    void load(locale).then((messages) => current && setTexts({ locale, messages }));
    return () => {
      current = false;
    };
  }, [locale]);
  return texts.messages;
}

