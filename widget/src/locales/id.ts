import type { Messages } from './messages';

/** Indonesian (Bahasa Indonesia). Polite Anda forms. */
export default {
  openChat: 'Buka chat',
  openChatUnread: {
    other: 'Buka chat, {count} pesan belum dibaca',
  },
  chat: 'Chat',
  chatWith: 'Chat dengan {team}',
  close: 'Tutup chat',
  messages: 'Pesan',
  you: 'Anda:',
  team: 'Tim',
  placeholder: 'Tulis pesan…',
  messageLabel: 'Pesan',
  send: 'Kirim pesan',
  sending: 'Mengirim…',
  failed: 'Tidak terkirim.',
  retry: 'Kirim ulang',
  connecting: 'Menghubungkan…',
  offline: 'Saat ini kami tidak dapat terhubung ke chat.',
  tryAgain: 'Coba lagi',
  closed: 'Percakapan ini telah ditutup. Silakan kirim pesan lagi untuk memulai percakapan baru.',
  newConversation: 'Percakapan baru',
  away: 'Kami sedang tidak di tempat.',
  backAt: 'Kami kembali {time}.',
  leaveMessage: 'Tinggalkan pesan beserta alamat email Anda, dan kami akan membalas lewat email.',
  emailLabel: 'Alamat email Anda',
  emailInvalid: 'Masukkan alamat email yang valid agar kami bisa membalas.',
  hoursOnly: 'Anda bisa menulis lagi setelah kami kembali.',
  repliesIn: 'Biasanya membalas dalam {duration}',
} satisfies Messages;
