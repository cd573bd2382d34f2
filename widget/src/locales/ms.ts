import type { Messages } from './messages';

/** Malay (Bahasa Melayu). Polite Anda forms, Malaysian usage. */
export default {
  openChat: 'Buka sembang',
  openChatUnread: {
    other: 'Buka sembang, {count} mesej belum dibaca',
  },
  chat: 'Sembang',
  chatWith: 'Sembang dengan {team}',
  close: 'Tutup sembang',
  messages: 'Mesej',
  you: 'Anda:',
  team: 'Pasukan',
  placeholder: 'Tulis mesej…',
  messageLabel: 'Mesej',
  send: 'Hantar mesej',
  sending: 'Sedang menghantar…',
  failed: 'Tidak dihantar.',
  retry: 'Hantar semula',
  connecting: 'Sedang menyambung…',
  offline: 'Kami tidak dapat menyambung ke sembang buat masa ini.',
  tryAgain: 'Cuba lagi',
  closed: 'Perbualan ini telah ditutup. Sila tulis lagi untuk memulakan perbualan baharu.',
  newConversation: 'Perbualan baharu',
} satisfies Messages;
