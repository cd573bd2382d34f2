import type { Messages } from './messages';

/** Hindi (हिन्दी). Polite आप forms. */
export default {
  openChat: 'चैट खोलें',
  openChatUnread: {
    one: 'चैट खोलें, {count} अपठित संदेश',
    other: 'चैट खोलें, {count} अपठित संदेश',
  },
  chat: 'चैट',
  chatWith: '{team} से चैट',
  close: 'चैट बंद करें',
  messages: 'संदेश',
  you: 'आप:',
  team: 'टीम',
  placeholder: 'संदेश लिखें…',
  messageLabel: 'संदेश',
  send: 'संदेश भेजें',
  sending: 'भेजा जा रहा है…',
  failed: 'नहीं भेजा जा सका।',
  retry: 'फिर से भेजें',
  connecting: 'कनेक्ट हो रहा है…',
  offline: 'अभी चैट से कनेक्ट नहीं हो पा रहा है।',
  tryAgain: 'फिर से कोशिश करें',
  closed: 'यह बातचीत बंद कर दी गई है। नई बातचीत शुरू करने के लिए फिर से लिखें।',
  newConversation: 'नई बातचीत',
  away: 'हम अभी उपलब्ध नहीं हैं।',
  backAt: 'हम {time} लौटेंगे।',
  leaveMessage: 'अपने ईमेल पते के साथ संदेश छोड़ें, हम ईमेल से जवाब देंगे।',
  emailLabel: 'आपका ईमेल पता',
  emailInvalid: 'कृपया सही ईमेल पता डालें ताकि हम जवाब दे सकें।',
  hoursOnly: 'हमारे लौटने पर आप फिर से लिख सकते हैं।',
  repliesIn: 'आम तौर पर {duration} में जवाब देते हैं',
} satisfies Messages;
