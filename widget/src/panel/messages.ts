import type { Message } from '@kotha/common/contract/api';
import type { HelpTrailInput } from '@kotha/common/contract/help-schemas';

/** Where a message stands from the shopper's side; the team's messages are always 'sent'. */
export type DeliveryStatus = 'sending' | 'sent' | 'failed';

export interface ChatMessage extends Message {
  status: DeliveryStatus;
  /** Outside hours, the address the shopper left with their first message (sent with it, kept locally). */
  email?: string;
  /** After self-service: the articles read and why the shopper came to a person (sent with it). */
  trail?: HelpTrailInput;
}

/** A message as stored by the server. */
export function confirmed(message: Message): ChatMessage {
  return { ...message, status: 'sent' };
}

/**
 * Display order: stored messages by server time, then the shopper's unconfirmed ones in
 * the order written. Unconfirmed messages only have a local timestamp, which a skewed
 * device clock could place anywhere among server times.
 */
export function compareMessages(a: ChatMessage, b: ChatMessage): number {
  const aPending = a.status !== 'sent';
  const bPending = b.status !== 'sent';
  if (aPending !== bPending) return aPending ? 1 : -1;
  return a.createdAt - b.createdAt;
}

/**
 * Merges messages into a list, deduplicated by id and kept in display order. A stored copy
 * replaces a local one (a retried send, or our own message echoed by the stream); a local
 * status never overrides a stored message.
 */
export function mergeMessages(current: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  const byId = new Map(current.map((message) => [message.id, message]));
  for (const message of incoming) {
    const existing = byId.get(message.id);
    if (existing?.status === 'sent' && message.status !== 'sent') continue;
    byId.set(message.id, message);
  }
  // Array#sort is stable, so messages stored in the same millisecond keep their arrival order.
  return [...byId.values()].sort(compareMessages);
}

/** Changes one message by id; returns the same list when the id is unknown. */
export function updateMessage(
  messages: readonly ChatMessage[],
  id: string,
  change: Partial<Pick<ChatMessage, 'status' | 'conversationId'>>,
): ChatMessage[] {
  return messages.map((message) => (message.id === id ? { ...message, ...change } : message));
}
