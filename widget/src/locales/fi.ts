import type { Messages } from './messages';

/** Finnish (Suomi). No case ending after {team}, which may be any name. */
export default {
  openChat: 'Avaa chat',
  openChatUnread: {
    one: 'Avaa chat, {count} lukematon viesti',
    other: 'Avaa chat, {count} lukematonta viestiä',
  },
  chat: 'Chat',
  chatWith: 'Chat – {team}',
  close: 'Sulje chat',
  messages: 'Viestit',
  you: 'Sinä:',
  team: 'Asiakaspalvelu',
  placeholder: 'Kirjoita viesti…',
  messageLabel: 'Viesti',
  send: 'Lähetä viesti',
  sending: 'Lähetetään…',
  failed: 'Ei lähetetty.',
  retry: 'Lähetä uudelleen',
  connecting: 'Yhdistetään…',
  offline: 'Chattiin ei juuri nyt saada yhteyttä.',
  tryAgain: 'Yritä uudelleen',
  closed: 'Tämä keskustelu on päättynyt. Aloita uusi kirjoittamalla uudelleen.',
  newConversation: 'Uusi keskustelu',
  away: 'Emme ole juuri nyt paikalla.',
  backAt: 'Palaamme {time}.',
  leaveMessage: 'Jätä viesti ja sähköpostiosoitteesi, niin vastaamme sähköpostitse.',
  emailLabel: 'Sähköpostiosoitteesi',
  emailInvalid: 'Anna kelvollinen sähköpostiosoite, jotta voimme vastata.',
  hoursOnly: 'Voit kirjoittaa meille uudelleen, kun olemme palanneet.',
  repliesIn: 'Vastaa yleensä {duration} kuluessa',
} satisfies Messages;
