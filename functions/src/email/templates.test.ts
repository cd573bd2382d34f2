import { describe, expect, it } from 'vitest';
import { escapeHtml, offlineMessageMail, replyToShopperMail, shopperLanguage } from './templates';

const xss = '<img src=x onerror="alert(1)"> & <script>alert("x")</script>';

describe('email templates', () => {
  it('escape every piece of user text in the HTML part and keep it readable in the text part', () => {
    const mail = offlineMessageMail({ to: 'shop@example.com', shopperEmail: 'a@b.co', shopperName: xss, text: xss, pageUrl: 'https://shop.example/p?a=1&b=<2>', inboxUrl: 'https://app.example/inbox?c=1' });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(mail.text).toContain(xss);
    expect(mail.replyTo).toBe('a@b.co');
    expect(mail.html).toContain('href="https://app.example/inbox?c=1"');
  });

  it('write to the shopper in their language, right to left where it reads that way', () => {
    const bn = replyToShopperMail({ to: 'x@y.z', locale: 'bn-BD', team: 'নকশি', shopperName: 'রুমা', replies: ['হ্যাঁ, আছে।'], chatUrl: 'https://shop.example/item' });
    expect(bn.subject).toBe('নকশি আপনার বার্তার উত্তর দিয়েছে');
    expect(bn.text).toContain('নমস্কার রুমা,');
    expect(bn.html).toContain('lang="bn" dir="ltr"');
    const te = replyToShopperMail({ to: 'x@y.z', locale: 'te', team: 'Team', shopperName: null, replies: ['ok'], chatUrl: 'https://shop.example/' });
    expect(te.text.startsWith('నమస్కారం,')).toBe(true);
    const ar = replyToShopperMail({ to: 'x@y.z', locale: 'ar', team: 'Team', shopperName: null, replies: ['ok'], chatUrl: 'https://shop.example/' });
    expect(ar.html).toContain('dir="rtl"');
    expect(shopperLanguage('xx')).toBe('en');
    expect(shopperLanguage(null)).toBe('en');
  });

  it('link back to the chat in both parts', () => {
    const mail = replyToShopperMail({ to: 'x@y.z', locale: 'en', team: 'Acme', shopperName: null, replies: ['<b>Yes</b>'], chatUrl: 'https://shop.example/item#kotha-chat' });
    expect(mail.text).toContain('Continue the conversation: https://shop.example/item#kotha-chat');
    expect(mail.html).toContain('href="https://shop.example/item#kotha-chat"');
    expect(mail.html).toContain('&lt;b&gt;Yes&lt;/b&gt;');
    expect(mail.text).toContain('shop.example');
  });

  it('escapes the five HTML characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
