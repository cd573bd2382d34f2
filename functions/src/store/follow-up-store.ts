/**
 * The queries behind the follow-up job (jobs/follow-up.ts): which sites to visit and which
 * of their conversations may need a follow-up. Every query is a range filter on one flat
 * field with a limit (docs/architecture.md); the pure rules in domain/follow-up.ts decide.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { conversationsOf, type ConversationRecord } from './conversation-store';
import { SiteStore } from './site-store';

export class FollowUpStore {
  constructor(private readonly db: Firestore) {}

  private conversations(siteId: string) {
    return conversationsOf(this.db, siteId);
  }

  /**
   * One page of sites after `after`, in id order: the enabled ones to follow up, and where the
   * next page starts (null after the last). Paging goes by the page read, not by what is kept,
   * so a page thinned by disabled sites never ends the run early.
   */
  async sitesAfter(after: string, limit: number): Promise<{ enabled: string[]; next: string | null }> {
    const sites = await new SiteStore(this.db).pageAfter(after, limit);
    return { enabled: sites.filter((site) => site.enabled).map((site) => site.siteId), next: sites.length < limit ? null : sites.at(-1)!.siteId };
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

  /** First-reply delays (ms) of conversations started since `since` (newest `limit`). */
  async firstReplyDelays(siteId: string, since: number, limit: number): Promise<number[]> {
    const snap = await this.conversations(siteId).where('createdAt', '>=', since).orderBy('createdAt', 'desc').limit(limit).get();
    return snap.docs.map((d) => d.data()).filter((r) => r.followUp.firstReplyAt > 0).map((r) => r.followUp.firstReplyAt - r.conversation.createdAt);
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
