/**
 * The panel's words in one locale: the locale file's texts, with the templated ones turned
 * into functions and Intl formatters for numbers and times. Components read only this.
 */
import { fill, pluralForm, textDirection, type TextDirection } from '@kotha/common/i18n';
import type { Messages } from '../locales/messages';

type Templated = 'chatWith' | 'openChatUnread' | 'backAt' | 'repliesIn' | 'queuePosition' | 'waitAbout' | 'typing' | 'transcriptSent' | 'hello' | 'emailSaved';

export interface Strings extends Omit<Messages, Templated> {
  /** The locale these texts are in; goes into `lang` attributes. */
  locale: string;
  dir: TextDirection;
  chatWith(team: string): string;
  /** The launcher's name with `count` unread replies, in the right plural form. */
  openChatUnread(count: number): string;
  /** A number in the locale's digits (Bengali ১২, Persian ۱۲…, as Intl prefers). */
  number(value: number): string;
  /** A message time, e.g. "3:05 PM" or "১৫:০৫". */
  time(date: Date): string;
  /** "We'll be back …" at `at` (ms), in the shopper's zone: the time alone when it is today, else with the weekday. */
  backAt(at: number, now: number): string;
  /** "Typically replies in 5 minutes", the duration pluralised by Intl. */
  repliesIn(minutes: number): string;
  /** "You're number 3 in line." */
  queuePosition(position: number): string;
  /** "About 12 minutes to wait." */
  waitAbout(minutes: number): string;
  /** "Asha is typing…" */
  typing(name: string): string;
  /** "Sent to rina@example.com." */
  transcriptSent(email: string): string;
  /** "Hi Rina!" */
  hello(name: string): string;
  /** "We'll also reply to rina@example.com." */
  emailSaved(email: string): string;
}

/** A value made on first use, then kept. */
const once = <T,>(make: () => T) => {
  let value: T | undefined;
  return () => (value ??= make());
};

/**
 * Builds the strings for `locale` (a supported code) from its locale file. The Intl
 * formatters are made on first use: each costs several milliseconds (tens on a slow
 * phone), and the panel must mount in short tasks (see docs/architecture.md, "Budgets").
 */
export function createStrings(locale: string, messages: Messages): Strings {
  const plurals = once(() => new Intl.PluralRules(locale));
  const numbers = once(() => new Intl.NumberFormat(locale));
  const times = once(() => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }));
  const { chatWith, openChatUnread, backAt, repliesIn, queuePosition, waitAbout, typing, transcriptSent, hello, emailSaved, ...texts } = messages;
  const day = once(() => new Intl.DateTimeFormat(locale, { weekday: 'long', hour: 'numeric', minute: '2-digit' }));
  const sameDay = (a: number, b: number) => new Date(a).toDateString() === new Date(b).toDateString();
  // Hours past 120 minutes read better as hours: "2 hours", "৩ ঘণ্টা".
  const duration = (minutes: number) =>
    minutes < 120
      ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(minutes)
      : new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'long' }).format(Math.round(minutes / 60));
  return {
    ...texts,
    locale,
    dir: textDirection(locale),
    chatWith: (team) => fill(chatWith, { team }),
    openChatUnread: (count) =>
      fill(pluralForm(openChatUnread, plurals().select(count)), { count: numbers().format(count) }),
    number: (value) => numbers().format(value),
    time: (date) => times().format(date),
    backAt: (at, now) => fill(backAt, { time: (sameDay(at, now) ? times : day)().format(new Date(at)) }),
    repliesIn: (minutes) => fill(repliesIn, { duration: duration(minutes) }),
    queuePosition: (position) => fill(queuePosition, { position: numbers().format(position) }),
    waitAbout: (minutes) => fill(waitAbout, { duration: duration(minutes) }),
    typing: (name) => fill(typing, { name }),
    transcriptSent: (email) => fill(transcriptSent, { email }),
    hello: (name) => fill(hello, { name }),
    emailSaved: (email) => fill(emailSaved, { email }),
  };
}
