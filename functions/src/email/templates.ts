/**
 * The emails Kotha sends, as pure functions: each returns a multipart text + HTML mail
 * whose every piece of user text is escaped, with a link back to where the chat goes on.
 * Shopper emails are in the shopper's language; merchant emails in English for now (the
 * dashboard's language).
 */
import { fill, textDirection } from '@kotha/common/i18n';
import { matchLocale } from '@kotha/common/locales/match';
import type { Mail } from './mailer';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Paragraphs of user text as HTML: escaped, line breaks kept. */
function htmlText(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

/** An email's HTML page in `lang`, laid out right to left for the scripts that read so. */
export function layout(lang: string, body: string): string {
  return `<!doctype html><html lang="${escapeHtml(lang)}" dir="${textDirection(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>` +
    `<body style="font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans Bengali','Noto Sans Telugu',sans-serif;font-size:16px;line-height:1.5;color:#1b1f24;max-width:560px;margin:0 auto;padding:24px">${body}</body></html>`;
}

function button(href: string, label: string): string {
  return `<p style="margin:24px 0"><a href="${escapeHtml(href)}" style="background:#116dff;color:#fff;text-decoration:none;padding:10px 18px;border-radius:6px;display:inline-block">${escapeHtml(label)}</a></p>`;
}

function quote(text: string): string {
  return `<blockquote style="margin:12px 0;padding:8px 12px;border-inline-start:3px solid #d0d7de;background:#f6f8fa">${htmlText(text)}</blockquote>`;
}

interface ShopperWords {
  subject: string;
  greeting: string;
  greetingNamed: string;
  replied: string;
  action: string;
  why: string;
}

/** The shopper's reply email, in each language a native speaker would write it. Slots: {team}, {name}, {site}. */
const SHOPPER_WORDS: Record<string, ShopperWords> = {
  en: {
    subject: '{team} replied to your message',
    greeting: 'Hello,',
    greetingNamed: 'Hello {name},',
    replied: '{team} answered your message:',
    action: 'Continue the conversation',
    why: 'You are getting this email because you left your address in the chat on {site}.',
  },
  bn: {
    subject: '{team} আপনার বার্তার উত্তর দিয়েছে',
    greeting: 'নমস্কার,',
    greetingNamed: 'নমস্কার {name},',
    replied: '{team} আপনার বার্তার উত্তরে লিখেছে:',
    action: 'কথোপকথন চালিয়ে যান',
    why: 'আপনি {site}-এর চ্যাটে আপনার ইমেল ঠিকানা রেখে গিয়েছিলেন, তাই এই ইমেলটি পাঠানো হলো।',
  },
  te: {
    subject: '{team} మీ సందేశానికి సమాధానం ఇచ్చింది',
    greeting: 'నమస్కారం,',
    greetingNamed: 'నమస్కారం {name},',
    replied: '{team} మీ సందేశానికి ఇలా సమాధానం ఇచ్చింది:',
    action: 'సంభాషణను కొనసాగించండి',
    why: 'మీరు {site} లోని చాట్‌లో మీ ఇమెయిల్ చిరునామా ఇచ్చినందువల్ల ఈ ఇమెయిల్ మీకు వచ్చింది.',
  },
  hi: {
    subject: '{team} ने आपके संदेश का जवाब दिया है',
    greeting: 'नमस्ते,',
    greetingNamed: 'नमस्ते {name},',
    replied: '{team} ने आपके संदेश का यह जवाब दिया:',
    action: 'बातचीत जारी रखें',
    why: 'आपने {site} पर चैट में अपना ईमेल पता दिया था, इसलिए आपको यह ईमेल मिला है।',
  },
  ar: {
    subject: 'ردّ {team} على رسالتك',
    greeting: 'مرحبًا،',
    greetingNamed: 'مرحبًا {name}،',
    replied: 'ردّ {team} على رسالتك:',
    action: 'تابع المحادثة',
    why: 'وصلتك هذه الرسالة لأنك تركت عنوان بريدك في الدردشة على {site}.',
  },
  es: {
    subject: '{team} ha respondido a tu mensaje',
    greeting: 'Hola:',
    greetingNamed: 'Hola, {name}:',
    replied: '{team} ha respondido a tu mensaje:',
    action: 'Continuar la conversación',
    why: 'Recibes este correo porque dejaste tu dirección en el chat de {site}.',
  },
  fr: {
    subject: '{team} a répondu à votre message',
    greeting: 'Bonjour,',
    greetingNamed: 'Bonjour {name},',
    replied: '{team} a répondu à votre message :',
    action: 'Reprendre la conversation',
    why: 'Vous recevez cet e-mail parce que vous avez laissé votre adresse dans le chat de {site}.',
  },
  de: {
    subject: '{team} hat auf Ihre Nachricht geantwortet',
    greeting: 'Hallo,',
    greetingNamed: 'Hallo {name},',
    replied: '{team} hat auf Ihre Nachricht geantwortet:',
    action: 'Unterhaltung fortsetzen',
    why: 'Sie erhalten diese E-Mail, weil Sie im Chat auf {site} Ihre Adresse hinterlassen haben.',
  },
};

/** The language of a shopper email: theirs when we have it, else English. */
export function shopperLanguage(locale: string | null): string {
  return matchLocale([locale], Object.keys(SHOPPER_WORDS));
}

/** The team answered while the shopper was away: their replies, and a link back to the chat. */
export function replyToShopperMail(input: {
  to: string;
  locale: string | null;
  team: string;
  shopperName: string | null;
  replies: string[];
  /** The page the shopper chatted on; the link opens the chat there. */
  chatUrl: string;
}): Mail {
  const lang = shopperLanguage(input.locale);
  const w = SHOPPER_WORDS[lang]!;
  const site = safeHost(input.chatUrl);
  const values = { team: input.team, name: input.shopperName ?? '', site };
  const greeting = fill(input.shopperName ? w.greetingNamed : w.greeting, values);
  const subject = fill(w.subject, values);
  const text = [greeting, '', fill(w.replied, values), '', ...input.replies.flatMap((r) => [r, '']), `${w.action}: ${input.chatUrl}`, '', '—', fill(w.why, values)].join('\n');
  const html = layout(lang,
    `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(fill(w.replied, values))}</p>${input.replies.map(quote).join('')}` +
      button(input.chatUrl, w.action) +
      `<p style="color:#57606a;font-size:13px">${escapeHtml(fill(w.why, values))}</p>`);
  return { to: input.to, subject, text, html };
}

/** A shopper wrote outside hours: the merchant gets the message and can answer from the inbox or by email. */
export function offlineMessageMail(input: { to: string; shopperEmail: string; shopperName: string | null; text: string; pageUrl: string | null; inboxUrl: string }): Mail {
  const who = input.shopperName ? `${input.shopperName} <${input.shopperEmail}>` : input.shopperEmail;
  const subject = `New message from ${input.shopperName ?? input.shopperEmail}, left outside your hours`;
  const page = input.pageUrl ? `Written on: ${input.pageUrl}` : null;
  const text = [`${who} left a message while your team was away:`, '', input.text, '', ...(page ? [page, ''] : []), `Answer in your Kotha inbox: ${input.inboxUrl}`, 'Or simply reply to this email.'].join('\n');
  const html = layout('en',
    `<p>${escapeHtml(who)} left a message while your team was away:</p>${quote(input.text)}` +
      (page ? `<p style="color:#57606a">${escapeHtml(page)}</p>` : '') +
      button(input.inboxUrl, 'Answer in your inbox') +
      `<p style="color:#57606a;font-size:13px">Or simply reply to this email: it goes to the shopper.</p>`);
  return { to: input.to, subject, text, html, replyTo: input.shopperEmail };
}

/** Nobody has answered a shopper for a while. */
export function waitingShopperMail(input: { to: string; shopperName: string | null; minutes: number; lastMessage: string; inboxUrl: string }): Mail {
  const who = input.shopperName ?? 'A shopper';
  const subject = `${who} has waited ${input.minutes} minutes for a reply`;
  const text = [`${who} has been waiting ${input.minutes} minutes for an answer. Their last message:`, '', input.lastMessage, '', `Answer now: ${input.inboxUrl}`].join('\n');
  const html = layout('en', `<p>${escapeHtml(who)} has been waiting ${input.minutes} minutes for an answer. Their last message:</p>${quote(input.lastMessage)}${button(input.inboxUrl, 'Answer now')}`);
  return { to: input.to, subject, text, html };
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
