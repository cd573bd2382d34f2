/**
 * The hand-over trail: which articles the shopper read in this page's session and whether
 * each helped, turned into what their next message to a person carries. Pure.
 */
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import type { HandOffReason } from '@kotha/common/contract/help';
import type { HelpTrailInput } from '@kotha/common/contract/help-schemas';

export type ReadArticles = ReadonlyArray<{ id: string; helped: boolean | null }>;

/** `read` with `id` read (once; a later vote sets `helped`), the most recent trailArticles kept. */
export function recordRead(read: ReadArticles, id: string, helped: boolean | null = null): ReadArticles {
  const earlier = read.find((article) => article.id === id);
  const next = [...read.filter((article) => article.id !== id), { id, helped: helped ?? earlier?.helped ?? null }];
  return next.slice(-HELP_LIMITS.trailArticles);
}

/** The trail a message to a person carries after self-service. */
export function trailFor(read: ReadArticles, reason: HandOffReason, orderNumber: string | null = null): HelpTrailInput {
  return { articles: read.map(({ id, helped }) => ({ id, helped })), orderNumber, reason };
}
