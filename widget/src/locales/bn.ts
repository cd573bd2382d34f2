import type { Messages } from './messages';

/** Bengali (বাংলা). Polite আপনি forms; Intl writes the count in Bengali digits. */
export default {
  openChat: 'চ্যাট খুলুন',
  openChatUnread: {
    one: 'চ্যাট খুলুন, {count}টি অপঠিত বার্তা',
    other: 'চ্যাট খুলুন, {count}টি অপঠিত বার্তা',
  },
  chat: 'চ্যাট',
  chatWith: '{team}-এর সঙ্গে চ্যাট',
  close: 'চ্যাট বন্ধ করুন',
  messages: 'বার্তা',
  you: 'আপনি:',
  team: 'টিম',
  placeholder: 'আপনার বার্তা লিখুন…',
  messageLabel: 'বার্তা',
  send: 'বার্তা পাঠান',
  sending: 'পাঠানো হচ্ছে…',
  failed: 'পাঠানো যায়নি।',
  retry: 'আবার পাঠান',
  connecting: 'সংযোগ করা হচ্ছে…',
  offline: 'এই মুহূর্তে চ্যাটে সংযোগ করা যাচ্ছে না।',
  tryAgain: 'আবার চেষ্টা করুন',
  closed: 'এই কথোপকথনটি বন্ধ করা হয়েছে। নতুন কথোপকথন শুরু করতে আবার লিখুন।',
  newConversation: 'নতুন কথোপকথন',
  away: 'আমরা এই মুহূর্তে অনুপস্থিত।',
  backAt: 'আমরা ফিরব {time}।',
  leaveMessage: 'আপনার ইমেল ঠিকানাসহ একটি বার্তা রেখে যান, আমরা ইমেলে উত্তর দেব।',
  emailLabel: 'আপনার ইমেল ঠিকানা',
  emailInvalid: 'উত্তর দিতে পারার জন্য একটি সঠিক ইমেল ঠিকানা লিখুন।',
  hoursOnly: 'আমরা ফিরে এলে আবার লিখতে পারবেন।',
  repliesIn: 'সাধারণত {duration}-এর মধ্যে উত্তর দেয়',
} satisfies Messages;
