import type { Messages } from './messages';

/** Dutch (Nederlands). Informal je/jij, usual for Dutch webshops. */
export default {
  openChat: 'Chat openen',
  openChatUnread: {
    one: 'Chat openen, {count} ongelezen bericht',
    other: 'Chat openen, {count} ongelezen berichten',
  },
  chat: 'Chat',
  chatWith: 'Chat met {team}',
  close: 'Chat sluiten',
  messages: 'Berichten',
  you: 'Jij:',
  team: 'Klantenservice',
  placeholder: 'Typ een bericht…',
  messageLabel: 'Bericht',
  send: 'Bericht versturen',
  sending: 'Bezig met versturen…',
  failed: 'Niet verstuurd.',
  retry: 'Opnieuw versturen',
  connecting: 'Verbinding maken…',
  offline: 'We kunnen de chat op dit moment niet bereiken.',
  tryAgain: 'Opnieuw proberen',
  closed: 'Dit gesprek is afgesloten. Stuur ons opnieuw een bericht om een nieuw gesprek te beginnen.',
  newConversation: 'Nieuw gesprek',
  away: 'We zijn er op dit moment niet.',
  backAt: 'We zijn er weer {time}.',
  leaveMessage: 'Laat een bericht achter met je e-mailadres, dan antwoorden we per e-mail.',
  emailLabel: 'Je e-mailadres',
  emailInvalid: 'Vul een geldig e-mailadres in, zodat we kunnen antwoorden.',
  hoursOnly: 'Je kunt ons weer schrijven zodra we terug zijn.',
  repliesIn: 'Antwoordt meestal binnen {duration}',
} satisfies Messages;
