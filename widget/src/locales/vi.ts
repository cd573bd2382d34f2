import type { Messages } from './messages';

/** Vietnamese (Tiếng Việt). Polite register (bạn). */
export default {
  openChat: 'Mở trò chuyện',
  openChatUnread: {
    other: 'Mở trò chuyện, {count} tin nhắn chưa đọc',
  },
  chat: 'Trò chuyện',
  chatWith: 'Trò chuyện với {team}',
  close: 'Đóng trò chuyện',
  messages: 'Tin nhắn',
  you: 'Bạn:',
  team: 'Hỗ trợ viên',
  placeholder: 'Nhập tin nhắn…',
  messageLabel: 'Tin nhắn',
  send: 'Gửi tin nhắn',
  sending: 'Đang gửi…',
  failed: 'Chưa gửi được.',
  retry: 'Gửi lại',
  connecting: 'Đang kết nối…',
  offline: 'Hiện không thể kết nối với cuộc trò chuyện.',
  tryAgain: 'Thử lại',
  closed: 'Cuộc trò chuyện này đã kết thúc. Hãy nhắn lại để bắt đầu cuộc trò chuyện mới.',
  newConversation: 'Cuộc trò chuyện mới',
} satisfies Messages;
