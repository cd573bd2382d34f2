/**
 * The help center's events, `sites/{siteId}/helpEvents/{id}`: one small flat document per
 * search, suggestions shown, article read, vote, order lookup and hand-over, kept 90 days
 * (`expireAt`, the collection's TTL policy). They feed article health, content gaps and
 * the self-service outcomes (help/help-health.ts) by range queries on `at`, for the days
 * the analytics rollup job has not stored yet and for the Help center tab; the article
 * documents' own counters serve "popular", so no page view of the Help view reads these.
 *
 * Order lookups that found an order also leave a `helpOrderFinds` document, keyed by
 * visitor and number, for one day: a hand-over names the order only when it is there.
 */
import { createHash } from 'node:crypto';
import { Timestamp, type Firestore } from 'firebase-admin/firestore';
import type { HelpEvent } from '../domain/help/health';

export type { HelpEvent };

export const HELP_EVENT_KEEP_MS = 90 * 86_400_000;
const ORDER_FIND_KEEP_MS = 86_400_000;

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : 0);
const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);

/** The stored document back as an event; null for a kind this version does not know. */
function decode(data: Record<string, unknown>): HelpEvent | null {
  const base = { visitorId: str(data.visitorId), at: num(data.at) };
  switch (data.kind) {
    case 'search':
      return { kind: 'search', ...base, language: str(data.language), query: str(data.query), resultCount: num(data.resultCount) };
    case 'suggestions':
      return { kind: 'suggestions', ...base, language: str(data.language), query: str(data.query), articleIds: ids(data.articleIds) };
    case 'view':
      return { kind: 'view', ...base, language: str(data.language), articleId: str(data.articleId) };
    case 'vote':
      return { kind: 'vote', ...base, articleId: str(data.articleId), helped: data.helped === true, source: data.source === 'suggestion' ? 'suggestion' : 'reader' };
    case 'order':
      return { kind: 'order', ...base, result: (['found', 'not-found', 'unavailable', 'too-many'] as const).find((r) => r === data.result) ?? 'not-found' };
    case 'handoff':
      return { kind: 'handoff', ...base, reason: (['not-helped', 'talk-to-person', 'order'] as const).find((r) => r === data.reason) ?? 'talk-to-person', articleIds: ids(data.articleIds), orderNumber: typeof data.orderNumber === 'string' ? data.orderNumber : null };
    default:
      return null;
  }
}

export class HelpEventStore {
  constructor(private readonly db: Firestore) {}

  private site(siteId: string) {
    return this.db.collection('sites').doc(siteId);
  }

  /** Records one event (one write). */
  async record(siteId: string, event: HelpEvent): Promise<void> {
    await this.site(siteId).collection('helpEvents').add({ ...event, expireAt: Timestamp.fromMillis(event.at + HELP_EVENT_KEEP_MS) });
  }

  /**
   * The events of a period, oldest first, at most `limit`, read `pageSize` at a time (a
   * long period's rollup reads many pages). Pages by range on `at` (docs/architecture.md:
   * the embedded emulator ignores cursors): each page starts at the last `at` read,
   * inclusive, so events sharing it are not skipped, and asks for as many more as it
   * re-reads there; repeats are dropped by document id.
   */
  async between(siteId: string, from: number, to: number, limit: number, pageSize = 5000): Promise<HelpEvent[]> {
    const events = this.site(siteId).collection('helpEvents');
    const seen = new Set<string>();
    const read: HelpEvent[] = [];
    // `atCursor`: documents read whose `at` is the cursor, which the next page reads again first.
    for (let cursor = from, atCursor = 0; seen.size < limit; ) {
      const size = Math.min(pageSize, limit - seen.size) + atCursor;
      const snap = await events.where('at', '>=', cursor).where('at', '<', to).orderBy('at').limit(size).get();
      const fresh = snap.docs.filter((d) => !seen.has(d.id));
      for (const d of fresh) {
        seen.add(d.id);
        const event = decode(d.data());
        if (event) read.push(event);
      }
      if (snap.size < size || fresh.length === 0) break;
      const lastAt = snap.docs.at(-1)!.get('at') as number;
      atCursor = lastAt === cursor ? atCursor + fresh.length : snap.docs.filter((d) => d.get('at') === lastAt).length;
      cursor = lastAt;
    }
    return read;
  }

  private findRef(siteId: string, visitorId: string, orderNumber: string) {
    const key = createHash('sha256').update(`${visitorId}\u0000${orderNumber.toUpperCase()}`).digest('base64url').slice(0, 32);
    return this.site(siteId).collection('helpOrderFinds').doc(key);
  }

  /** This visitor's lookup found this order (kept a day). */
  async orderFound(siteId: string, visitorId: string, orderNumber: string, at: number): Promise<void> {
    await this.findRef(siteId, visitorId, orderNumber).set({ at, expireAt: Timestamp.fromMillis(at + ORDER_FIND_KEEP_MS) });
  }

  /** Did this visitor's lookup find this order within the last day? */
  async didFind(siteId: string, visitorId: string, orderNumber: string, now: number): Promise<boolean> {
    const at = (await this.findRef(siteId, visitorId, orderNumber).get()).get('at');
    return typeof at === 'number' && now - at < ORDER_FIND_KEEP_MS;
  }
}
