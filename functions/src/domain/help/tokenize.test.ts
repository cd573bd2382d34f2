import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('splits English into lower-case words and drops punctuation', () => {
    expect(tokenize('Where is MY order? (#1042)')).toEqual(['where', 'is', 'my', 'order', '1042']);
  });

  it('keeps Bengali words whole, vowel signs and conjuncts included', () => {
    expect(tokenize('আমার অর্ডার কোথায়?', 'bn')).toEqual(['আমার', 'অর্ডার', 'কোথায়']);
  });

  it('keeps Telugu words whole', () => {
    expect(tokenize('నా ఆర్డర్ ఎక్కడ ఉంది?', 'te')).toEqual(['నా', 'ఆర్డర్', 'ఎక్కడ', 'ఉంది']);
  });

  it('splits Arabic on its spaces and leaves its marks in the word', () => {
    expect(tokenize('أين طلبي؟', 'ar')).toEqual(['أين', 'طلبي']);
  });

  it('splits Japanese and Chinese, which have no spaces, into dictionary words', () => {
    const ja = tokenize('注文はどこですか', 'ja');
    expect(ja.length).toBeGreaterThan(1);
    expect(ja).toContain('注文');
    expect(tokenize('我的订单在哪里', 'zh').length).toBeGreaterThan(1);
  });

  it('meets composed and decomposed forms alike', () => {
    expect(tokenize('Cafe\u0301')).toEqual(tokenize('Café'));
  });

  it('never returns an empty word, white space or punctuation, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom('en', 'bn', 'te', 'ar', 'ja'), (text, language) => {
        for (const word of tokenize(text, language)) {
          expect(word.length).toBeGreaterThan(0);
          expect(word).not.toMatch(/\s/);
          expect(word).toBe(word.toLocaleLowerCase());
        }
      }),
    );
  });

  it('finds every space-separated Latin word of a sentence', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 1, maxLength: 12 }), (words) => {
        expect(tokenize(words.join(' '))).toEqual(words);
        expect(tokenize(words.join(', ').toUpperCase())).toEqual(words);
      }),
    );
  });

  it('is the same for the words of a text split or whole (whitespace-joined)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('অর্ডার', 'ফেরত', 'ডেলিভারি', 'ఆర్డర్', 'డెలివరీ', 'refund'), { minLength: 1, maxLength: 8 }), (words) => {
        expect(tokenize(words.join(' '), 'bn')).toEqual(words);
      }),
    );
  });
});
