/**
 * The inbox's effects as one React hook: the requests, the live stream, the typing timer
 * and the agent's actions. What they bring is dispatched to `inboxReducer`
 * (inbox-state.ts), which holds every state change; this file only sequences requests
 * and events.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { repliesInFlight } from './replies-in-flight';
import { LIMITS } from '@kotha/common/contract/limits.ts';
import type { ConversationStatus, InboxEvent } from '@kotha/common/contract/api.ts';
import type { Agent } from '@kotha/common/contract/team.ts';
import type { ApiClient } from './api-client.ts';
import { latestActivity, pageOf, viewKey, type ConversationListState, type ListView } from './conversation-list.ts';
import { openInboxStream, type StreamStatus } from './inbox-stream.ts';
import { inboxReducer, initialInboxState, readOnArrival, type InboxState, type LoadState } from './inbox-state.ts';
import { errorMessage } from './error-message.ts';
import { newId as newMessageId } from '@kotha/common/ids.ts';
import { TYPING_SEND_EVERY_MS } from '@kotha/common/typing.ts';
import type { ThreadState } from './thread.ts';
import { nextExpiry, typingNames } from './typing.ts';

/** Conversations asked for per page. */
const PAGE_SIZE = 30;

/** The inbox's state as components read it, and what they can do. */
export interface Inbox
  extends Pick<
    InboxState,
    'list' | 'view' | 'me' | 'siteId' | 'teamName' | 'listLoad' | 'loadingMore' | 'loadMoreError' | 'stream' | 'selectedId' | 'thread' | 'threadLoad' | 'statusChanging' | 'statusError'
  > {
  setView(view: ListView): void;
  reload(): void;
  loadMore(): void;
  select(conversationId: string): void;
  send(text: string): boolean;
  /** A private note for the team; resolves false (with the reason shown) when it was not stored. */
  addNote(text: string): Promise<boolean>;
  retry(messageId: string): void;
  discard(messageId: string): void;
  toggleStatus(): void;
  /** Closes or reopens the open conversation (a snoozed one too); resolves whether it changed (the reason is shown when not). */
  setStatus(status: ConversationStatus): Promise<boolean>;
  reloadThread(): void;
  /** Erases a shopper's data on the server and takes them off the list. */
  eraseVisitor(visitorId: string): Promise<void>;
  /** Sets the open conversation's labels; rejects with the reason when refused. */
  setLabels(labels: string[]): Promise<void>;
  /** Assigns the open conversation (null: unassign), with an optional note for the new assignee. */
  assign(assigneeUid: string | null, note?: string): Promise<void>;
  /** Snoozes the open conversation until `until` (ms). */
  snooze(until: number): Promise<void>;
  /** Loads the open conversation's earlier messages. */
  loadEarlier(): Promise<void>;
  /** Who is typing where right now (the shopper, or a teammate), by conversation. */
  typing: Readonly<Record<string, string>>;
  /** The agent is typing a reply to the open conversation (signalled at most every few seconds). */
  typingReply(): void;
}

export interface InboxOptions {
  /** Every live event, and whether its conversation is on screen (for sounds and notifications). */
  onEvent?(event: InboxEvent, onScreen: boolean): void;
}

/** Drives the inbox against `api`. */
export function useInbox(api: ApiClient, options: InboxOptions = {}): Inbox {
  const [state, dispatch] = useReducer(inboxReducer, undefined, initialInboxState);
  const { list, view, selectedId, thread, loadingMore } = state;
  // The stream handler lives as long as the stream, across renders: it reads the
  // selection and the caller's handler as of the latest render, not the first.
  const latest = useRef({ selectedId, onEvent: options.onEvent });
  latest.current = { selectedId, onEvent: options.onEvent };
  // Numbers first-page requests, so the reducer can tell the newest one's answer.
  const listRequests = useRef(0);
  const replies = useRef(repliesInFlight()).current;
  // When the agent's typing was last signalled: throttling bookkeeping that nothing renders.
  const lastTypingSent = useRef(0);

  /** Tells the server the agent has read a conversation (the reducer already shows it read). */
  const sendRead = useCallback(
    (conversationId: string) => {
      api.markRead(conversationId).then(
        (response) => {
          if (response?.conversation) dispatch({ type: 'conversation', conversation: response.conversation });
        },
        // Read receipts are best effort: the count is right again on the next event or load.
        () => undefined,
      );
    },
    [api],
  );

  // Opening the inbox makes this Wix user a member of the team; "Mine" needs their uid.
  useEffect(() => {
    api.me().then(
      (response) => dispatch({ type: 'me', agent: response.agent, teamName: response.teamName || null, siteId: response.siteId }),
      () => undefined,
    );
  }, [api]);

  const loadFirstPage = useCallback(
    (target: ListView) => {
      const request = ++listRequests.current;
      dispatch({ type: 'listLoading', request });
      api.inbox({ view: target.view, label: target.label ?? undefined, q: target.q ?? undefined, limit: PAGE_SIZE }).then(
        (page) => dispatch({ type: 'firstPage', request, view: target, page }),
        (error: unknown) => dispatch({ type: 'listFailed', request, message: errorMessage(error) }),
      );
    },
    [api],
  );

  useEffect(() => {
    // A search always asks again (new words may match); a view loads once, then lives.
    if (view.q || !pageOf(list, view).loaded) loadFirstPage(view);
    // Keyed on the view alone: list changes (stream events) while a page is loading
    // must not start another load; reload() forces one.
  }, [viewKey(view)]);

  // The stream starts once the first page is in, so it can resume from the newest activity
  // that page saw (a server time) and nothing between the load and the stream is missed.
  const streamStarted = state.listLoad.phase === 'ready' || Object.keys(list.pages).length > 0;
  useEffect(() => {
    if (!streamStarted) return;
    const handle = openInboxStream({
      url: (since) => api.inboxStreamUrl(since),
      since: latestActivity(list),
      onStatus: (status) => dispatch({ type: 'stream', status }),
      onEvent: (event: InboxEvent) => {
        const onScreen = event.conversationId === latest.current.selectedId && document.visibilityState === 'visible';
        dispatch({ type: 'event', event, onScreen, now: Date.now() });
        if (readOnArrival(event, onScreen)) sendRead(event.conversationId);
        // Typing is a passing signal: nothing to sound or notify.
        if (event.type !== 'typing') latest.current.onEvent?.(event, onScreen);
      },
    });
    return () => handle.close();
  }, [api, sendRead, streamStarted]);

  // One timer, for the typing signal that fades first; any change to who types resets it.
  useEffect(() => {
    const next = nextExpiry(state.typing);
    if (!next) return;
    const timer = setTimeout(() => dispatch({ type: 'typingExpired', ...next }), next.until - Date.now());
    return () => clearTimeout(timer);
  }, [state.typing]);
  const typing = useMemo(() => typingNames(state.typing), [state.typing]);

  const loadThread = useCallback(
    (conversationId: string) => {
      api.conversation(conversationId).then(
        (response) =>
          dispatch({
            type: 'threadLoaded',
            conversationId,
            conversation: response.conversation,
            page: { messages: response.messages, notes: response.notes ?? [], hasEarlier: response.hasEarlier ?? false },
          }),
        (error: unknown) => dispatch({ type: 'threadFailed', conversationId, message: errorMessage(error) }),
      );
    },
    [api],
  );

  const select = useCallback(
    (conversationId: string) => {
      if (conversationId === selectedId) return;
      dispatch({ type: 'select', conversationId });
      loadThread(conversationId);
      sendRead(conversationId);
    },
    [selectedId, loadThread, sendRead],
  );

  const deliver = useCallback(
    (conversationId: string, id: string, text: string) => {
      replies.track(conversationId, api.reply(conversationId, { id, text })).then(
        (response) => dispatch({ type: 'replied', conversationId, message: response.message }),
        (error: unknown) => dispatch({ type: 'replyFailed', conversationId, id, error: errorMessage(error) }),
      );
    },
    [api],
  );

  const send = useCallback(
    (raw: string): boolean => {
      const text = raw.trim();
      if (!selectedId || !text || text.length > LIMITS.messageText) return false;
      const id = newMessageId();
      dispatch({ type: 'replying', conversationId: selectedId, reply: { id, text, createdAt: Date.now() } });
      deliver(selectedId, id, text);
      return true;
    },
    [selectedId, deliver],
  );

  const addNote = useCallback(
    async (raw: string): Promise<boolean> => {
      const conversationId = selectedId;
      const text = raw.trim();
      if (!conversationId || !text || text.length > LIMITS.messageText) return false;
      try {
        const { note } = await api.addNote(conversationId, { id: newMessageId(), text });
        dispatch({ type: 'noted', conversationId, note });
        return true;
      } catch (error) {
        dispatch({ type: 'noteFailed', message: errorMessage(error) });
        return false;
      }
    },
    [api, selectedId],
  );

  const retry = useCallback(
    (messageId: string) => {
      const reply = thread?.pending.find((p) => p.id === messageId);
      if (!thread || !reply) return;
      dispatch({ type: 'retry', id: messageId });
      deliver(thread.conversationId, reply.id, reply.text);
    },
    [thread, deliver],
  );

  const discard = useCallback((messageId: string) => dispatch({ type: 'discard', id: messageId }), []);

  const toggleStatus = useCallback(() => {
    const conversation = selectedId ? list.byId[selectedId] : undefined;
    if (!selectedId || !conversation) return;
    const next: ConversationStatus = conversation.status === 'open' ? 'closed' : 'open';
    dispatch({ type: 'statusChanging' });
    replies.settled(selectedId).then(() => api.setStatus(selectedId, next)).then(
      (response) => dispatch({ type: 'statusChanged', conversation: response.conversation }),
      (error: unknown) => dispatch({ type: 'statusFailed', message: errorMessage(error) }),
    );
  }, [api, selectedId, list]);

  const setStatus = useCallback(
    async (next: ConversationStatus): Promise<boolean> => {
      if (!selectedId) return false;
      dispatch({ type: 'statusChanging' });
      try {
        await replies.settled(selectedId);
        dispatch({ type: 'statusChanged', conversation: (await api.setStatus(selectedId, next)).conversation });
        return true;
      } catch (error) {
        dispatch({ type: 'statusFailed', message: errorMessage(error) });
        return false;
      }
    },
    [api, selectedId],
  );

  const loadMore = useCallback(() => {
    const target = view;
    const cursor = pageOf(list, target).nextCursor;
    if (cursor === null || loadingMore) return;
    dispatch({ type: 'moreLoading' });
    api.inbox({ view: target.view, label: target.label ?? undefined, q: target.q ?? undefined, cursor, limit: PAGE_SIZE }).then(
      (page) => dispatch({ type: 'morePage', view: target, page }),
      (error: unknown) => dispatch({ type: 'moreFailed', message: errorMessage(error) }),
    );
  }, [api, view, list, loadingMore]);

  const setLabels = useCallback(
    async (labels: string[]) => {
      if (!selectedId) return;
      dispatch({ type: 'conversation', conversation: (await api.setLabels(selectedId, labels)).conversation });
    },
    [api, selectedId],
  );

  const assign = useCallback(
    async (assigneeUid: string | null, note?: string) => {
      const conversationId = selectedId;
      if (!conversationId) return;
      const text = note?.trim();
      const response = await api.assign(conversationId, { assigneeUid, ...(text ? { note: text, noteId: newMessageId() } : {}) });
      dispatch({ type: 'conversation', conversation: response.conversation });
      if (response.note) dispatch({ type: 'noted', conversationId, note: response.note });
    },
    [api, selectedId],
  );

  const snooze = useCallback(
    async (until: number) => {
      if (!selectedId) return;
      await replies.settled(selectedId);
      dispatch({ type: 'conversation', conversation: (await api.snooze(selectedId, until)).conversation });
    },
    [api, selectedId],
  );

  const loadEarlier = useCallback(async () => {
    const first = thread?.messages[0];
    if (!thread || !first || !thread.hasEarlier) return;
    const { conversationId } = thread;
    const page = await api.earlierMessages(conversationId, first.createdAt);
    dispatch({ type: 'earlier', conversationId, messages: page.messages, hasEarlier: page.hasEarlier });
  }, [api, thread]);

  const typingReply = useCallback(() => {
    if (!selectedId || Date.now() - lastTypingSent.current < TYPING_SEND_EVERY_MS) return;
    lastTypingSent.current = Date.now();
    api.typing(selectedId).catch(() => undefined);
  }, [api, selectedId]);

  const setView = useCallback((next: ListView) => dispatch({ type: 'view', view: next }), []);

  return {
    snooze,
    loadEarlier,
    typing,
    typingReply,
    list,
    view,
    me: state.me,
    siteId: state.siteId,
    teamName: state.teamName,
    listLoad: state.listLoad,
    loadingMore,
    loadMoreError: state.loadMoreError,
    stream: state.stream,
    selectedId,
    thread,
    threadLoad: state.threadLoad,
    statusChanging: state.statusChanging,
    statusError: state.statusError,
    setView,
    reload: () => loadFirstPage(view),
    loadMore,
    select,
    send,
    addNote,
    retry,
    discard,
    toggleStatus,
    setStatus,
    reloadThread: () => {
      if (!selectedId) return;
      dispatch({ type: 'threadLoading' });
      loadThread(selectedId);
    },
    setLabels,
    assign,
    async eraseVisitor(visitorId) {
      await api.eraseVisitor(visitorId);
      dispatch({ type: 'visitorErased', visitorId });
    },
  };
}
