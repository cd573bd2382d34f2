/**
 * Where a site's data lives: every collection under `sites/{siteId}`, with the collections
 * under each of its documents. The one list that the purge of a removed site walks (Kotha
 * keeps to a Firestore subset without listCollections or recursiveDelete, so nothing finds
 * a forgotten collection for us); site-data.test.ts fails when a store names a collection
 * that is on neither list.
 */
import { RATE_COUNTERS } from './rate-counters';
import { SUPPRESSIONS } from './suppression-store';

export interface SiteCollection {
  name: string;
  /** Collections under each of its documents. */
  children?: readonly string[];
}

export const SITE_COLLECTIONS: readonly SiteCollection[] = [
  { name: 'conversations', children: ['messages', 'notes'] },
  { name: 'events' },
  { name: 'outbox' },
  { name: 'config' },
  // What shoppers told us and their links to the platform's contacts; who is blocked.
  { name: 'visitors' },
  { name: 'blocked' },
  { name: 'blockedAddresses' },
  // The team and its tools.
  { name: 'agents' },
  { name: 'labels' },
  { name: 'canned' },
  // When owners were last alerted; the record of privacy exports and erasures.
  { name: 'alerts' },
  { name: 'audit' },
  // The analytics days (they hold bad ratings' comments).
  { name: 'analyticsDays' },
  // The help center: articles, collections, which articles each page's readers opened,
  // shoppers' searches, reads and votes, and order lookups that found an order.
  { name: 'helpArticles' },
  { name: 'helpCollections' },
  { name: 'helpPageViews' },
  { name: 'helpEvents' },
  { name: 'helpOrderFinds' },
  // Each weekly digest's claim: at most one per site and ISO week.
  { name: 'digests' },
];

/** Collections at the root that are not one site's data (each document names its own lifetime); `jobs` holds the scheduled jobs' marks. */
export const ROOT_COLLECTIONS: readonly string[] = ['sites', 'health', 'jobs', 'lifecycleEvents', 'lifecycleClaims', SUPPRESSIONS, RATE_COUNTERS];
