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
  away: 'ہم اس وقت دستیاب نہیں ہیں۔',
  backAt: 'ہم {time} واپس آئیں گے۔',
  leaveMessage: 'اپنے ای میل پتے کے ساتھ پیغام چھوڑیں، ہم ای میل سے جواب دیں گے۔',
  emailLabel: 'آپ کا ای میل پتہ',
  emailInvalid: 'براہِ کرم درست ای میل پتہ درج کریں تاکہ ہم جواب دے سکیں۔',
  hoursOnly: 'ہمارے واپس آنے پر آپ دوبارہ لکھ سکتے ہیں۔',
  repliesIn: 'عام طور پر {duration} میں جواب دیتے ہیں',
} satisfies Messages;
