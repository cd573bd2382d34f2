import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptyState, Heading, Text, TextButton, ToggleSwitch } from 'wix-style-react';
import type { InboxEvent } from '@kotha/common/contract/api.ts';
import type { ApiClient } from '../api-client.ts';
import { pageOf, unreadTotal, visibleConversations } from '../conversation-list.ts';
import { inboxTitle } from '../document-title.ts';
import type { StreamStatus } from '../inbox-stream.ts';
import { alertFor, notificationState, setSoundEnabled, showNotification, soundEnabled, type NotificationState } from '../notifications.ts';
import { useInbox } from '../use-inbox.ts';
import { chime } from '@kotha/common/chime.ts';
import type { Team } from '../use-team.ts';
import { useNow } from '../use-now.ts';
import { ConversationList } from './ConversationList.tsx';
import { ViewNav } from './ViewNav.tsx';
// Not needed for the first rows: loaded after them (on-demand.tsx).
import { ConversationPanel, Deferred, preloadConversation, ShopperDetails, WixContextCard } from '../on-demand.tsx';
import { t } from '../i18n/i18n.ts';
import type { TextKey } from '../i18n/en.ts';

export interface InboxPageProps {
  api: ApiClient;
  team: Team;
  locale: string | undefined;
}

const STREAM_LABEL: Record<StreamStatus, TextKey> = {
  connecting: 'stream.connecting',
  live: 'stream.live',
  reconnecting: 'stream.reconnecting',
};

/** The merchant's inbox: views, conversations, and the open one with its tools. */
export function InboxPage({ api, team, locale }: InboxPageProps) {
  const [sound, setSound] = useState(soundEnabled);
  const [permission, setPermission] = useState<NotificationState>(notificationState);
  const [askDismissed, setAskDismissed] = useState(false);
  const soundRef = useRef(sound);
  soundRef.current = sound;
  const selectRef = useRef<(id: string) => void>(() => undefined);

  const onEvent = useCallback((event: InboxEvent, onScreen: boolean) => {
    const alert = alertFor(event, onScreen);
    if (!alert) return;
    if (soundRef.current) chime();
    showNotification(alert, (id) => selectRef.current(id));
  }, []);
  const inbox = useInbox(api, { onEvent });
  selectRef.current = inbox.select;
  const now = useNow(30_000);
  const me = inbox.me?.uid ?? null;
  const conversations = useMemo(() => visibleConversations(inbox.list, inbox.view, me), [inbox.list, inbox.view, me]);
  const unread = unreadTotal(inbox.list);

  useEffect(() => {
    document.title = inboxTitle(unread);
  }, [unread]);
  // A teammate who opens the inbox for the first time shows up without a reload.
  useEffect(() => team.refreshAgents(), [inbox.me?.uid]);
  // With the first rows up, the open conversation's chunk loads while the merchant reads them.
  useEffect(() => {
    if (inbox.listLoad.phase === 'ready') preloadConversation();
  }, [inbox.listLoad.phase]);

  const selected = inbox.selectedId ? inbox.list.byId[inbox.selectedId] : undefined;

  return (
    <main className="kotha-inbox">
      <header className="kotha-header">
        <Heading size="medium" as="h1">
          {t('tabs.inbox')}
        </Heading>
        {unread > 0 ? (
          <Text size="small" secondary dataHook="unread-total">
            {t('inbox.unread', { count: unread })}
          </Text>
        ) : null}
        <span className="kotha-header-tools">
          <ToggleSwitch size="small" checked={sound} dataHook="sound-toggle" onChange={() => { setSoundEnabled(!sound); setSound(!sound); }} />
          <Text size="tiny" secondary>
            {t('inbox.sound')}
          </Text>
        </span>
        {inbox.stream ? (
          <span className={`kotha-stream kotha-stream--${inbox.stream}`} data-hook="stream-status" role="status">
            <Text size="tiny" secondary>
              {t(STREAM_LABEL[inbox.stream])}
            </Text>
          </span>
        ) : null}
      </header>
      {permission === 'default' && !askDismissed ? (
        <div className="kotha-notice" role="region" aria-label={t('inbox.notifications')} data-hook="notifications-ask">
          <Text size="small">{t('inbox.notificationsAsk')}</Text>
          <TextButton size="small" dataHook="notifications-on" onClick={() => void Notification.requestPermission().then(setPermission)}>
            {t('inbox.notificationsOn')}
          </TextButton>
          <TextButton size="small" skin="dark" onClick={() => setAskDismissed(true)}>
            {t('inbox.notificationsLater')}
          </TextButton>
        </div>
      ) : null}
      <div className="kotha-columns">
        <ViewNav view={inbox.view} labels={team.labels} onView={inbox.setView} />
        <ConversationList
          conversations={conversations}
          view={inbox.view}
          labels={team.labels}
          agents={team.agents}
          typing={inbox.typing}
          load={inbox.listLoad}
          hasMore={pageOf(inbox.list, inbox.view).nextCursor !== null}
          loadingMore={inbox.loadingMore}
          loadMoreError={inbox.loadMoreError}
          selectedId={inbox.selectedId}
          now={now}
          locale={locale}
          onSelect={inbox.select}
          onLoadMore={inbox.loadMore}
          onReload={inbox.reload}
        />
        {inbox.thread ? (
          <Deferred place="panel">
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
            context={
              selected ? (
                <ShopperDetails
                  api={api}
                  conversationId={selected.id}
                  locale={locale}
                  onOpen={inbox.select}
                  wix={<WixContextCard api={api} conversationId={selected.id} locale={locale} />}
                />
              ) : null
            }
            onErase={selected ? () => inbox.eraseVisitor(selected.visitorId) : undefined}
            labels={team.labels}
            agents={team.agents}
            me={inbox.me}
            canned={team.canned}
            teamName={inbox.teamName}
            onAssign={inbox.assign}
            onSetLabels={inbox.setLabels}
            typing={selected ? inbox.typing[selected.id] : undefined}
            onTyping={inbox.typingReply}
            onLoadEarlier={inbox.loadEarlier}
            onSnooze={inbox.snooze}
            onBlock={async (reason, byAddress) => {
              if (!selected) return;
              await api.block({ visitorId: selected.visitorId, reason, byAddress, conversationId: selected.id });
            }}
          />
          </Deferred>
        ) : (
          <section className="kotha-panel kotha-panel--empty" aria-label={t('inbox.noSelection')}>
            <EmptyState
              theme="section"
              title={t('inbox.pickTitle')}
              subtitle={t('inbox.pickSubtitle')}
            />
          </section>
        )}
      </div>
    </main>
  );
}
