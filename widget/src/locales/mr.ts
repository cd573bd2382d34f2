import type { Messages } from './messages';

/** Marathi (मराठी). Polite तुम्ही forms. */
export default {
  openChat: 'चॅट उघडा',
  openChatUnread: {
    one: 'चॅट उघडा, {count} न वाचलेला संदेश',
    other: 'चॅट उघडा, {count} न वाचलेले संदेश',
  },
  chat: 'चॅट',
  chatWith: '{team} सोबत चॅट',
  close: 'चॅट बंद करा',
  messages: 'संदेश',
  you: 'तुम्ही:',
  team: 'टीम',
  placeholder: 'संदेश लिहा…',
  messageLabel: 'संदेश',
  send: 'संदेश पाठवा',
  sending: 'पाठवत आहे…',
  failed: 'पाठवला गेला नाही.',
  retry: 'पुन्हा पाठवा',
  connecting: 'कनेक्ट होत आहे…',
  offline: 'सध्या चॅटशी कनेक्ट होऊ शकत नाही.',
  tryAgain: 'पुन्हा प्रयत्न करा',
  closed: 'हे संभाषण बंद करण्यात आले आहे. नवीन संभाषण सुरू करण्यासाठी पुन्हा लिहा.',
  newConversation: 'नवीन संभाषण',
  away: 'आम्ही सध्या उपलब्ध नाही.',
  backAt: 'आम्ही {time} परत येऊ.',
  leaveMessage: 'तुमच्या ईमेल पत्त्यासह संदेश ठेवा, आम्ही ईमेलने उत्तर देऊ.',
  emailLabel: 'तुमचा ईमेल पत्ता',
  emailInvalid: 'आम्हाला उत्तर देता यावे यासाठी योग्य ईमेल पत्ता लिहा.',
  hoursOnly: 'आम्ही परत आल्यावर तुम्ही पुन्हा लिहू शकता.',
  repliesIn: 'साधारणपणे {duration} मध्ये उत्तर देतात',
} satisfies Messages;
