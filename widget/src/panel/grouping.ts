/**
 * Messages read as a conversation: consecutive messages from the same person, close in
 * time, form a group, named once at its start and timed once at its end.
 */
import type { ChatMessage } from './messages';

/** Messages further apart than this start a new group even from the same person. */
export const GROUP_GAP_MS = 5 * 60 * 1000;

const sameGroup = (a: ChatMessage | undefined, b: ChatMessage | undefined) =>
  !!a && !!b && a.conversationId === b.conversationId && a.author === b.author && a.authorName === b.authorName && Math.abs(b.createdAt - a.createdAt) <= GROUP_GAP_MS;

export function groupPlace(messages: readonly ChatMessage[], index: number): { first: boolean; last: boolean } {
  return { first: !sameGroup(messages[index - 1], messages[index]), last: !sameGroup(messages[index], messages[index + 1]) };
}
