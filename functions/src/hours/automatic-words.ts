/**
 * Kotha's own words in automatic messages, when the merchant has not written theirs:
 * the away reply and the "still in line" note, in the shopper's language when known.
 */
import { matchLocale } from '@kotha/common/locales/match';

const AWAY: Record<string, string> = {
  en: "Thanks for your message! We're away right now and will reply by email as soon as we're back.",
  bn: 'আপনার বার্তার জন্য ধন্যবাদ! আমরা এখন অনুপস্থিত; ফিরে এসেই ইমেলে উত্তর দেব।',
  te: 'మీ సందేశానికి ధన్యవాదాలు! మేము ప్రస్తుతం అందుబాటులో లేము; తిరిగి రాగానే ఇమెయిల్ ద్వారా సమాధానం ఇస్తాము.',
  hi: 'आपके संदेश के लिए धन्यवाद! हम अभी उपलब्ध नहीं हैं; लौटते ही ईमेल से जवाब देंगे।',
  ar: 'شكرًا على رسالتك! نحن غير متاحين الآن، وسنردّ عليك بالبريد الإلكتروني فور عودتنا.',
  es: '¡Gracias por tu mensaje! Ahora no estamos disponibles; te responderemos por correo en cuanto volvamos.',
  fr: 'Merci pour votre message ! Nous sommes absents pour le moment et vous répondrons par e-mail dès notre retour.',
  de: 'Danke für Ihre Nachricht! Wir sind gerade nicht da und antworten Ihnen per E-Mail, sobald wir zurück sind.',
};

const STILL_IN_LINE: Record<string, string> = {
  en: "You're still in line. Someone from the team will be with you shortly.",
  bn: 'আপনি এখনও লাইনে আছেন। টিমের কেউ শিগগিরই আপনার সঙ্গে কথা বলবেন।',
  te: 'మీరు ఇంకా వరుసలోనే ఉన్నారు. మా బృందంలో ఎవరైనా త్వరలోనే మీతో మాట్లాడతారు.',
  hi: 'आप अब भी कतार में हैं। टीम का कोई सदस्य जल्द ही आपसे बात करेगा।',
  ar: 'ما زلت في قائمة الانتظار. سيتواصل معك أحد أعضاء الفريق قريبًا.',
  es: 'Sigues en la cola. Alguien del equipo te atenderá en breve.',
  fr: "Vous êtes toujours dans la file d'attente. Quelqu'un de l'équipe va vous répondre très bientôt.",
  de: 'Sie sind weiterhin in der Warteschlange. Gleich meldet sich jemand aus dem Team bei Ihnen.',
};

function pick(table: Record<string, string>, locale: string | null): string {
  return table[matchLocale([locale], Object.keys(table))]!;
}

export const defaultAwayReply = (locale: string | null) => pick(AWAY, locale);
export const stillInLineNote = (locale: string | null) => pick(STILL_IN_LINE, locale);
