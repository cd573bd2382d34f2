/**
 * The help center's events as article health and content gaps read them (counted per
 * session and day in self-service.ts). A content gap is a search (grouped by its words,
 * per language) that returned nothing, or after which the shopper opened no article within
 * 10 minutes.
 */

export const OPENED_WITHIN_MS = 10 * 60_000;
/** Content gaps a period lists. */
export const MAX_GAPS = 50;

export type HealthEvent =
  | { kind: 'search'; visitorId: string; at: number; language: string; query: string; resultCount: number }
  | { kind: 'view'; visitorId: string; at: number; articleId: string }
  | { kind: 'vote'; visitorId: string; at: number; articleId: string; helped: boolean }
  | { kind: 'handoff'; visitorId: string; at: number; articleIds: string[] }
  | { kind: 'suggestions' | 'order'; visitorId: string; at: number };
