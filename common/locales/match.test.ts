import { describe, expect, it } from 'vitest';
import { LOCALES } from './catalog';
import { matchLocale } from './match';

const match = (...tags: (string | null | undefined)[]) => matchLocale(tags);

describe('matchLocale', () => {
  it('takes an exact match, whatever the case or separator', () => {
    expect(match('bn')).toBe('bn');
    expect(match('te')).toBe('te');
    expect(match('zh-CN')).toBe('zh-CN');
    expect(match('ZH-tw')).toBe('zh-TW');
    expect(match('pt_BR')).toBe('pt');
    expect(match(' fr ')).toBe('fr');
  });

  it('falls back from a regional tag to its base language', () => {
    expect(match('pt-PT')).toBe('pt');
    expect(match('en-GB')).toBe('en');
    expect(match('bn-IN')).toBe('bn');
    expect(match('bn-BD')).toBe('bn');
    expect(match('es-419')).toBe('es');
    expect(match('ar-EG')).toBe('ar');
    expect(match('fa-AF')).toBe('fa');
    expect(match('de-CH-1996')).toBe('de');
  });

  it('picks Chinese by script first, then by region', () => {
    expect(match('zh-Hant')).toBe('zh-TW');
    expect(match('zh-HK')).toBe('zh-TW');
    expect(match('zh-MO')).toBe('zh-TW');
    expect(match('zh-Hant-HK')).toBe('zh-TW');
    expect(match('zh-Hans')).toBe('zh-CN');
    expect(match('zh-Hans-HK')).toBe('zh-CN');
    expect(match('zh-SG')).toBe('zh-CN');
    expect(match('zh')).toBe('zh-CN');
  });

  it('serves Norwegian readers in Bokmål and understands retired codes', () => {
    expect(match('no')).toBe('nb');
    expect(match('nn-NO')).toBe('nb');
    expect(match('nb-NO')).toBe('nb');
    expect(match('iw')).toBe('he');
    expect(match('in')).toBe('id');
  });

  it('takes the first tag that matches, skipping missing, unknown and malformed ones', () => {
    expect(match(undefined, '', 'te-IN', 'bn')).toBe('te');
    expect(match('ka-GE', 'ru')).toBe('ru');
    expect(match('not a tag!', 'hi')).toBe('hi');
    expect(match(null, 'x-klingon', 'ur-PK')).toBe('ur');
  });

  it('falls back to English when nothing matches', () => {
    expect(match()).toBe('en');
    expect(match('sw', 'ka')).toBe('en');
  });

  it('prefers a regional variant of the same language over English', () => {
    expect(matchLocale(['pt-PT'], ['en', 'pt-BR'])).toBe('pt-BR');
    expect(matchLocale(['pt'], ['en', 'pt-BR'])).toBe('pt-BR');
  });

  it('matches every supported locale to itself', () => {
    for (const locale of LOCALES) expect(match(locale)).toBe(locale);
  });
});
