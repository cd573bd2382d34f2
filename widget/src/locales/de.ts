import type { Messages } from './messages';

/** German (Deutsch). Formal Sie. */
export default {
  openChat: 'Chat öffnen',
  openChatUnread: {
    one: 'Chat öffnen, {count} ungelesene Nachricht',
    other: 'Chat öffnen, {count} ungelesene Nachrichten',
  },
  chat: 'Chat',
  chatWith: 'Chat mit {team}',
  close: 'Chat schließen',
  messages: 'Nachrichten',
  you: 'Sie:',
  team: 'Team',
  placeholder: 'Nachricht schreiben…',
  messageLabel: 'Nachricht',
  send: 'Nachricht senden',
  sending: 'Wird gesendet…',
  failed: 'Nicht gesendet.',
  retry: 'Erneut senden',
  connecting: 'Verbindung wird hergestellt…',
  offline: 'Der Chat ist gerade nicht erreichbar.',
  tryAgain: 'Erneut versuchen',
  closed: 'Diese Unterhaltung wurde beendet. Schreiben Sie uns einfach erneut, um eine neue zu beginnen.',
  newConversation: 'Neue Unterhaltung',
  away: 'Wir sind gerade nicht da.',
  backAt: 'Wir sind {time} wieder da.',
  leaveMessage: 'Hinterlassen Sie eine Nachricht mit Ihrer E-Mail-Adresse, dann antworten wir per E-Mail.',
  emailLabel: 'Ihre E-Mail-Adresse',
  emailInvalid: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, damit wir antworten können.',
  hoursOnly: 'Sie können uns wieder schreiben, sobald wir zurück sind.',
  repliesIn: 'Antwortet meist innerhalb von {duration}',
} satisfies Messages;
