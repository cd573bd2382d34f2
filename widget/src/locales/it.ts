import type { Messages } from './messages';

/** Italian (Italiano). Informal tu, as most Italian online shops use. */
export default {
  openChat: 'Apri la chat',
  openChatUnread: {
    one: 'Apri la chat, {count} messaggio non letto',
    many: 'Apri la chat, {count} di messaggi non letti',
    other: 'Apri la chat, {count} messaggi non letti',
  },
  chat: 'Chat',
  chatWith: 'Chat con {team}',
  close: 'Chiudi la chat',
  messages: 'Messaggi',
  you: 'Tu:',
  team: 'Assistenza',
  placeholder: 'Scrivi un messaggio…',
  messageLabel: 'Messaggio',
  send: 'Invia messaggio',
  sending: 'Invio in corso…',
  failed: 'Non inviato.',
  retry: 'Invia di nuovo',
  connecting: 'Connessione in corso…',
  offline: 'Al momento non riusciamo a raggiungere la chat.',
  tryAgain: 'Riprova',
  closed: 'Questa conversazione è stata chiusa. Scrivici di nuovo per iniziarne una nuova.',
  newConversation: 'Nuova conversazione',
} satisfies Messages;
