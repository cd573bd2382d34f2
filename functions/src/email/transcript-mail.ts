/**
 * The transcript a shopper asks for at the end of a chat: the whole conversation, in their
 * language, with times in their own zone when we know it. Every message is escaped.
 */
import type { Message } from '@kotha/common/contract';
import type { Mail } from './mailer';
import { fill } from '@kotha/common/i18n';
import { escapeHtml, layout, shopperLanguage } from './templates';

interface TranscriptWords {
  subject: string;
  intro: string;
  you: string;
  why: string;
}

/** Slots: {team}, {site}. Languages as the other shopper emails (templates.ts); English otherwise. */
const WORDS: Record<string, TranscriptWords> = {
  en: { subject: 'Your conversation with {team}', intro: 'Here is your conversation with {team}, as you asked:', you: 'You', why: 'You asked for this copy in the chat on {site}.' },
  bn: { subject: '{team}-এর সঙ্গে আপনার কথোপকথন', intro: 'আপনার অনুরোধে {team}-এর সঙ্গে আপনার কথোপকথনটি নিচে দেওয়া হলো:', you: 'আপনি', why: 'আপনি {site}-এর চ্যাট থেকে এই কপিটি চেয়েছিলেন।' },
  te: { subject: '{team}తో మీ సంభాషణ', intro: 'మీరు కోరినట్లుగా, {team}తో మీ సంభాషణ ఇదిగో:', you: 'మీరు', why: 'మీరు {site} లోని చాట్‌లో ఈ కాపీని అడిగారు.' },
  hi: { subject: '{team} के साथ आपकी बातचीत', intro: 'आपके कहने पर, {team} के साथ आपकी बातचीत यह रही:', you: 'आप', why: 'आपने {site} की चैट में यह कॉपी माँगी थी।' },
  ar: { subject: 'محادثتك مع {team}', intro: 'إليك محادثتك مع {team} كما طلبت:', you: 'أنت', why: 'طلبت هذه النسخة من الدردشة على {site}.' },
  es: { subject: 'Tu conversación con {team}', intro: 'Aquí tienes tu conversación con {team}, como pediste:', you: 'Tú', why: 'Pediste esta copia en el chat de {site}.' },
  fr: { subject: 'Votre conversation avec {team}', intro: 'Voici votre conversation avec {team}, comme vous l’avez demandé :', you: 'Vous', why: 'Vous avez demandé cette copie dans le chat de {site}.' },
  de: { subject: 'Deine Unterhaltung mit {team}', intro: 'Hier ist deine Unterhaltung mit {team}, wie gewünscht:', you: 'Du', why: 'Du hast diese Kopie im Chat auf {site} angefordert.' },
};

export function transcriptMail(input: {
  to: string;
  locale: string | null;
  timeZone: string | null;
  team: string;
  site: string;
  messages: readonly Message[];
}): Mail {
  const lang = shopperLanguage(input.locale);
  const w = WORDS[lang] ?? WORDS.en!;
  const values = { team: input.team, site: input.site };
  let zone = input.timeZone ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    zone = 'UTC';
  }
  const when = new Intl.DateTimeFormat(input.locale ?? lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const who = (m: Message) => (m.author === 'visitor' ? w.you : (m.authorName ?? input.team));
  const lines = input.messages.map((m) => ({ at: when.format(m.createdAt), who: who(m), text: m.text }));
  const text = [fill(w.intro, values), '', ...lines.flatMap((l) => [`[${l.at}] ${l.who}:`, l.text, '']), '—', fill(w.why, values)].join('\n');
  const body =
    `<p>${escapeHtml(fill(w.intro, values))}</p>` +
    lines
      .map((l) => `<p style="margin:12px 0"><span style="color:#57606a;font-size:13px">${escapeHtml(l.at)} · <strong>${escapeHtml(l.who)}</strong></span><br>${escapeHtml(l.text).replace(/\r?\n/g, '<br>')}</p>`)
      .join('') +
    `<p style="color:#57606a;font-size:13px">${escapeHtml(fill(w.why, values))}</p>`;
  return { to: input.to, subject: fill(w.subject, values), text, html: layout(lang, body) };
}
