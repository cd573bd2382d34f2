/**
 * Past help-center visits for the demo shop, so the Analytics tab's self-service funnel is
 * not empty on the local stack and in the README pictures: over the last four weeks, about
 * two visits a day, each ending one way (deterministic, a seeded generator): read an
 * article and said it helped, read one and wrote to no one, read one, said No and asked a
 * person, or searched for something the help center does not answer and left. Stored once,
 * through the help events' own store.
 */
import type { Firestore } from 'firebase-admin/firestore';
import { HelpArticleStore } from '../functions/src/store/help-article-store';
import { generator } from './analytics-traffic';
import { HelpEventStore, type HelpEvent } from '../functions/src/store/help-event-store';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** What shoppers search for that the starter articles do not answer. */
const GAPS = ['gift wrapping', 'wholesale price', 'custom size', 'cash on delivery'];

/** The events of `count` visits in [from, to), over the given articles. */
export function pastHelpVisits(options: { count: number; from: number; to: number; articles: readonly { id: string; title: string; language: string }[]; seed?: number }): HelpEvent[] {
  const random = generator(options.seed ?? 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const events: HelpEvent[] = [];
  for (let i = 0; i < options.count; i++) {
    const visitorId = `demo_help_${i}`;
    const at = options.from + Math.floor(random() * (options.to - options.from));
    const roll = random();
    if (options.articles.length === 0 || roll < 0.15) {
      events.push({ kind: 'search', visitorId, at, language: 'en', query: pick(GAPS), resultCount: 0 });
      continue;
    }
    const article = pick(options.articles);
    events.push({ kind: 'search', visitorId, at, language: article.language, query: article.title.toLowerCase().replace(/[?.!]/g, ''), resultCount: 1 });
    events.push({ kind: 'view', visitorId, at: at + MINUTE, language: article.language, articleId: article.id });
    if (roll < 0.55) {
      events.push({ kind: 'vote', visitorId, at: at + 2 * MINUTE, articleId: article.id, helped: true, source: 'reader' });
    } else if (roll < 0.8) {
      // Read and wrote to no one: self-served, once a day has passed.
    } else {
      events.push({ kind: 'vote', visitorId, at: at + 2 * MINUTE, articleId: article.id, helped: false, source: 'reader' });
      events.push({ kind: 'handoff', visitorId, at: at + 3 * MINUTE, reason: 'not-helped', articleIds: [article.id], orderNumber: null });
    }
  }
  return events;
}

/** The demo shop's help-center visits of the last four weeks, stored once (none yet older than a day). */
export async function seedDemoHelpTraffic(db: Firestore, siteId: string, now: number): Promise<boolean> {
  const from = now - 28 * DAY;
  if ((await new HelpEventStore(db).between(siteId, from, now - DAY, 1)).length > 0) return false;
  const articles = await new HelpArticleStore(db).listPublished(siteId);
  await storeHelpEvents(db, siteId, pastHelpVisits({ count: 56, from, to: now - DAY, articles }));
  return true;
}

/** Stores events as the help center records them, a few at a time. */
export async function storeHelpEvents(db: Firestore, siteId: string, events: readonly HelpEvent[]): Promise<void> {
  const store = new HelpEventStore(db);
  for (let i = 0; i < events.length; i += 100) await Promise.all(events.slice(i, i + 100).map((event) => store.record(siteId, event)));
}
