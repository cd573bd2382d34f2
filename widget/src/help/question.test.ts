import { describe, expect, it } from 'vitest';
import { isRealQuestion } from './question';

describe('isRealQuestion', () => {
  it.each([
    ['where is my order', 'en'],
    ['Refund?', 'en'],
    ['Do you ship to Canada', 'en'],
    ['hi, how long does shipping take?', 'en'],
    ['আমার অর্ডার কোথায়?', 'bn'],
    ['ফেরত দেওয়ার নিয়ম কী জানতে চাই', 'bn'],
    ['నా ఆర్డర్ ఎక్కడ ఉంది', 'te'],
    ['أين طلبي؟', 'ar'],
    ['我的订单在哪里', 'zh-CN'],
    ['配送にはどのくらいかかりますか', 'ja'],
    ['Πότε θα φτάσει η παραγγελία;', 'el'],
  ])('takes %j as a question', (text, locale) => {
    expect(isRealQuestion(text, locale)).toBe(true);
  });

  it.each([
    ['', 'en'],
    ['hi', 'en'],
    ['Hello there!', 'en'],
    ['thanks so much', 'en'],
    ['how are you?', 'en'],
    ['ok thank you', 'en'],
    ['shipping', 'en'],
    ['need help', 'en'],
    ['?', 'en'],
    ['ধন্যবাদ', 'bn'],
    ['నమస్కారం', 'te'],
    ['شكرا', 'ar'],
  ])('does not take %j as a question', (text, locale) => {
    expect(isRealQuestion(text, locale)).toBe(false);
  });

  it('splits scripts without spaces by Intl.Segmenter, not by spaces', () => {
    // One run of Thai letters is several words.
    expect(isRealQuestion('สินค้าจะมาถึงเมื่อไหร่', 'th')).toBe(true);
  });
});
