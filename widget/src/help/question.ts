/**
 * Whether what the shopper is typing is a real question, worth suggesting articles for:
 * at least three words that are not greetings or thanks, or at least one ending in a
 * question mark (in any script). Words are split by Intl.Segmenter, so Bengali, Telugu,
 * Thai or Chinese count right; "hi", "thanks!" or "how are you?" are not questions.
 */

/** Question marks: Latin, Arabic/Persian/Urdu, full-width (CJK), Greek (";" and its own sign). */
const QUESTION_END = /[?؟？;;⸮]\s*$/u;

/** Small talk in the widget's languages: words that never make a question on their own. */
const SMALL_TALK = new Set(
  (
    'hi hello hey hiya yo thanks thank thx ty you ok okay bye good morning afternoon evening there how are please yes no ' +
    'hola gracias bonjour merci salut hallo danke ciao grazie oi olá obrigado obrigada hej tack merhaba teşekkürler ' +
    'привет спасибо здравствуйте cześć dziękuję ahoj děkuji namaste नमस्ते धन्यवाद নমস্কার নমস্কার ধন্যবাদ হ্যালো ' +
    'నమస్కారం నమస్తే ధన్యవాదాలు హలో வணக்கம் நன்றி مرحبا شكرا سلام ممنون مرسی شکریہ שלום תודה สวัสดี ขอบคุณ ' +
    'こんにちは ありがとう 你好 谢谢 謝謝 안녕하세요 감사합니다 xin chào cảm ơn terima kasih halo'
  ).split(' '),
);

/** One word segmenter per locale: the text is checked on every keystroke, and each costs time to make. */
const segmenters: Record<string, Intl.Segmenter> = {};
const segmenter = (locale?: string) => (segmenters[locale ?? ''] ??= new Intl.Segmenter(locale, { granularity: 'word' }));

/** The words of `text`, lower-cased (whitespace split where Intl.Segmenter is missing). */
export function words(text: string, locale?: string): string[] {
  const lower = text.toLocaleLowerCase(locale);
  if (typeof Intl.Segmenter !== 'function') return lower.split(/[\s\p{P}]+/u).filter(Boolean);
  return [...segmenter(locale).segment(lower)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => segment.segment);
}

/** True when `text` is a question worth suggesting articles for (see the file's comment). */
export function isRealQuestion(text: string, locale?: string): boolean {
  const content = words(text, locale).filter((word) => !SMALL_TALK.has(word));
  return content.length >= 3 || (content.length >= 1 && QUESTION_END.test(text));
}
