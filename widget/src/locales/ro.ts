import type { Messages } from './messages';

/** Romanian (Română). Polite dumneavoastră forms. */
export default {
  openChat: 'Deschideți chatul',
  openChatUnread: {
    one: 'Deschideți chatul, {count} mesaj necitit',
    few: 'Deschideți chatul, {count} mesaje necitite',
    other: 'Deschideți chatul, {count} de mesaje necitite',
  },
  chat: 'Chat',
  chatWith: 'Chat cu {team}',
  close: 'Închideți chatul',
  messages: 'Mesaje',
  you: 'Dumneavoastră:',
  team: 'Echipa',
  placeholder: 'Scrieți un mesaj…',
  messageLabel: 'Mesaj',
  send: 'Trimiteți mesajul',
  sending: 'Se trimite…',
  failed: 'Netrimis.',
  retry: 'Retrimiteți',
  connecting: 'Se conectează…',
  offline: 'Momentan nu ne putem conecta la chat.',
  tryAgain: 'Încercați din nou',
  closed: 'Această conversație a fost închisă. Scrieți-ne din nou pentru a începe una nouă.',
  newConversation: 'Conversație nouă',
} satisfies Messages;
