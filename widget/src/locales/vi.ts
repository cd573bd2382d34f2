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
  away: 'Hiện chúng tôi đang vắng mặt.',
  backAt: 'Chúng tôi sẽ trở lại {time}.',
  leaveMessage: 'Hãy để lại tin nhắn kèm địa chỉ email, chúng tôi sẽ trả lời qua email.',
  emailLabel: 'Địa chỉ email của bạn',
  emailInvalid: 'Vui lòng nhập địa chỉ email hợp lệ để chúng tôi có thể trả lời.',
  hoursOnly: 'Bạn có thể nhắn lại cho chúng tôi khi chúng tôi trở lại.',
  repliesIn: 'Thường trả lời trong {duration}',
} satisfies Messages;
