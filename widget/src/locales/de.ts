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
} satisfies Messages;
