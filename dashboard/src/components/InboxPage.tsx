import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Heading, Text, TextButton, ToggleSwitch } from 'wix-style-react';
import type { InboxEvent } from '@kotha/common/contract/api.ts';
import type { InboxView } from '@kotha/common/contract/team.ts';
import type { ApiClient } from '../api-client.ts';
import { pageOf, unreadTotal, visibleConversations } from '../conversation-list.ts';
import { inboxTitle } from '../document-title.ts';
import type { StreamStatus } from '../inbox-stream.ts';
import { alertFor, notificationState, setSoundEnabled, showNotification, soundEnabled, type NotificationState } from '../notifications.ts';
import { useInbox } from '../use-inbox.ts';
import { chime } from '@kotha/common/chime.ts';
import type { Team } from '../use-team.ts';
import { useNow } from '../use-now.ts';
import { useDismissal, type AgentKey } from '../dismissals.ts';
import { usePhone } from '../layout.ts';
import { nextConversation } from '../next-conversation.ts';
import { viewCount, type ViewCount } from '../view-counts.ts';
import { visitorDisplayName } from '../visitor-name.ts';
import { Banner } from './Banner.tsx';
import { ConversationList } from './ConversationList.tsx';
import { ViewNav } from './ViewNav.tsx';
// Not needed for the first rows: loaded after them (on-demand.tsx).
import { ConversationPanel, Deferred, preloadConversation, ShopperDetails, WixContextCard } from '../on-demand.tsx';
import { NoSelection } from './FirstRun.tsx';
import { useNotificationAsk } from '../notification-ask.ts';
import { t } from '../i18n/i18n.ts';
import type { TextKey } from '../i18n/en.ts';

export interface InboxPageProps {
  api: ApiClient;
  team: Team;
  locale: string | undefined;
  /** Who is looking, for the banners they dismissed. */
  agent: AgentKey | null | undefined;
  /** A conversation fills a phone's screen (the shell then hides its tabs), or not. */
  onConversationScreen?(on: boolean): void;
}

const STREAM_LABEL: Record<StreamStatus, TextKey> = {
  connecting: 'stream.connecting',
  live: 'stream.live',
  reconnecting: 'stream.reconnecting',
};

const COUNTED_VIEWS: readonly InboxView[] = ['open', 'unassigned', 'mine', 'waiting', 'snoozed'];

/** How long the word about the conversation just closed or snoozed stays. */
const NOTICE_MS = 8_000;

/** The history entry a phone's conversation screen adds, so the system Back returns to the list. */
const CONVERSATION_STATE = 'kotha:conversation';

/**
 * The merchant's inbox: views, conversations, and the open one with its tools. Wide
 * screens show the three side by side, each scrolling in its own pane; a phone shows the
 * list, then the conversation with a Back button.
 */
export function InboxPage({ api, team, locale, agent, onConversationScreen }: InboxPageProps) {
  const phone = usePhone();
  const [sound, setSound] = useState(soundEnabled);
  const [permission, setPermission] = useState<NotificationState>(notificationState);
  const soundRef = useRef(sound);
  soundRef.current = sound;
  const openRef = useRef<(id: string) => void>(() => undefined);

  const onEvent = useCallback((event: InboxEvent, onScreen: boolean) => {
    const alert = alertFor(event, onScreen);
    if (!alert) return;
    if (soundRef.current) chime();
    showNotification(alert, (id) => openRef.current(id));
  }, []);
  const inbox = useInbox(api, { onEvent });
  const now = useNow(30_000);
  const me = inbox.me?.uid ?? null;
  const ask = useNotificationAsk(inbox.siteId, me);
  const conversations = useMemo(() => visibleConversations(inbox.list, inbox.view, me), [inbox.list, inbox.view, me]);
  const counts = useMemo(() => {
    const all: Partial<Record<InboxView, ViewCount | null>> = {};
    for (const view of COUNTED_VIEWS) all[view] = viewCount(inbox.list, { view, label: inbox.view.label, q: null }, me);
    return all;
  }, [inbox.list, inbox.view.label, me]);
  const unread = unreadTotal(inbox.list);
  const selected = inbox.selectedId ? inbox.list.byId[inbox.selectedId] : undefined;
  // The latest selection, for work that finishes after a render (closing, then moving on).
  const selectedRef = useRef(inbox.selectedId);
  selectedRef.current = inbox.selectedId;

  useEffect(() => {
    document.title = inboxTitle(unread);
  }, [unread]);
  // A teammate who opens the inbox for the first time shows up without a reload.
  useEffect(() => team.refreshAgents(), [inbox.me?.uid]);
  // With the first rows up, the open conversation's chunk loads while the merchant reads them.
  useEffect(() => {
    if (inbox.listLoad.phase === 'ready') preloadConversation();
  }, [inbox.listLoad.phase]);

  // The phone layout shows one pane: the list, or the conversation.
  const [pane, setPane] = useState<'list' | 'conversation'>('list');
  const onConversation = phone && pane === 'conversation' && inbox.thread !== null;
  useEffect(() => {
    onConversationScreen?.(onConversation);
  }, [onConversation]);
  useEffect(() => () => onConversationScreen?.(false), []);
  const headingRef = useRef<HTMLSpanElement>(null);

  const open = useCallback(
    (conversationId: string) => {
      inbox.select(conversationId);
      if (!phone) return;
      if (history.state !== CONVERSATION_STATE) history.pushState(CONVERSATION_STATE, '');
      setPane('conversation');
    },
    [inbox.select, phone],
  );
  openRef.current = open;

  const backToList = useCallback(() => {
    // The system Back and ours do the same: leave the history entry the conversation added.
    if (history.state === CONVERSATION_STATE) history.back();
    else setPane('list');
  }, []);
  useEffect(() => {
    const onPop = () => setPane(history.state === CONVERSATION_STATE ? 'conversation' : 'list');
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  // Focus follows the pane, so keyboards and screen readers land where the eyes do.
  useEffect(() => {
    if (!phone) return;
    if (pane === 'conversation') headingRef.current?.focus();
    else if (inbox.selectedId) document.querySelector<HTMLElement>(`[data-hook="conversation-row"][data-conversation-id="${CSS.escape(inbox.selectedId)}"]`)?.focus();
  }, [pane, phone]);
  // A conversation that went away (its shopper's data erased) leaves nothing to show.
  useEffect(() => {
    if (!inbox.thread && pane === 'conversation') setPane('list');
  }, [inbox.thread, pane]);

  // After closing or snoozing, the agent moves on to the next conversation of the view
  // (worked out before, while the conversation is still in it), with a word about it.
  const [notice, setNotice] = useState<{ text: string; on: string } | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  async function thenNext(kind: 'closed' | 'snoozed', act: () => Promise<unknown>) {
    const from = inbox.selectedId;
    if (!from) return;
    const next = nextConversation(conversations.map((c) => c.id), from);
    const name = selected ? visitorDisplayName(selected) : '';
    if ((await act()) === false) return;
    // Only if the agent is still on it: they may have opened another meanwhile.
    if (!next || selectedRef.current !== from) return;
    inbox.select(next);
    setNotice({ text: t(kind === 'closed' ? 'panel.advancedClosed' : 'panel.advancedSnoozed', { name }), on: next });
  }

  return (
    <main className="kotha-inbox" data-pane={onConversation ? 'conversation' : 'list'}>
      <header className="kotha-header">
        <Heading size="small" as="h1">
          {t('tabs.inbox')}
        </Heading>
        {unread > 0 ? (
          <Text size="small" secondary dataHook="unread-total">
            {t('inbox.unread', { count: unread })}
          </Text>
        ) : null}
        <label className="kotha-header-tools">
          <ToggleSwitch size="small" checked={sound} dataHook="sound-toggle" onChange={() => { setSoundEnabled(!sound); setSound(!sound); }} />
          <Text size="tiny" secondary>
            {t('inbox.sound')}
          </Text>
        </label>
        {inbox.stream ? (
          <span className={`kotha-stream kotha-stream--${inbox.stream}`} data-hook="stream-status" role="status">
            <Text size="tiny" secondary>
              {t(STREAM_LABEL[inbox.stream])}
            </Text>
          </span>
        ) : null}
      </header>
      {/* Desktop notifications are a computer's; a phone's webview has none to offer. */}
      {permission === 'default' && !ask.hidden && !phone ? (
        <Banner
          label={t('inbox.notifications')}
          dataHook="notifications-ask"
          dismissText={t('inbox.notificationsLater')}
          onDismiss={ask.dismiss}
          actions={
            <TextButton size="small" dataHook="notifications-on" onClick={() => void Notification.requestPermission().then(setPermission)}>
              {t('inbox.notificationsOn')}
            </TextButton>
          }
        >
          {t('inbox.notificationsAsk')}
        </Banner>
      ) : null}
      <div className="kotha-columns">
        <ViewNav view={inbox.view} labels={team.labels} counts={counts} onView={inbox.setView} />
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
          onSelect={open}
          onLoadMore={inbox.loadMore}
          onReload={inbox.reload}
          onClearLabel={() => inbox.setView({ ...inbox.view, label: null })}
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
            notice={notice && notice.on === inbox.selectedId ? notice.text : null}
            headingRef={headingRef}
            onBack={backToList}
            onSend={inbox.send}
            onNote={inbox.addNote}
            onRetry={inbox.retry}
            onDiscard={inbox.discard}
            onClose={() => void thenNext('closed', () => inbox.setStatus('closed'))}
            onReopen={() => void inbox.setStatus('open')}
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
            onSnooze={(until) => thenNext('snoozed', () => inbox.snooze(until))}
            onBlock={async (reason, byAddress) => {
              if (!selected) return;
              await api.block({ visitorId: selected.visitorId, reason, byAddress, conversationId: selected.id });
            }}
          />
          </Deferred>
        ) : (
          <NoSelection api={api} inboxEmpty={inbox.listLoad.phase === 'ready' && Object.keys(inbox.list.byId).length === 0} />
        )}
      </div>
    </main>
  );
}
