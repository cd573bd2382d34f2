import { describe, expect, it } from 'vitest';
import { identityTerms, MAX_TERMS, newTermsFor, searchPlan, wordsOf } from './search';

describe('search terms', () => {
  it('splits words in any script and lower-cases them', () => {
    expect(wordsOf('Where is my ORDER #1042?')).toEqual(['where', 'is', 'my', 'order', '1042']);
    expect(wordsOf('আমার অর্ডার কোথায়')).toEqual(['আমার', 'অর্ডার', 'কোথায়']);
    expect(wordsOf('నా ఆర్డర్ ఎక్కడ')).toEqual(['నా', 'ఆర్డర్', 'ఎక్కడ']);
    expect(wordsOf('注文はどこですか')).toContain('注文');
  });

  it('keeps prefixes of names and emails so typing finds people', () => {
    const terms = identityTerms('Rahim Uddin', 'Rahim.U@Example.com');
    expect(terms).toEqual(expect.arrayContaining(['ra', 'rah', 'rahim', 'ud', 'uddin', 'rahim.u@example.com', 'example.com']));
    expect(identityTerms(null, null)).toEqual([]);
  });

  it('adds only new words, and stops at the cap', () => {
    expect(newTermsFor('hello again hello', ['hello'])).toEqual(['again']);
    const full = Array.from({ length: MAX_TERMS }, (_, i) => `w${i}`);
    expect(newTermsFor('something new', full)).toEqual([]);
  });

  it('filters on the longest word and checks the others', () => {
    expect(searchPlan('red shoes size')).toEqual({ term: 'shoes', alsoRequired: ['size', 'red'] });
    expect(searchPlan('  ?! ')).toBeNull();
  });
});
