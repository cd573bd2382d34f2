import { useEffect, useMemo } from 'react';
import { EmptyState, Heading, Text } from 'wix-style-react';
import type { ApiClient } from '../api-client.ts';
import { unreadTotal, visibleConversations } from '../conversation-list.ts';
import { inboxTitle } from '../document-title.ts';
import type { StreamStatus } from '../inbox-stream.ts';
import { useInbox } from '../use-inbox.ts';
import { useNow } from '../use-now.ts';
import { ConversationList } from './ConversationList.tsx';
import { ConversationPanel } from './ConversationPanel.tsx';
import { WixContextCard } from './WixContextCard.tsx';

export interface InboxPageProps {
  api: ApiClient;
  locale: string | undefined;
}

const STREAM_LABEL: Record<StreamStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
};

/** The merchant's inbox: conversations on the left, the open one on the right. */
export function InboxPage({ api, locale }: InboxPageProps) {
  const inbox = useInbox(api);
  const now = useNow(30_000);
  const conversations = useMemo(() => visibleConversations(inbox.list, inbox.filter), [inbox.list, inbox.filter]);
  const unread = unreadTotal(inbox.list);

  useEffect(() => {
    document.title = inboxTitle(unread);
  }, [unread]);

  const selected = inbox.selectedId ? inbox.list.byId[inbox.selectedId] : undefined;

  return (
    <main className="kotha-inbox">
      <header className="kotha-header">
        <Heading size="medium" as="h1">
          Inbox
        </Heading>
        {unread > 0 ? (
          <Text size="small" secondary dataHook="unread-total">
            {unread} unread
          </Text>
        ) : null}
        {inbox.stream ? (
          <span className={`kotha-stream kotha-stream--${inbox.stream}`} data-hook="stream-status" role="status">
            <Text size="tiny" secondary>
              {STREAM_LABEL[inbox.stream]}
            </Text>
          </span>
        ) : null}
      </header>
      <div className="kotha-columns">
        <ConversationList
          conversations={conversations}
          filter={inbox.filter}
          load={inbox.listLoad}
          hasMore={inbox.list.pages[inbox.filter].nextBefore !== null}
          loadingMore={inbox.loadingMore}
          loadMoreError={inbox.loadMoreError}
          selectedId={inbox.selectedId}
          now={now}
          locale={locale}
          onFilter={inbox.setFilter}
          onSelect={inbox.select}
          onLoadMore={inbox.loadMore}
          onReload={inbox.reload}
        />
        {inbox.thread ? (
          <ConversationPanel
            conversation={selected}
            thread={inbox.thread}
            load={inbox.threadLoad}
            statusChanging={inbox.statusChanging}
            statusError={inbox.statusError}
            locale={locale}
            onSend={inbox.send}
            onNote={inbox.addNote}
            onRetry={inbox.retry}
            onDiscard={inbox.discard}
            onToggleStatus={inbox.toggleStatus}
            onReload={inbox.reloadThread}
            context={selected ? <WixContextCard api={api} conversationId={selected.id} locale={locale} /> : null}
            onErase={selected ? () => inbox.eraseVisitor(selected.visitorId) : undefined}
          />
        ) : (
          <section className="kotha-panel kotha-panel--empty" aria-label="No conversation selected">
            <EmptyState
              theme="section"
              title="Pick a conversation"
              subtitle="Choose a conversation on the left to read it and reply."
            />
          </section>
        )}
      </div>
    </main>
  );
}
