/**
 * How many conversations a view holds, as far as the inbox knows without asking: the API
 * gives no totals, so the count is of conversations loaded (and kept live by the stream).
 * It is exact once the view, or a list that holds it (Open, or the view without its label),
 * is loaded to its end;
 * otherwise it is a floor, shown as "30+". Nothing is shown when nothing is known, and
 * Closed, which only grows, gets no count.
 */
import type { InboxView } from '@kotha/common/contract/team.ts';
import { inView, pageOf, type ConversationListState, type ListView } from './conversation-list.ts';
import { fill, t } from './i18n/i18n.ts';

export interface ViewCount {
  count: number;
  /** There may be more than `count`: the list is not loaded to its end. */
  more: boolean;
}

/** Views whose conversations are all open ones: loading Open to its end counts them too. */
const WITHIN_OPEN: ReadonlySet<InboxView> = new Set(['unassigned', 'mine', 'waiting']);

export function viewCount(list: ConversationListState, view: ListView, me: string | null): ViewCount | null {
  if (view.view === 'closed' || (view.view === 'mine' && me === null)) return null;
  let count = 0;
  for (const conversation of Object.values(list.byId)) if (inView(conversation, view, me)) count++;
  const ended = (target: ListView) => {
    const page = pageOf(list, target);
    return page.loaded && page.nextCursor === null;
  };
  // Every conversation of a wider list that is fully loaded is known: the view's own,
  // the view without its label, and Open (with or without the label) for views inside Open.
  const wider: ListView[] = [view, { ...view, label: null }];
  if (WITHIN_OPEN.has(view.view)) wider.push({ ...view, view: 'open' }, { ...view, view: 'open', label: null });
  const exact = wider.some(ended);
  if (exact) return { count, more: false };
  return count > 0 ? { count, more: true } : null;
}

/** "12", or "30+" when there may be more; in the dashboard's digits. */
export function countText(count: ViewCount): string {
  return count.more ? t('views.countMore', { count: count.count }) : fill('{count}', { count: count.count });
}
