/** A conversation summary for tests: an open chat with one shopper message, changed by `patch`. */
import type { Conversation } from '@kotha/common/contract/api.ts';

export function conversationFixture(id: string, updatedAt: number, patch: Partial<Conversation> = {}): Conversation {
  return {
    id,
    visitorId: `v-${id}`,
    visitorName: null,
    visitorEmail: null,
    status: 'open',
    createdAt: 1,
    updatedAt,
    lastMessageText: 'hi',
    lastMessageAuthor: 'visitor',
    unreadByAgent: 0,
    unreadByVisitor: 0,
    messageCount: 1,
    labels: [],
    assigneeUid: null,
    waitingSince: null,
    agentReadAt: null,
    snoozedUntil: null,
    rating: null,
    ratingComment: null,
    ...patch,
  };
}
