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
  away: 'Kami tiada di sini sekarang.',
  backAt: 'Kami akan kembali {time}.',
  leaveMessage: 'Tinggalkan mesej bersama alamat e-mel anda dan kami akan membalas melalui e-mel.',
  emailLabel: 'Alamat e-mel anda',
  emailInvalid: 'Sila masukkan alamat e-mel yang sah supaya kami boleh membalas.',
  hoursOnly: 'Anda boleh menulis kepada kami lagi apabila kami kembali.',
  repliesIn: 'Biasanya membalas dalam {duration}',
} satisfies Messages;
