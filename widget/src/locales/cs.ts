import type { Messages } from './messages';

/** Czech (Čeština). Formal vy; “many” is the form for decimals. */
export default {
  openChat: 'Otevřít chat',
  openChatUnread: {
    one: 'Otevřít chat, {count} nepřečtená zpráva',
    few: 'Otevřít chat, {count} nepřečtené zprávy',
    many: 'Otevřít chat, {count} nepřečtené zprávy',
    other: 'Otevřít chat, {count} nepřečtených zpráv',
  },
  chat: 'Chat',
  chatWith: 'Chat – {team}',
  close: 'Zavřít chat',
  messages: 'Zprávy',
  you: 'Vy:',
  team: 'Podpora',
  placeholder: 'Napište zprávu…',
  messageLabel: 'Zpráva',
  send: 'Odeslat zprávu',
  sending: 'Odesílání…',
  failed: 'Neodesláno.',
  retry: 'Odeslat znovu',
  connecting: 'Připojování…',
  offline: 'K chatu se teď nedaří připojit.',
  tryAgain: 'Zkusit znovu',
  closed: 'Tato konverzace byla ukončena. Napište nám znovu a začněte novou.',
  newConversation: 'Nová konverzace',
} satisfies Messages;
