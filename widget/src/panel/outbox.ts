/**
 * The shopper's unsent messages, kept across page loads: written offline or while the
 * link was down, they are sent (in order, each once: the server keeps a message id once)
 * when the link returns, even after a reload. Kept beside the visitor in localStorage
 * under the same consent, or in memory.
 */
import type { ChatMessage } from './messages';
import { storageKey } from './storage';

export interface QueuedMessage {
  id: string;
  conversationId: string;
  text: string;
  createdAt: number;
  email?: string;
}

export const outboxKey = (siteId: string) => `${storageKey(siteId)}:outbox`;

/** The messages still to send, oldest first. */
export function unsent(messages: readonly ChatMessage[]): QueuedMessage[] {
  return messages
    .filter((m) => m.author === 'visitor' && m.status !== 'sent')
    .map(({ id, conversationId, text, createdAt, email }) => ({ id, conversationId, text, createdAt, ...(email ? { email } : {}) }));
}

export interface OutboxStorage {
  read(): QueuedMessage[];
  write(queue: readonly QueuedMessage[]): void;
}

function isQueued(value: unknown): value is QueuedMessage {
  const m = value as Partial<QueuedMessage> | null;
  return typeof m?.id === 'string' && typeof m.conversationId === 'string' && typeof m.text === 'string' && typeof m.createdAt === 'number';
}

export function createOutboxStorage(siteId: string, backend: () => Storage | null): OutboxStorage {
  const key = outboxKey(siteId);
  let memory: QueuedMessage[] = [];
  return {
    read() {
      try {
        const raw = backend()?.getItem(key);
        if (raw) {
          const parsed: unknown = JSON.parse(raw);
          if (Array.isArray(parsed)) return parsed.filter(isQueued);
        }
      } catch {
        // Unreadable: what this page queued is still in memory.
      }
      return memory;
    },
    write(queue) {
      memory = [...queue];
      try {
        if (queue.length) backend()?.setItem(key, JSON.stringify(queue));
        else backend()?.removeItem(key);
      } catch {
        // Blocked or full: the in-memory copy keeps this page's queue.
      }
    },
  };
}
