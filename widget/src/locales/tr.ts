import type { Messages } from './messages';

/** Turkish (Türkçe). Polite siz forms; nouns stay singular after numbers. */
export default {
  openChat: 'Sohbeti aç',
  openChatUnread: {
    one: 'Sohbeti aç, {count} okunmamış mesaj',
    other: 'Sohbeti aç, {count} okunmamış mesaj',
  },
  chat: 'Sohbet',
  chatWith: '{team} ile sohbet',
  close: 'Sohbeti kapat',
  messages: 'Mesajlar',
  you: 'Siz:',
  team: 'Ekip',
  placeholder: 'Bir mesaj yazın…',
  messageLabel: 'Mesaj',
  send: 'Mesajı gönder',
  sending: 'Gönderiliyor…',
  failed: 'Gönderilemedi.',
  retry: 'Tekrar gönder',
  connecting: 'Bağlanıyor…',
  offline: 'Şu anda sohbete bağlanamıyoruz.',
  tryAgain: 'Tekrar dene',
  closed: 'Bu görüşme kapatıldı. Yeni bir görüşme başlatmak için tekrar yazabilirsiniz.',
  newConversation: 'Yeni görüşme',
} satisfies Messages;
