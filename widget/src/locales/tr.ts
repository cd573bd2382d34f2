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
  away: 'Şu anda burada değiliz.',
  backAt: '{time} geri döneceğiz.',
  leaveMessage: 'E-posta adresinizle birlikte bir mesaj bırakın, size e-postayla yanıt verelim.',
  emailLabel: 'E-posta adresiniz',
  emailInvalid: 'Yanıt verebilmemiz için lütfen geçerli bir e-posta adresi girin.',
  hoursOnly: 'Döndüğümüzde bize yeniden yazabilirsiniz.',
  repliesIn: 'Genellikle {duration} içinde yanıt verir',
} satisfies Messages;
