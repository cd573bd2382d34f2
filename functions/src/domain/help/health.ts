/**
 * The help center's events (stored by store/help-event-store.ts), and what article health
 * and content gaps read of them (counted per session and day in self-service.ts). A content
 * gap is a search (grouped by its words, per language) that returned nothing, or after
 * which the shopper opened no article within 10 minutes.
 */
import type { HandOffReason, VoteSource } from '@kotha/common/contract/help';

export const OPENED_WITHIN_MS = 10 * 60_000;
/** Content gaps a period lists. */
export const MAX_GAPS = 50;

/** One event of a shopper in the help center: a search, suggestions shown, an article read, a vote, an order lookup, a hand-over. */
export type HelpEvent =
  | { kind: 'search'; visitorId: string; at: number; language: string; query: string; resultCount: number }
  | { kind: 'suggestions'; visitorId: string; at: number; language: string; query: string; articleIds: string[] }
  | { kind: 'view'; visitorId: string; at: number; language: string; articleId: string }
  | { kind: 'vote'; visitorId: string; at: number; articleId: string; helped: boolean; source: VoteSource }
  | { kind: 'order'; visitorId: string; at: number; result: 'found' | 'not-found' | 'unavailable' | 'too-many' }
  | { kind: 'handoff'; visitorId: string; at: number; reason: HandOffReason; articleIds: string[]; orderNumber: string | null };

export type HelpEventKind = HelpEvent['kind'];

type Of<K extends HelpEventKind> = Extract<HelpEvent, { kind: K }>;
/** Field names per kind, each checked against its event. */
type FieldsOf<T extends { [K in HelpEventKind]: keyof Of<K> }> = T;

/** The fields of each kind that article health and content gaps read. */
type HealthReads = FieldsOf<{
  search: 'language' | 'query' | 'resultCount';
  suggestions: never;
  view: 'articleId';
  vote: 'articleId' | 'helped';
  order: never;
  handoff: 'articleIds';
}>;

/** An event as article health and content gaps read it: its kind, visitor, time and those fields. */
export type HealthEvent = { [K in HelpEventKind]: Pick<Of<K>, Extract<'kind' | 'visitorId' | 'at' | HealthReads[K], keyof Of<K>>> }[HelpEventKind];
