/**
 * The queries behind the follow-up job (jobs/follow-ups.ts): which conversations of a site
 * may need a follow-up, and which decide its next one (the sites to visit are
 * follow-up-schedule.ts's). Every query is a range filter on one flat
 * field with a limit (docs/architecture.md); the pure rules in domain/follow-up.ts decide.
 */
import type { Firestore, Query } from 'firebase-admin/firestore';
import { conversationsOf, type ConversationRecord } from './conversation-store';

export class FollowUpStore {
  constructor(private readonly db: Firestore) {}

  private conversations(siteId: string) {
    return conversationsOf(this.db, siteId);
  }

  /**
   * Open conversations whose shopper has waited since `cutoff` or longer, longest first.
   * Open only: a closed or snoozed one left before its wait was cleared (older data) would
   * otherwise hold a place in every run's page.
   */
  async waitingSince(siteId: string, cutoff: number, limit: number): Promise<ConversationRecord[]> {
    const snap = await this.conversations(siteId).where('status', '==', 'open').where('awaitingSince', '>', 0).where('awaitingSince', '<=', cutoff).orderBy('awaitingSince').limit(limit).get();
    return snap.docs.map((d) => d.data());
  }

  /** Conversations with an email to their shopper due by `now`. */
  async shopperEmailsDue(siteId: string, now: number, limit: number): Promise<ConversationRecord[]> {
    const snap = await this.conversations(siteId).where('shopperEmailDueAt', '>', 0).where('shopperEmailDueAt', '<=', now).orderBy('shopperEmailDueAt').limit(limit).get();
    return snap.docs.map((d) => d.data());
  }

  /** Open conversations with no human message since `cutoff`. */
  async idleOpen(siteId: string, cutoff: number, limit: number): Promise<ConversationRecord[]> {
    const snap = await this.conversations(siteId).where('status', '==', 'open').where('lastHumanAt', '>', 0).where('lastHumanAt', '<=', cutoff).orderBy('lastHumanAt').limit(limit).get();
    return snap.docs.map((d) => d.data());
  }

  /**
   * The conversations that decide the site's next follow-up besides the waiting ones: the
   * first email to a shopper still to send, the open conversation idle longest, the snooze
   * that ends first (domain/follow-up.ts, `nextFollowUpAt`, takes the earliest).
   */
  async nextInLine(siteId: string): Promise<ConversationRecord[]> {
    const first = (query: Query<ConversationRecord>) => query.limit(1).get().then((snap) => snap.docs.map((d) => d.data()));
    const conversations = this.conversations(siteId);
    const found = await Promise.all([
      first(conversations.where('shopperEmailDueAt', '>', 0).orderBy('shopperEmailDueAt')),
      first(conversations.where('status', '==', 'open').where('lastHumanAt', '>', 0).orderBy('lastHumanAt')),
      first(conversations.where('status', '==', 'snoozed').orderBy('snoozedUntil')),
    ]);
    return found.flat();
  }

  /**
   * How many shoppers have waited since `since` or longer (the line up to and including
   * one who started then): open, unanswered conversations only (domain/follow-up.ts
   * `inLine`); the status filter also keeps out closed ones older data left waiting.
   */
  async waitingUpTo(siteId: string, since: number): Promise<number> {
    const snap = await this.conversations(siteId).where('status', '==', 'open').where('awaitingSince', '>', 0).where('awaitingSince', '<=', since).count().get();
    return snap.data().count;
  }
}
