/**
 * The queries behind the follow-up job (jobs/follow-up.ts): which sites to visit and which
 * of their conversations may need a follow-up. Every query is a range filter on one flat
 * field with a limit (DESIGN.md's subset); the pure rules in domain/follow-up.ts decide.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { toRecord, type ConversationRecord } from './chat-store';

export class FollowUpStore {
  constructor(private readonly db: Firestore) {}

  private conversations(siteId: string) {
    return this.db.collection('sites').doc(siteId).collection('conversations');
  }

  /** Enabled sites after `after` in id order: the job pages through all of them. */
  async siteIdsAfter(after: string, limit: number): Promise<string[]> {
    const snap = await this.db.collection('sites').where('siteId', '>', after).orderBy('siteId').limit(limit).get();
    return snap.docs.filter((d) => d.get('enabled') !== false).map((d) => d.id);
  }

  /** Conversations whose shopper has waited since `cutoff` or longer, longest first. */
  async waitingSince(siteId: string, cutoff: number, limit: number): Promise<ConversationRecord[]> {
    const snap = await this.conversations(siteId).where('awaitingSince', '>', 0).where('awaitingSince', '<=', cutoff).orderBy('awaitingSince').limit(limit).get();
    return snap.docs.map((d) => toRecord(d.data()));
  }

  /** Conversations with an email to their shopper due by `now`. */
  async shopperEmailsDue(siteId: string, now: number, limit: number): Promise<ConversationRecord[]> {
    const snap = await this.conversations(siteId).where('shopperEmailDueAt', '>', 0).where('shopperEmailDueAt', '<=', now).orderBy('shopperEmailDueAt').limit(limit).get();
    return snap.docs.map((d) => toRecord(d.data()));
  }

  /** Open conversations with no human message since `cutoff`. */
  async idleOpen(siteId: string, cutoff: number, limit: number): Promise<ConversationRecord[]> {
    const snap = await this.conversations(siteId).where('status', '==', 'open').where('lastHumanAt', '>', 0).where('lastHumanAt', '<=', cutoff).orderBy('lastHumanAt').limit(limit).get();
    return snap.docs.map((d) => toRecord(d.data()));
  }

  /** First-reply delays (ms) of conversations started since `since` (newest `limit`). */
  async firstReplyDelays(siteId: string, since: number, limit: number): Promise<number[]> {
    const snap = await this.conversations(siteId).where('createdAt', '>=', since).orderBy('createdAt', 'desc').limit(limit).get();
    return snap.docs.map((d) => toRecord(d.data())).filter((r) => r.followUp.firstReplyAt > 0).map((r) => r.followUp.firstReplyAt - r.conversation.createdAt);
  }

  /** How many shoppers have waited since `since` or longer (the line up to and including one who started then). */
  async waitingUpTo(siteId: string, since: number): Promise<number> {
    const snap = await this.conversations(siteId).where('awaitingSince', '>', 0).where('awaitingSince', '<=', since).count().get();
    return snap.data().count;
  }
}
