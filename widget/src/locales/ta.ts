import type { Messages } from './messages';

/** Tamil (தமிழ்). Polite -ங்கள் / -வும் forms. */
export default {
  openChat: 'அரட்டையைத் திறக்கவும்',
  openChatUnread: {
    one: 'அரட்டையைத் திறக்கவும், {count} படிக்காத செய்தி',
    other: 'அரட்டையைத் திறக்கவும், {count} படிக்காத செய்திகள்',
  },
  chat: 'அரட்டை',
  chatWith: '{team} உடன் அரட்டை',
  close: 'அரட்டையை மூடவும்',
  messages: 'செய்திகள்',
  you: 'நீங்கள்:',
  team: 'குழு',
  placeholder: 'செய்தியை எழுதுங்கள்…',
  messageLabel: 'செய்தி',
  send: 'செய்தியை அனுப்பவும்',
  sending: 'அனுப்புகிறது…',
  failed: 'அனுப்பப்படவில்லை.',
  retry: 'மீண்டும் அனுப்பவும்',
  connecting: 'இணைக்கிறது…',
  offline: 'தற்போது அரட்டையுடன் இணைக்க முடியவில்லை.',
  tryAgain: 'மீண்டும் முயலவும்',
  closed: 'இந்த உரையாடல் முடிக்கப்பட்டது. புதிய உரையாடலைத் தொடங்க மீண்டும் எழுதுங்கள்.',
  newConversation: 'புதிய உரையாடல்',
} satisfies Messages;
