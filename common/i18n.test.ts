import { describe, expect, it } from 'vitest';
import { fill, pluralForm, textDirection } from './i18n';
import { LOCALES } from './locales/catalog';

describe('fill', () => {
  it('fills slots once, leaving unknown ones visible', () => {
    expect(fill('Chat with {team}', { team: 'Nakshi {count}' })).toBe('Chat with Nakshi {count}');
    expect(fill('{a} and {b}', { a: '1' })).toBe('1 and {b}');
  });
});

describe('pluralForm', () => {
  it('falls back to other when a browser reports a category the file lacks', () => {
    expect(pluralForm({ one: 'a', other: 'b' }, 'many')).toBe('b');
  });
});

describe('textDirection', () => {
  it('flags exactly the locales Intl writes right to left', () => {
    for (const locale of LOCALES) {
      const intl = new Intl.Locale(locale) as Intl.Locale & { getTextInfo?: () => { direction: string }; textInfo?: { direction: string } };
      const direction = (intl.getTextInfo?.() ?? intl.textInfo)?.direction;
      expect(textDirection(locale), locale).toBe(direction);
    }
    expect(LOCALES.filter((locale) => textDirection(locale) === 'rtl').sort()).toEqual(['ar', 'fa', 'he', 'ur']);
  });
});
