import type { Messages } from './messages';

/** Swedish (Svenska). Informal du, usual in Swedish. */
export default {
  openChat: 'Öppna chatten',
  openChatUnread: {
    one: 'Öppna chatten, {count} oläst meddelande',
    other: 'Öppna chatten, {count} olästa meddelanden',
  },
  chat: 'Chatt',
  chatWith: 'Chatta med {team}',
  close: 'Stäng chatten',
  messages: 'Meddelanden',
  you: 'Du:',
  team: 'Kundtjänst',
  placeholder: 'Skriv ett meddelande…',
  messageLabel: 'Meddelande',
  send: 'Skicka meddelande',
  sending: 'Skickar…',
  failed: 'Inte skickat.',
  retry: 'Skicka igen',
  connecting: 'Ansluter…',
  offline: 'Vi kan inte nå chatten just nu.',
  tryAgain: 'Försök igen',
  closed: 'Den här konversationen har avslutats. Skriv igen för att starta en ny.',
  newConversation: 'Ny konversation',
  away: 'Vi är inte på plats just nu.',
  backAt: 'Vi är tillbaka {time}.',
  leaveMessage: 'Lämna ett meddelande med din e-postadress så svarar vi via e-post.',
  emailLabel: 'Din e-postadress',
  emailInvalid: 'Ange en giltig e-postadress så att vi kan svara.',
  hoursOnly: 'Du kan skriva till oss igen när vi är tillbaka.',
  repliesIn: 'Svarar oftast inom {duration}',
} satisfies Messages;
