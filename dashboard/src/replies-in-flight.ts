/**
 * Replies still on their way, per conversation. A status change (close, reopen, snooze)
 * waits for them: a reply the server stores after a close reopens the chat (a shopper who
 * gets an answer may write back), so an agent who presses Enter and then Close at once
 * would otherwise see the chat come back. Failed replies settle too: they stay in the
 * thread to retry and never hold a close.
 */
export interface RepliesInFlight {
  track<T>(conversationId: string, reply: Promise<T>): Promise<T>;
  /** Resolves once every reply tracked for the conversation so far has succeeded or failed. */
  settled(conversationId: string): Promise<void>;
}

export function repliesInFlight(): RepliesInFlight {
  const pending = new Map<string, Set<Promise<unknown>>>();
  return {
    track(conversationId, reply) {
      const set = pending.get(conversationId) ?? new Set();
      pending.set(conversationId, set);
      set.add(reply);
      const forget = () => {
        set.delete(reply);
        if (set.size === 0 && pending.get(conversationId) === set) pending.delete(conversationId);
      };
      reply.then(forget, forget);
      return reply;
    },
    async settled(conversationId) {
      const set = pending.get(conversationId);
      if (set) await Promise.allSettled([...set]);
    },
  };
}
