import { describe, expect, it } from 'vitest';
import { snippetOf } from './snippet';
import { pickLanguage } from './language';


describe('snippetOf', () => {
  it('is the whole text when short, else a window around the first word found', () => {
    expect(snippetOf('Short answer.', ['answer'])).toBe('Short answer.');
    const text = `${'lorem ipsum '.repeat(30)}returns within thirty days ${'dolor sit '.repeat(30)}`;
    const snippet = snippetOf(text, ['returns']);
    expect(snippet).toContain('returns within thirty days');
    expect(snippet.startsWith('… ')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(170);
  });
});

describe('pickLanguage', () => {
  it("takes the shopper's language, its base, the site's, English, then any", () => {
    expect(pickLanguage(['en', 'bn'], 'bn-BD', 'en')).toBe('bn');
    expect(pickLanguage(['en', 'te'], 'fr', 'te')).toBe('te');
    expect(pickLanguage(['en', 'te'], 'fr', 'de')).toBe('en');
    expect(pickLanguage(['ar'], 'fr', 'de')).toBe('ar');
    expect(pickLanguage([], 'fr', 'de')).toBe('de');
  });
});
