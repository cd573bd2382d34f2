/**
 * The panel's words. English ships inside the panel; other locales are meant to load
 * lazily, one file each, with this shape.
 */
export const en = {
  chat: 'Chat',
  chatWith: (team: string) => `Chat with ${team}`,
  close: 'Close chat',
  messages: 'Messages',
  you: 'You',
  team: 'Team',
  placeholder: 'Write a message…',
  messageLabel: 'Message',
  send: 'Send message',
  sending: 'Sending…',
  sent: 'Sent',
  failed: 'Not sent.',
  retry: 'Retry',
  connecting: 'Connecting…',
  offline: 'We can’t reach the chat right now.',
  tryAgain: 'Try again',
  closed: 'This conversation was closed. Write again to start a new one.',
  newConversation: 'New conversation',
};

export type Strings = typeof en;
