import type { Messages } from './messages';

/** Hungarian (Magyar). Formal Ön; nouns stay singular after numbers. */
export default {
  openChat: 'Csevegés megnyitása',
  openChatUnread: {
    one: 'Csevegés megnyitása, {count} olvasatlan üzenet',
    other: 'Csevegés megnyitása, {count} olvasatlan üzenet',
  },
  chat: 'Csevegés',
  chatWith: 'Csevegés – {team}',
  close: 'Csevegés bezárása',
  messages: 'Üzenetek',
  you: 'Ön:',
  team: 'Ügyfélszolgálat',
  placeholder: 'Írjon üzenetet…',
  messageLabel: 'Üzenet',
  send: 'Üzenet küldése',
  sending: 'Küldés…',
  failed: 'Nem sikerült elküldeni.',
  retry: 'Újraküldés',
  connecting: 'Kapcsolódás…',
  offline: 'Jelenleg nem érjük el a csevegést.',
  tryAgain: 'Újrapróbálkozás',
  closed: 'Ez a beszélgetés lezárult. Írjon újra, ha új beszélgetést szeretne kezdeni.',
  newConversation: 'Új beszélgetés',
  away: 'Jelenleg nem vagyunk elérhetők.',
  backAt: 'Visszatérünk: {time}.',
  leaveMessage: 'Hagyjon üzenetet az e-mail-címével, és e-mailben válaszolunk.',
  emailLabel: 'Az Ön e-mail-címe',
  emailInvalid: 'Adjon meg egy érvényes e-mail-címet, hogy válaszolhassunk.',
  hoursOnly: 'Ha visszatértünk, újra írhat nekünk.',
  repliesIn: 'Általában {duration} alatt válaszol',
} satisfies Messages;
