/**
 * The shape of a locale file: every word the shopper sees, in the loader and the panel.
 * Types only. `{name}` marks a value filled in at run time; translations keep it and may
 * move it. Notes say where each text appears, for whoever translates it.
 */

import type { PluralForms } from '@kotha/common/i18n';

export interface Messages {
  /** The launcher's accessible name (the round button in the page corner). */
  openChat: string;
  /** The launcher's accessible name while team replies wait unread; `{count}` is the number. */
  openChatUnread: PluralForms;
  /** Panel title (and dialog name) when the team has not set a name. */
  chat: string;
  /** Dialog name read by screen readers; `{team}` is the shop's team name. */
  chatWith: string;
  /** The panel's close button (icon only; read by screen readers). */
  close: string;
  /** The header's Help button (icon only): opens answers, order status and the way to a person. Also the Help view's heading. */
  help: string;
  /** Name of the message log for screen readers. */
  messages: string;
  /** Screen-reader prefix before each of the shopper's own messages, like a speaker's name. */
  you: string;
  /** Shown as the author of a team message when the agent's name is unknown. */
  team: string;
  /** Placeholder in the empty message box. */
  placeholder: string;
  /** The message box's accessible name. */
  messageLabel: string;
  /** The send button (icon only). */
  send: string;
  /** Under a message while it is on its way. */
  sending: string;
  /** Under a message that could not be delivered; followed by the `retry` button. */
  failed: string;
  /** Button to send a failed message again. */
  retry: string;
  /** Banner while the chat starts. */
  connecting: string;
  /** Banner when the chat service cannot be reached; followed by the `tryAgain` button. */
  offline: string;
  /** Button to reconnect after `offline`. */
  tryAgain: string;
  /** Notice under a conversation the team has closed. */
  closed: string;
  /** Divider between an earlier conversation and the next one. */
  newConversation: string;
  /** Banner when the team is outside its business hours. */
  away: string;
  /** After `away`: when the team is back, in the shopper's own time; `{time}` is e.g. "Tuesday 9:00 AM" (or just the time if today). */
  backAt: string;
  /** Above the email field when the shopper can leave a message outside hours. */
  leaveMessage: string;
  /** The email field's label. */
  emailLabel: string;
  /** Under the email field when what was typed is not an email address. */
  emailInvalid: string;
  /** Outside hours when the merchant takes no messages. */
  hoursOnly: string;
  /** Under the panel title during hours; `{duration}` is e.g. "5 minutes" (Intl writes it). */
  repliesIn: string;
  /** While a shopper waits for the team; `{position}` is their place in line (Intl writes the number). */
  queuePosition: string;
  /** After `queuePosition`: the estimated wait; `{duration}` is e.g. "5 minutes". */
  waitAbout: string;
  /** Shown instead of the message box when the team has blocked this shopper: polite, without blame. */
  blocked: string;
  /** Under the messages while an agent writes a reply; `{name}` is the agent's name. */
  typing: string;
  /** Under the shopper's last message once the team has read it. */
  seen: string;
  /** After the team closes the chat: the question, the two answers, and the optional comment's label. */
  rateQuestion: string;
  rateGood: string;
  rateBad: string;
  rateComment: string;
  rateThanks: string;
  /** Asks for the transcript by email; `{email}` in the confirmation is the address. */
  transcriptButton: string;
  transcriptSent: string;
  /** Opens the list of the shopper's ended conversations, and leaves one to go back. */
  earlierConversations: string;
  backToChat: string;
  /** Before the merchant's greeting when the shopper's name is known; `{name}` is it. */
  hello: string;
  /** The inline, skippable ask after the first message, when we have no email for the shopper. */
  leaveEmail: string;
  /** The button that saves the address typed under `leaveEmail`. */
  saveEmail: string;
  /** Replaces the `leaveEmail` ask once the address is saved; `{email}` is it. */
  emailSaved: string;
  /** The × that puts the `leaveEmail` ask away without an address (icon only; read by screen readers). */
  skipEmail: string;
  /** The button that sends the optional comment typed under `rateComment`. */
  sendComment: string;
  /** The button that sends the transcript to the address in the field, after `transcriptButton`. */
  sendTranscript: string;
}
