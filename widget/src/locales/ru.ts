import type { Messages } from './messages';

/** Russian (Русский). Formal вы; all four plural forms. */
export default {
  openChat: 'Открыть чат',
  openChatUnread: {
    one: 'Открыть чат, {count} непрочитанное сообщение',
    few: 'Открыть чат, {count} непрочитанных сообщения',
    many: 'Открыть чат, {count} непрочитанных сообщений',
    other: 'Открыть чат, {count} непрочитанного сообщения',
  },
  chat: 'Чат',
  chatWith: 'Чат — {team}',
  close: 'Закрыть чат',
  messages: 'Сообщения',
  you: 'Вы:',
  team: 'Поддержка',
  placeholder: 'Напишите сообщение…',
  messageLabel: 'Сообщение',
  send: 'Отправить сообщение',
  sending: 'Отправка…',
  failed: 'Не отправлено.',
  retry: 'Отправить снова',
  connecting: 'Подключение…',
  offline: 'Сейчас не удаётся подключиться к чату.',
  tryAgain: 'Повторить попытку',
  closed: 'Этот диалог завершён. Напишите нам снова, чтобы начать новый.',
  newConversation: 'Новый диалог',
} satisfies Messages;
