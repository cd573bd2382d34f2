/**
 * A conversation's analytics row from its story, step by step, with the same rules the
 * write path applies as each step is stored (follow-up.ts for the first reply, facts.ts for
 * the rest). The tests tell stories with it; the API reads the stored result instead.
 */
import type { Author, InboxStatus, Rating } from '@kotha/common/contract';
import { followUpAfterMessage, NO_FOLLOW_UP } from '../follow-up';
import { factsAfterAssign, factsAfterMessage, factsAfterStatus, NO_FACTS, type ConversationFacts } from './facts';
import type { AnalyticsRow } from './figures';

export type TimelineStep =
  | { kind: 'message'; at: number; author: Author; automatic?: boolean; uid?: string }
  | { kind: 'status'; at: number; to: InboxStatus; uid: string | null }
  | { kind: 'assign'; at: number; uid: string | null }
  | { kind: 'rate'; rating: Rating; comment?: string }
  /** The shopper's page or open chat was heard from (a page view or a stream's beat). */
  | { kind: 'seen'; at: number };

/** The row of a conversation started by the shopper's message at `createdAt`, after `steps`. */
export function rowFromTimeline(id: string, createdAt: number, steps: readonly TimelineStep[], options: { offline?: boolean } = {}): AnalyticsRow {
  let facts: ConversationFacts = { ...NO_FACTS, offline: options.offline ?? false };
  let followUp = { ...NO_FOLLOW_UP, ...followUpAfterMessage(NO_FOLLOW_UP, { author: 'visitor', createdAt }, false) };
  let status: InboxStatus = 'open';
  let assigneeUid: string | null = null;
  let rating: Rating | null = null;
  let ratingComment: string | null = null;
  let lastSeenAt = 0;
  for (const step of steps) {
    if (step.kind === 'seen') {
      lastSeenAt = step.at;
    } else if (step.kind === 'message') {
      const signs = { lastPageViewAt: lastSeenAt, streamSeenAt: 0 };
      const change = factsAfterMessage(facts, { status, assigneeUid }, { author: step.author, createdAt: step.at, automatic: step.automatic }, step.uid ?? null, signs);
      facts = { ...facts, ...change.set, reopenCount: facts.reopenCount + (change.reopened ? 1 : 0) };
      followUp = { ...followUp, ...followUpAfterMessage(followUp, { author: step.author, createdAt: step.at, automatic: step.automatic }, false) };
      if (step.author === 'agent' && status === 'closed') status = 'open';
    } else if (step.kind === 'status') {
      const change = factsAfterStatus(facts, status, step.to, step.at, step.uid);
      facts = { ...facts, ...change.set, reopenCount: facts.reopenCount + (change.reopened ? 1 : 0) };
      status = step.to;
    } else if (step.kind === 'assign') {
      facts = { ...facts, ...factsAfterAssign(step.uid, step.at) };
      assigneeUid = step.uid;
    } else {
      rating = step.rating;
      ratingComment = step.comment ?? null;
    }
  }
  return { id, createdAt, firstReplyAt: followUp.firstReplyAt, ...facts, assigneeUid, rating, ratingComment };
}
