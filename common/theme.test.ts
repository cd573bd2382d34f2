import { describe, expect, it } from 'vitest';
import { DEFAULT_ACCENT, themeFor } from './theme';

describe('themeFor', () => {
  it('puts white text on dark accents and dark text on light ones', () => {
    expect(themeFor('#0a3d62').onAccent).toBe('#ffffff');
    expect(themeFor('#ffd43b').onAccent).toBe('#111114');
    expect(themeFor('#fff').onAccent).toBe('#111114');
  });

  it('falls back to the default accent for anything that is not a hex colour', () => {
    for (const value of ['red', 'url(javascript:x)', '#12345', '', null, undefined]) {
      expect(themeFor(value).accent).toBe(DEFAULT_ACCENT);
    }
  });
});
