import type { Messages } from './messages';

/** Persian (فارسی). Right to left. Polite شما forms. */
export default {
  openChat: 'باز کردن چت',
  openChatUnread: {
    one: 'باز کردن چت، {count} پیام خوانده‌نشده',
    other: 'باز کردن چت، {count} پیام خوانده‌نشده',
  },
  chat: 'چت',
  chatWith: 'چت با {team}',
  close: 'بستن چت',
  messages: 'پیام‌ها',
  you: 'شما:',
  team: 'تیم',
  placeholder: 'پیامی بنویسید…',
  messageLabel: 'پیام',
  send: 'ارسال پیام',
  sending: 'در حال ارسال…',
  failed: 'ارسال نشد.',
  retry: 'ارسال دوباره',
  connecting: 'در حال اتصال…',
  offline: 'در حال حاضر امکان اتصال به چت وجود ندارد.',
  tryAgain: 'تلاش دوباره',
  closed: 'این گفتگو بسته شده است. برای شروع گفتگوی جدید، دوباره پیام بنویسید.',
  newConversation: 'گفتگوی جدید',
  away: 'ما در حال حاضر در دسترس نیستیم.',
  backAt: '{time} برمی‌گردیم.',
  leaveMessage: 'پیامی همراه با نشانی ایمیل خود بگذارید تا با ایمیل پاسخ دهیم.',
  emailLabel: 'نشانی ایمیل شما',
  emailInvalid: 'لطفاً یک نشانی ایمیل معتبر وارد کنید تا بتوانیم پاسخ دهیم.',
  hoursOnly: 'وقتی برگشتیم می‌توانید دوباره برایمان بنویسید.',
  repliesIn: 'معمولاً ظرف {duration} پاسخ می‌دهد',
} satisfies Messages;
