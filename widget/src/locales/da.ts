import type { Messages } from './messages';

/** Danish (Dansk). Informal du, usual in Danish. */
export default {
  openChat: 'Åbn chat',
  openChatUnread: {
    one: 'Åbn chat, {count} ulæst besked',
    other: 'Åbn chat, {count} ulæste beskeder',
  },
  chat: 'Chat',
  chatWith: 'Chat med {team}',
  close: 'Luk chat',
  messages: 'Beskeder',
  you: 'Dig:',
  team: 'Kundeservice',
  placeholder: 'Skriv en besked…',
  messageLabel: 'Besked',
  send: 'Send besked',
  sending: 'Sender…',
  failed: 'Ikke sendt.',
  retry: 'Send igen',
  connecting: 'Forbinder…',
  offline: 'Vi kan ikke få forbindelse til chatten lige nu.',
  tryAgain: 'Prøv igen',
  closed: 'Denne samtale er afsluttet. Skriv igen for at starte en ny.',
  newConversation: 'Ny samtale',
  away: 'Vi er ikke til stede lige nu.',
  backAt: 'Vi er tilbage {time}.',
  leaveMessage: 'Skriv en besked med din e-mailadresse, så svarer vi på e-mail.',
  emailLabel: 'Din e-mailadresse',
  emailInvalid: 'Skriv en gyldig e-mailadresse, så vi kan svare dig.',
  hoursOnly: 'Du kan skrive til os igen, når vi er tilbage.',
  repliesIn: 'Svarer typisk inden for {duration}',
} satisfies Messages;
