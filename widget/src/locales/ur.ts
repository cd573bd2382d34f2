import type { Messages } from './messages';

/** Urdu (اردو). Right to left. Polite آپ forms. */
export default {
  openChat: 'چیٹ کھولیں',
  openChatUnread: {
    one: 'چیٹ کھولیں، {count} نیا پیغام',
    other: 'چیٹ کھولیں، {count} نئے پیغامات',
  },
  chat: 'چیٹ',
  chatWith: '{team} سے چیٹ',
  close: 'چیٹ بند کریں',
  messages: 'پیغامات',
  you: 'آپ:',
  team: 'ٹیم',
  placeholder: 'پیغام لکھیں…',
  messageLabel: 'پیغام',
  send: 'پیغام بھیجیں',
  sending: 'بھیجا جا رہا ہے…',
  failed: 'نہیں بھیجا جا سکا۔',
  retry: 'دوبارہ بھیجیں',
  connecting: 'رابطہ قائم کیا جا رہا ہے…',
  offline: 'ہم اس وقت چیٹ سے رابطہ نہیں کر پا رہے۔',
  tryAgain: 'دوبارہ کوشش کریں',
  closed: 'یہ گفتگو بند کر دی گئی ہے۔ نئی گفتگو شروع کرنے کے لیے دوبارہ لکھیں۔',
  newConversation: 'نئی گفتگو',
} satisfies Messages;
