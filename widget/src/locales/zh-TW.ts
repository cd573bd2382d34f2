import type { Messages } from './messages';

/** Chinese, Traditional (繁體中文). Taiwan usage; polite 您 forms. */
export default {
  openChat: '開啟聊天',
  openChatUnread: {
    other: '開啟聊天，{count} 則未讀訊息',
  },
  chat: '聊天',
  chatWith: '與{team}聊天',
  close: '關閉聊天',
  messages: '訊息',
  you: '您：',
  team: '客服',
  placeholder: '輸入訊息…',
  messageLabel: '訊息',
  send: '傳送訊息',
  sending: '傳送中…',
  failed: '傳送失敗。',
  retry: '重新傳送',
  connecting: '連線中…',
  offline: '目前無法連線至聊天服務。',
  tryAgain: '重試',
  closed: '此對話已關閉。再次傳送訊息即可開始新對話。',
  newConversation: '新對話',
  away: '我們目前不在線上。',
  backAt: '我們將於{time}回來。',
  leaveMessage: '請留下訊息和您的電子郵件地址，我們會以電子郵件回覆您。',
  emailLabel: '您的電子郵件地址',
  emailInvalid: '請輸入有效的電子郵件地址，以便我們回覆您。',
  hoursOnly: '我們回來後，您可以再次留言給我們。',
  repliesIn: '通常在{duration}內回覆',
} satisfies Messages;
