/**
 * The per-conversation facts analytics are computed from, kept flat on the conversation
 * document and written by the writes that happen anyway (a reply, a close, an assignment):
 * never an extra write per message. The event log expires, so history cannot come from it;
 * messages could, but reading every message of every conversation for a report costs far
 * more than a few fields on the summary. The first human reply itself is the follow-up
 * field `firstReplyAt` (domain/follow-up.ts), set by the same rule.
 */
import type { Author, InboxStatus } from '@kotha/common/contract';

export interface ConversationFacts {
  /** Started through the offline form (outside hours): counted apart, never as missed. */
  offline: boolean;
  /** Who wrote the first reply by a person, and the latest one ('' before any). */
  firstReplyUid: string;
  lastReplyUid: string;
  /** When it was last assigned to someone (0: never), and that person's first reply since. */
  assignedAt: number;
  assignedReplyAt: number;
  /** The first and the latest close (0: never closed), and who closed it last ('' for the auto-close). */
  firstClosedAt: number;
  lastClosedAt: number;
  closedByUid: string;
  /** Times a closed conversation was opened again (by the team, or by a reply). */
  reopenCount: number;
  /**
   * When the shopper left, if they had left before the first reply by a person (0: they
   * were still there, or nothing was known of them). Set with that first reply.
   */
  shopperLeftAt: number;
}

export const NO_FACTS: ConversationFacts = {
  offline: false,
  firstReplyUid: '',
  lastReplyUid: '',
  assignedAt: 0,
  assignedReplyAt: 0,
  firstClosedAt: 0,
  lastClosedAt: 0,
  closedByUid: '',
  reopenCount: 0,
  shopperLeftAt: 0,
};

/** A shopper's last signs on the site (ms, 0 for none): domain/visits.ts `Presence`. */
export interface LastSigns {
  lastPageViewAt: number;
  streamSeenAt: number;
}

/** "Left": their page went away for at least this long (the Missed rule). */
export const LEFT_AFTER_MS = 2 * 60_000;
/** An open chat's stream records the shopper every minute, so a page gone for 2 minutes is silent for up to 3. */
const BEAT_SLACK_MS = 60_000;

/**
 * When the shopper left, judged at `at` (the first reply) from their last signs: the last
 * sign, when it is older than the Missed rule's 2 minutes plus a beat; 0 while they are
 * still there, or when nothing is known of them (no page view or stream was recorded).
 */
export function shopperLeftAt(signs: LastSigns, at: number): number {
  const last = Math.max(signs.lastPageViewAt, signs.streamSeenAt);
  return last > 0 && at - last >= LEFT_AFTER_MS + BEAT_SLACK_MS ? last : 0;
}

const isPersonReply = (message: { author: Author; automatic?: boolean }, agentUid: string | null) => message.author === 'agent' && !message.automatic && !!agentUid;

/** What a new message changes: only a reply written by a person counts (automatic ones never do). */
export function factsAfterMessage(
  current: ConversationFacts,
  conversation: { status: InboxStatus; assigneeUid: string | null },
  message: { author: Author; createdAt: number; automatic?: boolean },
  agentUid: string | null,
  /** The shopper's last signs, read only for the first reply (`needsShopperSigns`). */
  signs: LastSigns | null = null,
): { set: Partial<ConversationFacts>; reopened: boolean } {
  if (!isPersonReply(message, agentUid)) return { set: {}, reopened: false };
  const set: Partial<ConversationFacts> = { lastReplyUid: agentUid! };
  if (!current.firstReplyUid) {
    set.firstReplyUid = agentUid!;
    const left = signs ? shopperLeftAt(signs, message.createdAt) : 0;
    if (left > 0) set.shopperLeftAt = left;
  }
  if (current.assignedAt > 0 && current.assignedReplyAt === 0 && conversation.assigneeUid === agentUid) set.assignedReplyAt = message.createdAt;
  // A reply reopens a closed conversation (domain/conversation.ts): that is a reopen too.
  return { set, reopened: conversation.status === 'closed' };
}

/** Whether this message is the first reply by a person: only then are the shopper's last signs worth a read. */
export function needsShopperSigns(current: ConversationFacts, message: { author: Author; automatic?: boolean }, agentUid: string | null): boolean {
  return isPersonReply(message, agentUid) && !current.firstReplyUid;
}

/** What closing or reopening changes; `byUid` is null for the scheduled auto-close. */
export function factsAfterStatus(current: ConversationFacts, from: InboxStatus, to: InboxStatus, at: number, byUid: string | null): { set: Partial<ConversationFacts>; reopened: boolean } {
  if (to === 'closed' && from !== 'closed') {
    return { set: { lastClosedAt: at, closedByUid: byUid ?? '', ...(current.firstClosedAt === 0 ? { firstClosedAt: at } : {}) }, reopened: false };
  }
  return { set: {}, reopened: from === 'closed' && to !== 'closed' };
}

/** An assignment restarts that person's clock; unassigning keeps the last one's. */
export function factsAfterAssign(assigneeUid: string | null, at: number): Partial<ConversationFacts> {
  return assigneeUid ? { assignedAt: at, assignedReplyAt: 0 } : {};
}
