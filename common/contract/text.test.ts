import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, hasText } from './text';

/** Any UTF-16 code unit, lone surrogates included. */
const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 60 });
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('cleanText', () => {
  it('replaces lone surrogates, keeps pairs, removes controls but newline and tab, turns carriage returns into newlines', () => {
    expect(cleanText('\ud800')).toBe('\ufffd');
    expect(cleanText('a\udc00b')).toBe('a\ufffdb');
    expect(cleanText('\udc00\ud800')).toBe('\ufffd\ufffd');
    expect(cleanText('😀 \ud83d')).toBe('😀 \ufffd');
    expect(cleanText('a\u0000b\u0007c\u001bd\u007fe\u0085f')).toBe('abcdef');
    expect(cleanText('one\r\ntwo\rthree\nfour\tfive')).toBe('one\ntwo\nthree\nfour\tfive');
    expect(cleanText('নমস্কার, ক্ষমা করবেন')).toBe('নমস্কার, ক্ষমা করবেন');
  });

  it('always gives well-formed text without controls, and changes nothing the second time', () => {
    fc.assert(
      fc.property(codeUnits, (text) => {
        const clean = cleanText(text);
        expect(wellFormed(clean)).toBe(true);
        expect(clean).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
        expect(cleanText(clean)).toBe(clean);
        // Encodable as UTF-8 and back unchanged, as Firestore stores it.
        expect(Buffer.from(clean, 'utf8').toString('utf8')).toBe(clean);
      }),
    );
  });
});

describe('hasText', () => {
  it('is false for white space and invisible characters only, true once anything shows', () => {
    for (const blank of ['', '   ', '\n\t', '\u200b\u200b', '\u200d', '\ufeff', '\u2060\u00ad', '\u3164', '\u2800', '\ufe0f', '\u0000', '\u202e \u200f', '\u{E0041}', '\u0301\u034f', '\u{E0100}']) {
      expect(hasText(blank), JSON.stringify(blank)).toBe(false);
    }
    for (const text of ['a', ' a ', '😀', '👨‍👩‍👧', 'ক্ষ', '\ud800', '.', '0']) {
      expect(hasText(text), JSON.stringify(text)).toBe(true);
    }
  });
});
