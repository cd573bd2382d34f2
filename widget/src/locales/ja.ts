import type { Messages } from './messages';

/** Japanese (日本語). Polite です/ます style for sentences, plain nouns for buttons. */
export default {
  openChat: 'チャットを開く',
  openChatUnread: {
    other: 'チャットを開く（未読メッセージ {count} 件）',
  },
  chat: 'チャット',
  chatWith: '{team}とのチャット',
  close: 'チャットを閉じる',
  messages: 'メッセージ',
  you: 'あなた：',
  team: 'スタッフ',
  placeholder: 'メッセージを入力…',
  messageLabel: 'メッセージ',
  send: 'メッセージを送信',
  sending: '送信中…',
  failed: '送信できませんでした。',
  retry: '再送信',
  connecting: '接続中…',
  offline: '現在チャットに接続できません。',
  tryAgain: '再試行',
  closed: 'この会話は終了しました。新しい会話を始めるには、もう一度メッセージをお送りください。',
  newConversation: '新しい会話',
  away: 'ただいま対応時間外です。',
  backAt: '{time}に再開します。',
  leaveMessage: 'メールアドレスを添えてメッセージを残してください。メールでご返信します。',
  emailLabel: 'メールアドレス',
  emailInvalid: 'ご返信のため、正しいメールアドレスを入力してください。',
  hoursOnly: '再開後にもう一度メッセージをお送りください。',
  repliesIn: '通常{duration}以内に返信します',
} satisfies Messages;
