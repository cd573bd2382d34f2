import { describe, expect, it } from 'vitest';
import { linkSegments } from './links';

describe('linkSegments', () => {
  it('finds web addresses, emails and phone numbers, leaving sentence punctuation out', () => {
    expect(linkSegments('See https://shop.test/quilts?id=7. Or www.example.com, or mail me@shop.test!')).toEqual([
      { text: 'See ' },
      { text: 'https://shop.test/quilts?id=7', href: 'https://shop.test/quilts?id=7' },
      { text: '. Or ' },
      { text: 'www.example.com', href: 'https://www.example.com/' },
      { text: ', or mail ' },
      { text: 'me@shop.test', href: 'mailto:me@shop.test' },
      { text: '!' },
    ]);
    expect(linkSegments('Call tel:+880 1711-000000 now')).toEqual([{ text: 'Call ' }, { text: 'tel:+880 1711-000000', href: 'tel:+8801711000000' }, { text: ' now' }]);
  });

  it('never makes a link of a script or data address, in any spelling', () => {
    for (const text of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', '<a href="javascript:x">y</a>']) {
      expect(linkSegments(text).every((s) => !('href' in s) || /^(https?|mailto|tel):/.test(s.href))).toBe(true);
    }
    expect(linkSegments('javascript:alert(1)')).toEqual([{ text: 'javascript:alert(1)' }]);
  });

  it('keeps Bengali text around a link whole', () => {
    expect(linkSegments('দেখুন https://shop.test/কাঁথা আজই')).toEqual([
      { text: 'দেখুন ' },
      { text: 'https://shop.test/কাঁথা', href: 'https://shop.test/%E0%A6%95%E0%A6%BE%E0%A6%81%E0%A6%A5%E0%A6%BE' },
      { text: ' আজই' },
    ]);
  });
});
