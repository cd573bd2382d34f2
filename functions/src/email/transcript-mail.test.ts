import { expect, it } from 'vitest';
import type { Message } from '@kotha/common/contract';
import { transcriptMail } from './transcript-mail';

const message = (author: Message['author'], text: string, minute: number, authorName: string | null = null): Message => ({
  id: `m${minute}`, conversationId: 'c1', author, authorName, text, createdAt: Date.UTC(2026, 11, 1, 9, minute),
});

it('writes the whole conversation in the shopper’s language and zone, escaped', () => {
  const mail = transcriptMail({
    to: 'rina@example.com', locale: 'bn', timeZone: 'Asia/Dhaka', team: 'Nakshi Crafts', site: 'shop.test',
    messages: [message('visitor', 'কাঁথাটা কি ধোয়া যায়? <b>', 1), message('agent', 'হ্যাঁ!', 2, 'Asha')],
  });
  expect(mail.subject).toBe('Nakshi Crafts-এর সঙ্গে আপনার কথোপকথন');
  expect(mail.text).toContain('আপনি:\nকাঁথাটা কি ধোয়া যায়? <b>');
  expect(mail.text).toContain('Asha:\nহ্যাঁ!');
  expect(mail.text).toContain('৩:০১'); // 15:01 in Dhaka, in Bengali digits
  expect(mail.html).toContain('&lt;b&gt;');
  expect(mail.html).not.toContain('<b>');
});

it('falls back to English and UTC', () => {
  const mail = transcriptMail({ to: 'x@example.com', locale: 'sw', timeZone: 'Not/AZone', team: 'Shop', site: 'shop.test', messages: [message('visitor', 'Hi', 1)] });
  expect(mail.subject).toBe('Your conversation with Shop');
  expect(mail.text).toContain('9:01');
});
