import { Button, EmptyState, Loader, SegmentedToggle, Text, TextButton } from 'wix-style-react';
import type { Conversation, ConversationStatus } from '../../../functions/src/contract/api.ts';
import type { LoadState } from '../use-inbox.ts';
import { ConversationRow } from './ConversationRow.tsx';

export interface ConversationListProps {
  conversations: Conversation[];
  filter: ConversationStatus;
  load: LoadState;
  hasMore: boolean;
  loadingMore: boolean;
  loadMoreError: string | null;
  selectedId: string | null;
  now: number;
  locale: string | undefined;
  onFilter(status: ConversationStatus): void;
  onSelect(conversationId: string): void;
  onLoadMore(): void;
  onReload(): void;
}

const EMPTY: Record<ConversationStatus, { title: string; subtitle: string }> = {
  open: {
    title: 'No open conversations',
    subtitle: 'When a visitor starts a chat on your site, it appears here right away.',
  },
  closed: { title: 'No closed conversations', subtitle: 'Conversations you close are kept here.' },
};

/** The left column: the Open/Closed filter and the live, paged list of conversations. */
export function ConversationList(props: ConversationListProps) {
  const { conversations, filter, load, hasMore, loadingMore, loadMoreError } = props;
  const isStatus = (value: string): value is ConversationStatus => value === 'open' || value === 'closed';
  return (
    <section className="kotha-list" aria-label="Conversations">
      <div className="kotha-list-toolbar">
        <SegmentedToggle
          dataHook="status-filter"
          size="small"
          selected={filter}
          onClick={(_event, value) => {
            if (isStatus(value)) props.onFilter(value);
          }}
        >
          <SegmentedToggle.Button value="open" aria-label="Show open conversations">
            Open
          </SegmentedToggle.Button>
          <SegmentedToggle.Button value="closed" aria-label="Show closed conversations">
            Closed
          </SegmentedToggle.Button>
        </SegmentedToggle>
      </div>
      <div className="kotha-list-scroll">
        {conversations.length > 0 ? (
          <ul className="kotha-rows" aria-label={`${filter === 'open' ? 'Open' : 'Closed'} conversations`}>
            {conversations.map((conversation) => (
              <ConversationRow
                key={conversation.id}
                conversation={conversation}
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
            <Loader size="small" text="Loading conversations…" />
          </div>
        ) : null}
        {load.phase === 'error' && conversations.length === 0 ? (
          <div className="kotha-center" role="alert" data-hook="list-error">
            <EmptyState theme="section" title="Can't load your conversations" subtitle={load.message}>
              <Button size="small" priority="secondary" onClick={props.onReload}>
                Try again
              </Button>
            </EmptyState>
          </div>
        ) : null}
        {load.phase === 'ready' && conversations.length === 0 ? (
          <div className="kotha-center" data-hook="list-empty">
            <EmptyState theme="section" title={EMPTY[filter].title} subtitle={EMPTY[filter].subtitle} />
          </div>
        ) : null}
        {hasMore && conversations.length > 0 ? (
          <div className="kotha-load-more">
            {loadingMore ? (
              <Loader size="tiny" />
            ) : (
              <TextButton dataHook="load-more" size="small" onClick={props.onLoadMore}>
                Load more
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
