import { Loader, Text, TextButton } from 'wix-style-react';
import type { Conversation } from '@kotha/common/contract/api.ts';
import type { Agent, InboxView, Label } from '@kotha/common/contract/team.ts';
import type { ListView } from '../conversation-list.ts';
import type { LoadState } from '../inbox-state.ts';
import { ConversationRow } from './ConversationRow.tsx';
import { Empty, LoadFailed, Loading } from './LoadStates.tsx';
import { viewTitle } from './ViewNav.tsx';
import { t } from '../i18n/i18n.ts';
import type { TextKey } from '../i18n/en.ts';

export interface ConversationListProps {
  conversations: Conversation[];
  view: ListView;
  labels: Label[];
  agents: Agent[];
  /** Who is typing where, by conversation. */
  typing: Readonly<Record<string, string>>;
  load: LoadState;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: string | null;
  selectedId: string | null;
  now: number;
  locale: string | undefined;
  onSelect(conversationId: string): void;
  onLoadMore(): void;
  onReload(): void;
  /** Takes the label off the view (the list then shows all of the view). */
  onClearLabel(): void;
}

const EMPTY: Record<InboxView, { title: TextKey; subtitle: TextKey; withLabel: TextKey }> = {
  open: { title: 'list.emptyOpen', subtitle: 'list.emptyOpenHint', withLabel: 'list.emptyOpenLabel' },
  unassigned: { title: 'list.emptyUnassigned', subtitle: 'list.emptyUnassignedHint', withLabel: 'list.emptyUnassignedLabel' },
  mine: { title: 'list.emptyMine', subtitle: 'list.emptyMineHint', withLabel: 'list.emptyMineLabel' },
  waiting: { title: 'list.emptyWaiting', subtitle: 'list.emptyWaitingHint', withLabel: 'list.emptyWaitingLabel' },
  snoozed: { title: 'list.emptySnoozed', subtitle: 'list.emptySnoozedHint', withLabel: 'list.emptySnoozedLabel' },
  closed: { title: 'list.emptyClosed', subtitle: 'list.emptyClosedHint', withLabel: 'list.emptyClosedLabel' },
};

/**
 * What an empty list says. Narrowed by a label, it names the view and the label, so an
 * empty "Open · VIP" never reads as if the label lost its conversations.
 */
function emptyText(view: ListView, label: Label | undefined): { title: string; subtitle: string } {
  if (view.q) return { title: t('list.noResults'), subtitle: t('list.noResultsHint') };
  const texts = EMPTY[view.view];
  if (label) return { title: t(texts.withLabel, { label: label.name }), subtitle: t('list.emptyLabelHint', { view: viewTitle(view.view) }) };
  return { title: t(texts.title), subtitle: t(texts.subtitle) };
}

/** The list's heading: the view, its label, or the search. */
export function listTitle(view: ListView, labels: Label[]): string {
  if (view.q) return t('list.resultsFor', { query: view.q });
  const label = labels.find((l) => l.id === view.label);
  return label ? `${viewTitle(view.view)} · ${label.name}` : viewTitle(view.view);
}

/** The middle column: the live, paged list of the chosen view's conversations. */
export function ConversationList(props: ConversationListProps) {
  const { conversations, view, load, hasMore, loadingMore, loadMoreError } = props;
  const title = listTitle(view, props.labels);
  const label = view.q ? undefined : props.labels.find((l) => l.id === view.label);
  const empty = emptyText(view, label);
  return (
    <section className="kotha-list" aria-label={t('list.region')}>
      <div className="kotha-list-toolbar">
        <Text weight="bold" dataHook="list-title">
          {title}
        </Text>
        {label ? (
          <div className="kotha-list-filter" data-hook="label-narrows">
            <Text size="small" secondary>
              {t('list.labelFilter', { label: label.name, view: viewTitle(view.view) })}
            </Text>
            <TextButton size="small" dataHook="clear-label" onClick={props.onClearLabel}>
              {t('list.clearLabel')}
            </TextButton>
          </div>
        ) : null}
      </div>
      <div className="kotha-list-scroll">
        {conversations.length > 0 ? (
          <ul className="kotha-rows" aria-label={t('list.rows', { title })}>
            {conversations.map((conversation) => (
              <ConversationRow
                key={conversation.id}
                conversation={conversation}
                labels={props.labels}
                agents={props.agents}
                typing={props.typing[conversation.id]}
                selected={conversation.id === props.selectedId}
                now={props.now}
                locale={props.locale}
                onSelect={props.onSelect}
              />
            ))}
          </ul>
        ) : null}
        {(load.phase === 'loading' || load.phase === 'idle') && conversations.length === 0 ? <Loading text={t('list.loading')} /> : null}
        {load.phase === 'error' && conversations.length === 0 ? <LoadFailed title={t('list.loadError')} detail={load.message} onRetry={props.onReload} dataHook="list-error" /> : null}
        {load.phase === 'ready' && conversations.length === 0 ? <Empty title={empty.title} subtitle={empty.subtitle} dataHook="list-empty" /> : null}
        {hasMore && conversations.length > 0 ? (
          <div className="kotha-load-more">
            {loadingMore ? (
              <Loader size="tiny" />
            ) : (
              <TextButton dataHook="load-more" size="small" onClick={props.onLoadMore}>
                {t('list.loadMore')}
              </TextButton>
            )}
            {loadMoreError ? (
              <Text size="tiny" skin="error" role="alert">
                {loadMoreError}
              </Text>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}
