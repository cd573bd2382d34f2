import type { Messages } from './messages';

/** Arabic (العربية). Right to left. Modern Standard Arabic; all six plural forms. */
export default {
  openChat: 'فتح الدردشة',
  openChatUnread: {
    zero: 'فتح الدردشة، لا توجد رسائل غير مقروءة',
    one: 'فتح الدردشة، رسالة واحدة غير مقروءة',
    two: 'فتح الدردشة، رسالتان غير مقروءتين',
    few: 'فتح الدردشة، {count} رسائل غير مقروءة',
    many: 'فتح الدردشة، {count} رسالة غير مقروءة',
    other: 'فتح الدردشة، {count} رسالة غير مقروءة',
  },
  chat: 'الدردشة',
  chatWith: 'الدردشة مع {team}',
  close: 'إغلاق الدردشة',
  messages: 'الرسائل',
  you: 'أنت:',
  team: 'الفريق',
  placeholder: 'اكتب رسالتك…',
  messageLabel: 'الرسالة',
  send: 'إرسال الرسالة',
  sending: 'جارٍ الإرسال…',
  failed: 'لم يتم الإرسال.',
  retry: 'إعادة الإرسال',
  connecting: 'جارٍ الاتصال…',
  offline: 'تعذّر الاتصال بالدردشة حاليًا.',
  tryAgain: 'إعادة المحاولة',
  closed: 'تم إغلاق هذه المحادثة. اكتب مجددًا لبدء محادثة جديدة.',
  newConversation: 'محادثة جديدة',
} satisfies Messages;
