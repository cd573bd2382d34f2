import type { Messages } from './messages';

/** Ukrainian (Українська). Formal ви; all four plural forms. */
export default {
  openChat: 'Відкрити чат',
  openChatUnread: {
    one: 'Відкрити чат, {count} непрочитане повідомлення',
    few: 'Відкрити чат, {count} непрочитані повідомлення',
    many: 'Відкрити чат, {count} непрочитаних повідомлень',
    other: 'Відкрити чат, {count} непрочитаного повідомлення',
  },
  chat: 'Чат',
  chatWith: 'Чат — {team}',
  close: 'Закрити чат',
  messages: 'Повідомлення',
  you: 'Ви:',
  team: 'Підтримка',
  placeholder: 'Напишіть повідомлення…',
  messageLabel: 'Повідомлення',
  send: 'Надіслати повідомлення',
  sending: 'Надсилання…',
  failed: 'Не надіслано.',
  retry: 'Надіслати ще раз',
  connecting: 'Підключення…',
  offline: 'Зараз не вдається підключитися до чату.',
  tryAgain: 'Спробувати ще раз',
  closed: 'Цю розмову завершено. Напишіть нам знову, щоб почати нову.',
  newConversation: 'Нова розмова',
} satisfies Messages;
