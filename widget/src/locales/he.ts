import type { Messages } from './messages';

/** Hebrew (עברית). Right to left. Gender-neutral: nouns and plural imperatives. */
export default {
  openChat: 'פתיחת הצ׳אט',
  openChatUnread: {
    one: 'פתיחת הצ׳אט, הודעה אחת שלא נקראה',
    two: 'פתיחת הצ׳אט, שתי הודעות שלא נקראו',
    other: 'פתיחת הצ׳אט, {count} הודעות שלא נקראו',
  },
  chat: 'צ׳אט',
  chatWith: 'צ׳אט עם {team}',
  close: 'סגירת הצ׳אט',
  messages: 'הודעות',
  you: 'ההודעה שלך:',
  team: 'הצוות',
  placeholder: 'כתבו הודעה…',
  messageLabel: 'הודעה',
  send: 'שליחת הודעה',
  sending: 'בשליחה…',
  failed: 'לא נשלחה.',
  retry: 'שליחה חוזרת',
  connecting: 'בהתחברות…',
  offline: 'לא ניתן להתחבר לצ׳אט כרגע.',
  tryAgain: 'לנסות שוב',
  closed: 'השיחה הזו נסגרה. כתבו שוב כדי להתחיל שיחה חדשה.',
  newConversation: 'שיחה חדשה',
} satisfies Messages;
