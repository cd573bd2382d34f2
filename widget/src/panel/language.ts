/**
 * Which language the panel shows, and switching it live. English is bundled; any other
 * locale's pack is fetched once, on demand. The panel always shows texts it actually has:
 * while a pack loads it keeps the current ones, and if a pack fails it falls back to English.
 */
import { DEFAULT_LOCALE } from '@kotha/common/locales/catalog';
import en from '../locales/en';
import type { Messages } from '../locales/messages';
import { createStrings } from './strings';
import type { Strings } from './strings';

/** Loads a locale pack module (a dynamic `import()` of `locale-<code>-<hash>.js` in the browser). */
export type ImportPack = (locale: string) => Promise<{ default: Messages }>;

export interface LanguageDeps {
  importPack: ImportPack;
  /** Called with new strings after `set` (not for the first ones, which `start` returns). */
  onChange: (strings: Strings) => void;
  warn: (message: string, error?: unknown) => void;
  /** How long the first render waits for a pack before showing English instead. */
  firstPackTimeoutMs?: number;
}

export interface Language {
  /** The strings for the first render: the pack, or English if it fails or takes too long (it still applies when it arrives). */
  start(locale: string): Promise<Strings>;
  /** Switches to `locale` (a supported code) once its pack has loaded; the last call wins. */
  set(locale: string): void;
}

const english = createStrings(DEFAULT_LOCALE, en);

/** Creates the panel's language state; all I/O comes in through `deps`. */
export function createLanguage({ importPack, onChange, warn, firstPackTimeoutMs = 3000 }: LanguageDeps): Language {
  const packs = new Map<string, Promise<Messages>>();
  let wanted: string = DEFAULT_LOCALE;

  function load(locale: string): Promise<Messages> {
    if (locale === DEFAULT_LOCALE) return Promise.resolve(en);
    let pack = packs.get(locale);
    if (!pack) {
      pack = importPack(locale).then((module) => module.default);
      // Forget a failed fetch so a later switch to the same locale retries it.
      pack.catch(() => packs.delete(locale));
      packs.set(locale, pack);
    }
    return pack;
  }

  async function stringsFor(locale: string): Promise<Strings> {
    try {
      return createStrings(locale, await load(locale));
    } catch (error) {
      warn(`Kotha: the "${locale}" language pack failed to load; showing English`, error);
      return english;
    }
  }

  function set(locale: string): void {
    wanted = locale;
    void stringsFor(locale).then((strings) => {
      if (wanted === locale) onChange(strings);
    });
  }

  async function start(locale: string): Promise<Strings> {
    wanted = locale;
    const pending = stringsFor(locale);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), firstPackTimeoutMs);
    });
    const first = await Promise.race([pending, timeout]);
    clearTimeout(timer);
    if (first) return first;
    // Too slow: render in English now, and switch when the pack arrives (unless the page chose another).
    void pending.then((strings) => {
      if (wanted === locale) onChange(strings);
    });
    return english;
  }

  return { start, set };
}
