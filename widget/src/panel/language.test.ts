import { describe, expect, it } from 'vitest';
import bn from '../locales/bn';
import te from '../locales/te';
import type { Messages } from '../locales/messages';
import { createLanguage } from './language';
import type { ImportPack } from './language';
import type { Strings } from './strings';

const PACKS: Record<string, Messages> = { bn, te };

function setup(importPack?: ImportPack) {
  const fetched: string[] = [];
  const changes: Strings[] = [];
  const warnings: string[] = [];
  const language = createLanguage({
    importPack:
      importPack ??
      ((locale) => {
        fetched.push(locale);
        const pack = PACKS[locale];
        return pack ? Promise.resolve({ default: pack }) : Promise.reject(new Error('404'));
      }),
    onChange: (strings) => changes.push(strings),
    warn: (message) => warnings.push(message),
    firstPackTimeoutMs: 20,
  });
  return { language, fetched, changes, warnings };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLanguage', () => {
  it('starts in English without fetching anything', async () => {
    const { language, fetched } = setup();
    expect((await language.start('en')).openChat).toBe('Open chat');
    expect(fetched).toEqual([]);
  });

  it('starts in a pack language once its pack has loaded', async () => {
    const { language, fetched } = setup();
    const strings = await language.start('bn');
    expect(strings).toMatchObject({ locale: 'bn', openChat: 'চ্যাট খুলুন' });
    expect(fetched).toEqual(['bn']);
  });

  it('switches live, fetching each pack once', async () => {
    const { language, fetched, changes } = setup();
    await language.start('bn');
    language.set('te');
    await settle();
    language.set('bn');
    await settle();
    language.set('en');
    await settle();
    expect(changes.map((strings) => strings.locale)).toEqual(['te', 'bn', 'en']);
    expect(fetched).toEqual(['bn', 'te']);
  });

  it('lets the last switch win when packs arrive out of order', async () => {
    const resolvers = new Map<string, () => void>();
    const { language, changes } = setup(
      (locale) =>
        new Promise((resolve) => {
          resolvers.set(locale, () => resolve({ default: PACKS[locale] as Messages }));
        }),
    );
    language.set('bn');
    language.set('te');
    resolvers.get('te')?.();
    await settle();
    resolvers.get('bn')?.();
    await settle();
    expect(changes.map((strings) => strings.locale)).toEqual(['te']);
  });

  it('shows English when a pack fails, and retries it on the next switch', async () => {
    let failures = 1;
    const { language, warnings, changes } = setup((locale) =>
      failures-- > 0 ? Promise.reject(new Error('offline')) : Promise.resolve({ default: PACKS[locale] as Messages }),
    );
    expect((await language.start('bn')).locale).toBe('en');
    expect(warnings).toHaveLength(1);
    language.set('bn');
    await settle();
    expect(changes.map((strings) => strings.locale)).toEqual(['bn']);
  });

  it('renders English when the first pack is slow, then switches when it arrives', async () => {
    let arrive: () => void = () => {};
    const { language, changes } = setup(
      () =>
        new Promise((resolve) => {
          arrive = () => resolve({ default: bn });
        }),
    );
    expect((await language.start('bn')).locale).toBe('en');
    arrive();
    await settle();
    expect(changes.map((strings) => strings.locale)).toEqual(['bn']);
  });
});
