import { describe, expect, it } from 'vitest';
import { csvField } from './account';

describe('csvField', () => {
  it('quotes, doubles quotes, and defuses spreadsheet formulas a shopper might type', () => {
    expect(csvField('He said "hi", then left')).toBe('"He said ""hi"", then left"');
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField('+1 555')).toBe(`"'+1 555"`);
    expect(csvField(null)).toBe('""');
    expect(csvField('শাড়ি')).toBe('"শাড়ি"');
  });
});
