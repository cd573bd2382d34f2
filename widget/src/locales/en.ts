import type { Messages } from './messages';

/** English: bundled with the panel, the fallback for every other locale. */
export default {
  openChat: 'Open chat',
  openChatUnread: {
    one: 'Open chat, {count} unread message',
    other: 'Open chat, {count} unread messages',
  },
  chat: 'Chat',
  chatWith: 'Chat with {team}',
  close: 'Close chat',
  messages: 'Messages',
  you: 'You:',
  team: 'Team',
  placeholder: 'Write a message…',
  messageLabel: 'Message',
  send: 'Send message',
  sending: 'Sending…',
  failed: 'Not sent.',
  retry: 'Retry',
  connecting: 'Connecting…',
  offline: 'We can’t reach the chat right now.',
  tryAgain: 'Try again',
  closed: 'This conversation was closed. Write again to start a new one.',
  newConversation: 'New conversation',
  away: "We're away right now.",
  backAt: "We'll be back {time}.",
  leaveMessage: "Leave a message with your email address and we'll reply by email.",
  emailLabel: "Your email address",
  emailInvalid: "Please enter a valid email address so we can reply.",
  hoursOnly: "You can write to us again once we're back.",
  repliesIn: "Typically replies in {duration}",
} satisfies Messages;
