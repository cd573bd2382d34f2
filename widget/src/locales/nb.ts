import type { Messages } from './messages';

/** Norwegian Bokmål (Norsk bokmål). Informal du, usual in Norwegian. */
export default {
  openChat: 'Åpne chat',
  openChatUnread: {
    one: 'Åpne chat, {count} ulest melding',
    other: 'Åpne chat, {count} uleste meldinger',
  },
  chat: 'Chat',
  chatWith: 'Chat med {team}',
  close: 'Lukk chat',
  messages: 'Meldinger',
  you: 'Du:',
  team: 'Kundeservice',
  placeholder: 'Skriv en melding…',
  messageLabel: 'Melding',
  send: 'Send melding',
  sending: 'Sender…',
  failed: 'Ikke sendt.',
  retry: 'Send på nytt',
  connecting: 'Kobler til…',
  offline: 'Vi får ikke kontakt med chatten akkurat nå.',
  tryAgain: 'Prøv igjen',
  closed: 'Denne samtalen er avsluttet. Skriv igjen for å starte en ny.',
  newConversation: 'Ny samtale',
  away: 'Vi er ikke til stede akkurat nå.',
  backAt: 'Vi er tilbake {time}.',
  leaveMessage: 'Legg igjen en melding med e-postadressen din, så svarer vi på e-post.',
  emailLabel: 'E-postadressen din',
  emailInvalid: 'Skriv inn en gyldig e-postadresse, så vi kan svare deg.',
  hoursOnly: 'Du kan skrive til oss igjen når vi er tilbake.',
  repliesIn: 'Svarer vanligvis innen {duration}',
} satisfies Messages;
