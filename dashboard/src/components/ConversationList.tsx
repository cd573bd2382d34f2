import { Button, EmptyState, Loader, Text, TextButton } from 'wix-style-react';
import type { Conversation } from '../../../functions/src/contract/api.ts';
import type { Agent, InboxView, Label } from '../../../functions/src/contract/team.ts';
import type { ListView } from '../conversation-list.ts';
import type { LoadState } from '../use-inbox.ts';
import { ConversationRow } from './ConversationRow.tsx';
import { VIEW_TITLES } from './ViewNav.tsx';

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

const EMPTY: Record<InboxView, { title: string; subtitle: string }> = {
  open: {
    title: 'No open conversations',
    subtitle: 'When a visitor starts a chat on your site, it appears here right away.',
  },
  unassigned: { title: 'Nothing unassigned', subtitle: 'Every open conversation has someone on it.' },
  mine: { title: 'Nothing assigned to you', subtitle: 'Conversations assigned to you appear here.' },
  waiting: { title: 'No one is waiting', subtitle: 'Shoppers still waiting for a reply appear here, longest wait first.' },
  snoozed: { title: 'Nothing snoozed', subtitle: 'Snooze a conversation to set it aside until a time; it comes back by itself, or when the shopper writes.' },
  closed: { title: 'No closed conversations', subtitle: 'Conversations you close are kept here.' },
};

/** The list's heading: the view, its label, or the search. */
export function listTitle(view: ListView, labels: Label[]): string {
  if (view.q) return `Results for “${view.q}”`;
  const label = labels.find((l) => l.id === view.label);
  return label ? `${VIEW_TITLES[view.view]} · ${label.name}` : VIEW_TITLES[view.view];
}

/** The middle column: the live, paged list of the chosen view's conversations. */
export function ConversationList(props: ConversationListProps) {
  const { conversations, view, load, hasMore, loadingMore, loadMoreError } = props;
  const title = listTitle(view, props.labels);
  const empty = view.q
    ? { title: 'No conversations found', subtitle: 'Try a shopper’s name, their email, or a word they wrote.' }
    : EMPTY[view.view];
  return (
    <section className="kotha-list" aria-label="Conversations">
      <div className="kotha-list-toolbar">
        <Text weight="bold" dataHook="list-title">
          {title}
        </Text>
      </div>
      <div className="kotha-list-scroll">
        {conversations.length > 0 ? (
          <ul className="kotha-rows" aria-label={`${title}: conversations`}>
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
            <EmptyState theme="section" title={empty.title} subtitle={empty.subtitle} />
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
