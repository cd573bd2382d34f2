import { describe, expect, it } from 'vitest';
import ar from '../locales/ar';
import bn from '../locales/bn';
import en from '../locales/en';
import pl from '../locales/pl';
import ru from '../locales/ru';
import { createStrings } from './strings';

describe('createStrings', () => {
  it('picks the plural form Intl.PluralRules gives each count', () => {
    const english = createStrings('en', en);
    expect(english.openChatUnread(1)).toBe('Open chat, 1 unread message');
    expect(english.openChatUnread(3)).toBe('Open chat, 3 unread messages');

    const russian = createStrings('ru', ru);
    expect(russian.openChatUnread(1)).toBe('Открыть чат, 1 непрочитанное сообщение');
    expect(russian.openChatUnread(3)).toBe('Открыть чат, 3 непрочитанных сообщения');
    expect(russian.openChatUnread(5)).toBe('Открыть чат, 5 непрочитанных сообщений');
    expect(russian.openChatUnread(21)).toBe('Открыть чат, 21 непрочитанное сообщение');

    const polish = createStrings('pl', pl);
    expect(polish.openChatUnread(22)).toBe('Otwórz czat, 22 nieprzeczytane wiadomości');
    expect(polish.openChatUnread(12)).toBe('Otwórz czat, 12 nieprzeczytanych wiadomości');

    const arabic = createStrings('ar', ar);
    expect(arabic.openChatUnread(1)).toBe(ar.openChatUnread.one);
    expect(arabic.openChatUnread(2)).toBe(ar.openChatUnread.two);
    expect(arabic.openChatUnread(3)).toContain('رسائل');
    expect(arabic.openChatUnread(11)).toContain('رسالة');
  });

  it('writes numbers and times as the locale prefers', () => {
    const bengali = createStrings('bn', bn);
    expect(bengali.number(12)).toBe('১২');
    expect(bengali.openChatUnread(3)).toBe('চ্যাট খুলুন, ৩টি অপঠিত বার্তা');
    expect(bengali.time(new Date(2024, 0, 1, 15, 5))).toMatch(/৩:০৫/);
    expect(createStrings('en', en).time(new Date(2024, 0, 1, 15, 5))).toMatch(/3:05\sPM/);
  });

  it('fills the team name and knows the text direction', () => {
    expect(createStrings('bn', bn).chatWith('Nakshi Crafts')).toBe('Nakshi Crafts-এর সঙ্গে চ্যাট');
    expect(createStrings('en', en).emailSaved('rina@example.com')).toBe("We'll also reply to rina@example.com.");
    expect(createStrings('ar', ar)).toMatchObject({ locale: 'ar', dir: 'rtl', close: 'إغلاق الدردشة' });
    expect(createStrings('en', en)).toMatchObject({ locale: 'en', dir: 'ltr', close: 'Close chat' });
  });

  it('makes no Intl formatter until a text needs one, then keeps it', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = function (...args: ConstructorParameters<typeof Original>) {
      made += 1;
      return new Original(...args);
    } as unknown as typeof Original;
    try {
      const english = createStrings('en', en);
      expect(english.chatWith('Nakshi Crafts')).toContain('Nakshi Crafts');
      expect(made).toBe(0);
      english.time(new Date(2024, 0, 1, 15, 5));
      expect(english.time(new Date(2024, 0, 1, 16, 5))).toMatch(/4:05\sPM/);
      expect(made).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});
