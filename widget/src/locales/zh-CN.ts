import type { Messages } from './messages';

/** Chinese, Simplified (简体中文). Polite 您 forms. */
export default {
  openChat: '打开聊天',
  openChatUnread: {
    other: '打开聊天，{count} 条未读消息',
  },
  chat: '聊天',
  chatWith: '与{team}聊天',
  close: '关闭聊天',
  messages: '消息',
  you: '您：',
  team: '客服',
  placeholder: '输入消息…',
  messageLabel: '消息',
  send: '发送消息',
  sending: '正在发送…',
  failed: '发送失败。',
  retry: '重新发送',
  connecting: '正在连接…',
  offline: '暂时无法连接到聊天服务。',
  tryAgain: '重试',
  closed: '此对话已关闭。再次发送消息即可开始新对话。',
  newConversation: '新对话',
  away: '我们现在不在线。',
  backAt: '我们将于{time}回来。',
  leaveMessage: '请留下留言和您的电子邮箱，我们会通过邮件回复您。',
  emailLabel: '您的电子邮箱',
  emailInvalid: '请输入有效的电子邮箱，以便我们回复您。',
  hoursOnly: '我们回来后，您可以再次给我们留言。',
  repliesIn: '通常在{duration}内回复',
} satisfies Messages;
