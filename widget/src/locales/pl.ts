import type { Messages } from './messages';

/** Polish (Polski). All four plural forms; no case ending after {team}. */
export default {
  openChat: 'Otwórz czat',
  openChatUnread: {
    one: 'Otwórz czat, {count} nieprzeczytana wiadomość',
    few: 'Otwórz czat, {count} nieprzeczytane wiadomości',
    many: 'Otwórz czat, {count} nieprzeczytanych wiadomości',
    other: 'Otwórz czat, {count} nieprzeczytanej wiadomości',
  },
  chat: 'Czat',
  chatWith: 'Czat – {team}',
  close: 'Zamknij czat',
  messages: 'Wiadomości',
  you: 'Ty:',
  team: 'Zespół',
  placeholder: 'Napisz wiadomość…',
  messageLabel: 'Wiadomość',
  send: 'Wyślij wiadomość',
  sending: 'Wysyłanie…',
  failed: 'Nie wysłano.',
  retry: 'Wyślij ponownie',
  connecting: 'Łączenie…',
  offline: 'Nie możemy teraz połączyć się z czatem.',
  tryAgain: 'Spróbuj ponownie',
  closed: 'Ta rozmowa została zakończona. Napisz ponownie, aby rozpocząć nową.',
  newConversation: 'Nowa rozmowa',
} satisfies Messages;
