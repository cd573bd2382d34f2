/**
 * The weekly digest email to the site's owner: the week's figures against the week before
 * (domain/digest.ts), each change said in words as better or worse (faster or slower for
 * first responses), in colour too in HTML, in the site's language, with numbers, weekdays and hours written the
 * way that language writes them (Bengali digits in Bengali), right to left where it reads
 * so, every piece of text escaped, and a link to the Analytics tab.
 */
import { fill } from '@kotha/common/i18n';
import type { DigestContent, DigestFigure } from '../domain/digest';
import type { Mail } from './mailer';
import { escapeHtml, layout, shopperLanguage } from './templates';

interface DigestWords {
  subject: string;
  intro: string;
  quiet: string;
  conversations: string;
  firstResponse: string;
  firstResponseBusiness: string;
  answeredWithin: string;
  missed: string;
  csat: string;
  busiest: string;
  none: string;
  noComparison: string;
  newThisWeek: string;
  same: string;
  /** Slots: {change} (a signed percent, or points for shares); the arrow (▲/▼) is put before it, hidden from screen readers. */
  moved: string;
  /** Slots: {moved} (the line above), {verdict} (one of the four words below). */
  judged: string;
  /** Whether the move is good for the shop; first responses say faster or slower. */
  better: string;
  worse: string;
  faster: string;
  slower: string;
  points: string;
  action: string;
  why: string;
}

/**
 * Slots: {first}, {last} (the week's dates), {minutes}. Languages as the other emails
 * (templates.ts); English otherwise.
 */
const WORDS: Record<string, DigestWords> = {
  en: {
    subject: 'Your week in Kotha: {first} – {last}',
    intro: 'How your team answered shoppers from {first} to {last}, against the week before:',
    quiet: 'No shopper started a conversation this week, so there is nothing to compare.',
    conversations: 'Conversations',
    firstResponse: 'First response (median)',
    firstResponseBusiness: 'First response in business hours (median)',
    answeredWithin: 'Answered within {minutes} minutes',
    missed: 'Missed',
    csat: 'Satisfaction (CSAT)',
    busiest: 'Busiest hour',
    none: 'none yet',
    noComparison: 'nothing to compare with last week',
    newThisWeek: 'none the week before',
    same: 'same as last week',
    moved: '{change} on last week',
    judged: '{moved}, {verdict}',
    better: 'better',
    worse: 'worse',
    faster: 'faster',
    slower: 'slower',
    points: '{value} points',
    action: 'Open Analytics',
    why: 'You get this email because the weekly digest is on in Kotha (Team & tools). Turn it off there at any time.',
  },
  bn: {
    subject: 'Kotha-য় আপনার সপ্তাহ: {first} – {last}',
    intro: '{first} থেকে {last} পর্যন্ত আপনার টিম ক্রেতাদের কেমন উত্তর দিয়েছে, আগের সপ্তাহের তুলনায়:',
    quiet: 'এই সপ্তাহে কোনো ক্রেতা কথোপকথন শুরু করেননি, তাই তুলনা করার কিছু নেই।',
    conversations: 'কথোপকথন',
    firstResponse: 'প্রথম উত্তর (মধ্যমা)',
    firstResponseBusiness: 'কাজের সময়ে প্রথম উত্তর (মধ্যমা)',
    answeredWithin: '{minutes} মিনিটের মধ্যে উত্তর',
    missed: 'মিস হয়েছে',
    csat: 'সন্তুষ্টি (CSAT)',
    busiest: 'সবচেয়ে ব্যস্ত ঘণ্টা',
    none: 'এখনো নেই',
    noComparison: 'গত সপ্তাহের সঙ্গে তুলনার কিছু নেই',
    newThisWeek: 'আগের সপ্তাহে একটিও ছিল না',
    same: 'গত সপ্তাহের মতোই',
    moved: 'গত সপ্তাহের চেয়ে {change}',
    judged: '{moved}, {verdict}',
    better: 'ভালো হয়েছে',
    worse: 'খারাপ হয়েছে',
    faster: 'দ্রুত হয়েছে',
    slower: 'ধীর হয়েছে',
    points: '{value} পয়েন্ট',
    action: 'অ্যানালিটিক্স খুলুন',
    why: 'Kotha-য় (টিম ও টুলস) সাপ্তাহিক সারাংশ চালু আছে বলে আপনি এই ইমেলটি পাচ্ছেন। সেখানে যেকোনো সময় বন্ধ করতে পারেন।',
  },
  te: {
    subject: 'Kothaలో మీ వారం: {first} – {last}',
    intro: '{first} నుండి {last} వరకు మీ బృందం కొనుగోలుదారులకు ఎలా జవాబిచ్చిందో, అంతకు ముందు వారంతో పోలిస్తే:',
    quiet: 'ఈ వారం ఏ కొనుగోలుదారూ సంభాషణ మొదలుపెట్టలేదు, కాబట్టి పోల్చడానికి ఏమీ లేదు.',
    conversations: 'సంభాషణలు',
    firstResponse: 'మొదటి జవాబు (మధ్యగతం)',
    firstResponseBusiness: 'పని వేళల్లో మొదటి జవాబు (మధ్యగతం)',
    answeredWithin: '{minutes} నిమిషాల్లో జవాబిచ్చినవి',
    missed: 'తప్పిపోయినవి',
    csat: 'సంతృప్తి (CSAT)',
    busiest: 'అత్యంత రద్దీ గంట',
    none: 'ఇంకా లేదు',
    noComparison: 'గత వారంతో పోల్చడానికి ఏమీ లేదు',
    newThisWeek: 'ముందు వారం ఒక్కటీ లేదు',
    same: 'గత వారంలాగే',
    moved: 'గత వారం కంటే {change}',
    judged: '{moved}, {verdict}',
    better: 'మెరుగైంది',
    worse: 'దిగజారింది',
    faster: 'వేగంగా ఉంది',
    slower: 'నెమ్మదిగా ఉంది',
    points: '{value} పాయింట్లు',
    action: 'విశ్లేషణలు తెరవండి',
    why: 'Kothaలో (బృందం & సాధనాలు) వారపు సారాంశం ఆన్‌లో ఉన్నందున మీకు ఈ ఇమెయిల్ వచ్చింది. అక్కడ ఎప్పుడైనా ఆపవచ్చు.',
  },
  hi: {
    subject: 'Kotha में आपका सप्ताह: {first} – {last}',
    intro: '{first} से {last} तक आपकी टीम ने ग्राहकों को कैसे जवाब दिए, पिछले सप्ताह की तुलना में:',
    quiet: 'इस सप्ताह किसी ग्राहक ने बातचीत शुरू नहीं की, इसलिए तुलना के लिए कुछ नहीं है।',
    conversations: 'बातचीत',
    firstResponse: 'पहला जवाब (माध्यिका)',
    firstResponseBusiness: 'कामकाजी घंटों में पहला जवाब (माध्यिका)',
    answeredWithin: '{minutes} मिनट में जवाब',
    missed: 'छूटी हुई',
    csat: 'संतुष्टि (CSAT)',
    busiest: 'सबसे व्यस्त घंटा',
    none: 'अभी नहीं',
    noComparison: 'पिछले सप्ताह से तुलना के लिए कुछ नहीं',
    newThisWeek: 'पिछले सप्ताह एक भी नहीं',
    same: 'पिछले सप्ताह जितना',
    moved: 'पिछले सप्ताह से {change}',
    judged: '{moved}, {verdict}',
    better: 'बेहतर',
    worse: 'बदतर',
    faster: 'तेज़',
    slower: 'धीमा',
    points: '{value} अंक',
    action: 'एनालिटिक्स खोलें',
    why: 'आपको यह ईमेल इसलिए मिला क्योंकि Kotha (टीम और टूल) में साप्ताहिक सारांश चालू है। इसे वहाँ कभी भी बंद करें।',
  },
  ar: {
    subject: 'أسبوعك في Kotha: {first} – {last}',
    intro: 'كيف ردّ فريقك على المتسوّقين من {first} إلى {last}، مقارنةً بالأسبوع السابق:',
    quiet: 'لم يبدأ أي متسوّق محادثة هذا الأسبوع، فلا شيء للمقارنة.',
    conversations: 'المحادثات',
    firstResponse: 'أول رد (الوسيط)',
    firstResponseBusiness: 'أول رد في ساعات العمل (الوسيط)',
    answeredWithin: 'تم الرد خلال {minutes} دقائق',
    missed: 'فائتة',
    csat: 'الرضا (CSAT)',
    busiest: 'أكثر ساعة ازدحامًا',
    none: 'لا شيء بعد',
    noComparison: 'لا شيء للمقارنة مع الأسبوع الماضي',
    newThisWeek: 'لا شيء في الأسبوع السابق',
    same: 'كالأسبوع الماضي',
    moved: '{change} عن الأسبوع الماضي',
    judged: '{moved}، {verdict}',
    better: 'أفضل',
    worse: 'أسوأ',
    faster: 'أسرع',
    slower: 'أبطأ',
    points: '{value} نقطة',
    action: 'افتح التحليلات',
    why: 'وصلتك هذه الرسالة لأن الملخص الأسبوعي مفعّل في Kotha (الفريق والأدوات). يمكنك إيقافه هناك في أي وقت.',
  },
  es: {
    subject: 'Tu semana en Kotha: {first} – {last}',
    intro: 'Cómo respondió tu equipo a los clientes del {first} al {last}, frente a la semana anterior:',
    quiet: 'Ningún cliente inició una conversación esta semana, así que no hay nada que comparar.',
    conversations: 'Conversaciones',
    firstResponse: 'Primera respuesta (mediana)',
    firstResponseBusiness: 'Primera respuesta en horario laboral (mediana)',
    answeredWithin: 'Respondidas en {minutes} minutos',
    missed: 'Perdidas',
    csat: 'Satisfacción (CSAT)',
    busiest: 'Hora de más actividad',
    none: 'ninguna aún',
    noComparison: 'nada con qué comparar la semana pasada',
    newThisWeek: 'ninguna la semana anterior',
    same: 'igual que la semana pasada',
    moved: '{change} frente a la semana pasada',
    judged: '{moved}, {verdict}',
    better: 'mejor',
    worse: 'peor',
    faster: 'más rápido',
    slower: 'más lento',
    points: '{value} puntos',
    action: 'Abrir Analíticas',
    why: 'Recibes este correo porque el resumen semanal está activado en Kotha (Equipo y herramientas). Puedes desactivarlo allí cuando quieras.',
  },
  fr: {
    subject: 'Votre semaine dans Kotha : {first} – {last}',
    intro: 'Comment votre équipe a répondu aux clients du {first} au {last}, par rapport à la semaine précédente :',
    quiet: 'Aucun client n’a ouvert de conversation cette semaine : rien à comparer.',
    conversations: 'Conversations',
    firstResponse: 'Première réponse (médiane)',
    firstResponseBusiness: 'Première réponse en heures d’ouverture (médiane)',
    answeredWithin: 'Répondues en {minutes} minutes',
    missed: 'Manquées',
    csat: 'Satisfaction (CSAT)',
    busiest: 'Heure la plus chargée',
    none: 'aucune pour l’instant',
    noComparison: 'rien à comparer avec la semaine dernière',
    newThisWeek: 'aucune la semaine précédente',
    same: 'comme la semaine dernière',
    moved: '{change} par rapport à la semaine dernière',
    judged: '{moved}, {verdict}',
    better: 'mieux',
    worse: 'moins bien',
    faster: 'plus rapide',
    slower: 'plus lent',
    points: '{value} points',
    action: 'Ouvrir les statistiques',
    why: 'Vous recevez cet e-mail car le résumé hebdomadaire est activé dans Kotha (Équipe et outils). Vous pouvez le désactiver à tout moment.',
  },
  de: {
    subject: 'Ihre Woche in Kotha: {first} – {last}',
    intro: 'So hat Ihr Team Ihren Kunden vom {first} bis {last} geantwortet, verglichen mit der Vorwoche:',
    quiet: 'Diese Woche hat kein Kunde eine Unterhaltung begonnen, es gibt also nichts zu vergleichen.',
    conversations: 'Unterhaltungen',
    firstResponse: 'Erste Antwort (Median)',
    firstResponseBusiness: 'Erste Antwort in Geschäftszeiten (Median)',
    answeredWithin: 'Innerhalb von {minutes} Minuten beantwortet',
    missed: 'Verpasst',
    csat: 'Zufriedenheit (CSAT)',
    busiest: 'Betriebsamste Stunde',
    none: 'noch keine',
    noComparison: 'kein Vergleich mit der Vorwoche möglich',
    newThisWeek: 'in der Vorwoche keine',
    same: 'wie in der Vorwoche',
    moved: '{change} gegenüber der Vorwoche',
    judged: '{moved}, {verdict}',
    better: 'besser',
    worse: 'schlechter',
    faster: 'schneller',
    slower: 'langsamer',
    points: '{value} Punkte',
    action: 'Analysen öffnen',
    why: 'Sie erhalten diese E-Mail, weil die Wochenübersicht in Kotha (Team & Tools) aktiviert ist. Sie können sie dort jederzeit ausschalten.',
  },
};

export interface DigestMailInput {
  to: string;
  /** The site's language (BCP 47); English when Kotha has no digest in it. */
  locale: string | null;
  firstDate: string;
  lastDate: string;
  content: DigestContent;
  analyticsUrl: string;
}

/** How a figure moved, in words (which say better or worse where that applies), and its arrow. */
interface Change {
  arrow: '▲' | '▼' | null;
  words: string;
  verdict: 'better' | 'worse' | null;
}

interface Line {
  label: string;
  value: string;
  change: Change | null;
}

/** The digest as lines of label, value and change, in `lang`. */
function lines(lang: string, w: DigestWords, c: DigestContent): Line[] {
  const number = new Intl.NumberFormat(lang);
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  const signed = new Intl.NumberFormat(lang, { signDisplay: 'always' });
  const signedPercent = new Intl.NumberFormat(lang, { style: 'percent', signDisplay: 'always' });
  const minutes = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long', maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(lang, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 });
  const duration = (ms: number) => (ms < 3_600_000 ? minutes.format(ms / 60_000) : hours.format(ms / 3_600_000));
  // Durations say faster or slower; the other figures better or worse.
  const change = (f: DigestFigure<number>, kind: 'relative' | 'points', speed = false): Change => {
    const judged = (words: string): Change => {
      if (!f.verdict) return { arrow: null, words, verdict: null };
      const verdict = f.verdict === 'better' ? (speed ? w.faster : w.better) : speed ? w.slower : w.worse;
      return { arrow: null, words: fill(w.judged, { moved: words, verdict }), verdict: f.verdict };
    };
    if (f.value === null || f.previous === null) return judged(w.noComparison);
    if (f.trend === 'new') return { ...judged(w.newThisWeek), arrow: '▲' };
    if (f.trend === 'same' || f.percent === null) return judged(w.same);
    const amount = kind === 'points' ? fill(w.points, { value: signed.format(f.percent) }) : signedPercent.format(f.percent / 100);
    return { ...judged(fill(w.moved, { change: amount })), arrow: f.trend === 'up' ? '▲' : '▼' };
  };
  const show = <T>(f: DigestFigure<T>, format: (v: T) => string) => (f.value === null ? w.none : format(f.value));
  const busiest = c.busiestHour
    ? `${weekdayName(lang, c.busiestHour.weekday)} ${hourRange(lang, c.busiestHour.hour)} (${number.format(c.busiestHour.conversations)})`
    : w.none;
  return [
    { label: w.conversations, value: number.format(c.conversations.value ?? 0), change: change(c.conversations, 'relative') },
    { label: w.firstResponse, value: show(c.firstResponseWall, duration), change: change(c.firstResponseWall, 'relative', true) },
    { label: w.firstResponseBusiness, value: show(c.firstResponseBusiness, duration), change: change(c.firstResponseBusiness, 'relative', true) },
    { label: fill(w.answeredWithin, { minutes: number.format(c.targetMinutes) }), value: show(c.answeredWithin, (v) => percent.format(v)), change: change(c.answeredWithin, 'points') },
    { label: w.missed, value: number.format(c.missed.value ?? 0), change: change(c.missed, 'relative') },
    { label: w.csat, value: show(c.csat, (v) => percent.format(v)), change: change(c.csat, 'points') },
    { label: w.busiest, value: busiest, change: null },
  ];
}

/**
 * A change in HTML: green when better, red when worse, grey otherwise, never colour alone
 * (the words say better, worse, faster or slower); the arrow is hidden from screen readers,
 * which would read it as a "black up-pointing triangle": the signed number and the words
 * say which way it went. Colours pass WCAG AA contrast on white at this size.
 */
function changeHtml(change: Change): string {
  const colour = change.verdict === 'better' ? '#1a7f37' : change.verdict === 'worse' ? '#cf222e' : '#57606a';
  const arrow = change.arrow ? `<span aria-hidden="true">${change.arrow}</span> ` : '';
  return `<span style="font-weight:400;color:${colour};font-size:13px">${arrow}${escapeHtml(change.words)}</span>`;
}

/** 0 = Sunday; 2023-01-01 was a Sunday. */
function weekdayName(lang: string, weekday: number): string {
  return new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1 + weekday));
}

function hourRange(lang: string, hour: number): string {
  const at = (h: number) => new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2023, 0, 1, h));
  return `${at(hour)}–${at((hour + 1) % 24)}`;
}

/** A date 'YYYY-MM-DD' as the language writes a day and month. */
function dateLabel(lang: string, date: string): string {
  return new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

export function weeklyDigestMail(input: DigestMailInput): Mail {
  const lang = shopperLanguage(input.locale);
  const w = WORDS[lang] ?? WORDS.en!;
  const values = { first: dateLabel(lang, input.firstDate), last: dateLabel(lang, input.lastDate) };
  const intro = fill(w.intro, values);
  // A week without conversations says so, instead of a table of nothing.
  const rows = input.content.quiet ? [] : lines(lang, w, input.content);
  const text = [
    intro,
    '',
    ...(input.content.quiet ? [w.quiet, ''] : []),
    ...rows.map((r) => `${r.label}: ${r.value}${r.change ? ` (${r.change.arrow ? `${r.change.arrow} ` : ''}${r.change.words})` : ''}`),
    '',
    `${w.action}: ${input.analyticsUrl}`,
    '',
    '—',
    w.why,
  ].join('\n');
  const cell = 'padding:8px 0;border-bottom:1px solid #d0d7de;vertical-align:top';
  const table =
    rows.length === 0
      ? ''
      : `<table role="presentation" style="border-collapse:collapse;width:100%">` +
    rows
      .map((r) => `<tr><td style="${cell}">${escapeHtml(r.label)}</td><td style="${cell};font-weight:600;text-align:end">${escapeHtml(r.value)}${r.change ? `<br>${changeHtml(r.change)}` : ''}</td></tr>`)
      .join('') +
    `</table>`;
  const html = layout(
    lang,
    `<p>${escapeHtml(intro)}</p>` +
      (input.content.quiet ? `<p><strong>${escapeHtml(w.quiet)}</strong></p>` : '') +
      table +
      `<p style="margin:24px 0"><a href="${escapeHtml(input.analyticsUrl)}" style="background:#116dff;color:#fff;text-decoration:none;padding:10px 18px;border-radius:6px;display:inline-block">${escapeHtml(w.action)}</a></p>` +
      `<p style="color:#57606a;font-size:13px">${escapeHtml(w.why)}</p>`,
  );
  return { to: input.to, subject: fill(w.subject, values), text, html };
}
