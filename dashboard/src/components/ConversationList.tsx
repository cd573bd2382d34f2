import { Button, EmptyState, Loader, Text, TextButton } from 'wix-style-react';
import type { Conversation } from '@kotha/common/contract/api.ts';
import type { Agent, InboxView, Label } from '@kotha/common/contract/team.ts';
import type { ListView } from '../conversation-list.ts';
import type { LoadState } from '../inbox-state.ts';
import { ConversationRow } from './ConversationRow.tsx';
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
}

const EMPTY: Record<InboxView, { title: TextKey; subtitle: TextKey }> = {
  open: { title: 'list.emptyOpen', subtitle: 'list.emptyOpenHint' },
  unassigned: { title: 'list.emptyUnassigned', subtitle: 'list.emptyUnassignedHint' },
  mine: { title: 'list.emptyMine', subtitle: 'list.emptyMineHint' },
  waiting: { title: 'list.emptyWaiting', subtitle: 'list.emptyWaitingHint' },
  snoozed: { title: 'list.emptySnoozed', subtitle: 'list.emptySnoozedHint' },
  closed: { title: 'list.emptyClosed', subtitle: 'list.emptyClosedHint' },
};

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
  const empty: { title: TextKey; subtitle: TextKey } = view.q ? { title: 'list.noResults', subtitle: 'list.noResultsHint' } : EMPTY[view.view];
  return (
    <section className="kotha-list" aria-label={t('list.region')}>
      <div className="kotha-list-toolbar">
        <Text weight="bold" dataHook="list-title">
          {title}
        </Text>
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
        {load.phase === 'loading' && conversations.length === 0 ? (
          <div className="kotha-center" role="status">
            <Loader size="small" text={t('list.loading')} />
          </div>
        ) : null}
        {load.phase === 'error' && conversations.length === 0 ? (
          <div className="kotha-center" role="alert" data-hook="list-error">
            <EmptyState theme="section" title={t('list.loadError')} subtitle={load.message}>
              <Button size="small" priority="secondary" onClick={props.onReload}>
                {t('common.tryAgain')}
              </Button>
            </EmptyState>
          </div>
        ) : null}
        {load.phase === 'ready' && conversations.length === 0 ? (
          <div className="kotha-center" data-hook="list-empty">
            <EmptyState theme="section" title={t(empty.title)} subtitle={t(empty.subtitle)} />
          </div>
        ) : null}
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
