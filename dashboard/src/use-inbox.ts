/**
 * The inbox's behaviour as one React hook: the paged list, the open conversation, the live
 * stream and the agent's actions. All state changes go through the pure modules
 * (conversation-list.ts, thread.ts); this file only sequences requests and events.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LIMITS, type Conversation, type ConversationStatus, type InboxEvent } from '@kotha/common/contract/api.ts';
import type { Agent } from '@kotha/common/contract/team.ts';
import type { ApiClient } from './api-client.ts';
import {
  applyInboxEvent,
  applyInboxPage,
  emptyConversationList,
  DEFAULT_VIEW,
  latestActivity,
  markReadLocally,
  pageOf,
  removeVisitor,
  upsertConversation,
  viewKey,
  type ConversationListState,
  type ListView,
} from './conversation-list.ts';
import { openInboxStream, type StreamStatus } from './inbox-stream.ts';
import { errorMessage } from './error-message.ts';
import { newId as newMessageId } from '@kotha/common/ids.ts';
import {
  addMessages,
  addNotes,
  addPendingReply,
  setHasEarlier,
  applyFirstPage,
  applyThreadEvent,
  discardPendingReply,
  failPendingReply,
  openThread,
  retryPendingReply,
  type ThreadState,
} from './thread.ts';
import { t } from './i18n/i18n.ts';

/** Conversations asked for per page. */
const PAGE_SIZE = 30;
/** How often the agent's typing is signalled, and how long someone's is shown without a new signal. */
const TYPING_EVERY_MS = 3_000;
const TYPING_SHOWN_MS = 6_000;

/**
 * Who a typing event is about, for showing: the shopper's name (or "The shopper"), a
 * teammate's name; null for the agent's own echo; undefined when it is no typing event.
 */
export function typingName(event: InboxEvent, me: string | null): string | null | undefined {
  if (event.type !== 'typing') return undefined;
  if (event.author === 'agent') return event.agentUid === me ? null : (event.name ?? t('typing.teammate'));
  return event.name ?? t('typing.shopper');
}

export type LoadState = { phase: 'idle' | 'loading' | 'ready' } | { phase: 'error'; message: string };

export interface Inbox {
  list: ConversationListState;
  view: ListView;
  /** The agent using the inbox (their profile), once known. */
  me: Agent | null;
  teamName: string | null;
  listLoad: LoadState;
  loadingMore: boolean;
  loadMoreError: string | null;
  stream: StreamStatus | null;
  selectedId: string | null;
  thread: ThreadState | null;
  threadLoad: LoadState;
  statusChanging: boolean;
  statusError: string | null;
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
  const [list, setList] = useState<ConversationListState>(emptyConversationList);
  const [view, setViewState] = useState<ListView>(DEFAULT_VIEW);
  const [me, setMe] = useState<Agent | null>(null);
  const [teamName, setTeamName] = useState<string | null>(null);
  const [typing, setTyping] = useState<Record<string, string>>({});
  const typingTimers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  const lastTypingSent = useRef(0);
  const meRef = useRef<Agent | null>(null);
  meRef.current = me;
  const onEventRef = useRef(options.onEvent);
  onEventRef.current = options.onEvent;
  const [listLoad, setListLoad] = useState<LoadState>({ phase: 'idle' });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<string | null>(null);
  const [stream, setStream] = useState<StreamStatus | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [thread, setThread] = useState<ThreadState | null>(null);
  const [threadLoad, setThreadLoad] = useState<LoadState>({ phase: 'idle' });
  const [statusChanging, setStatusChanging] = useState(false);
  const [statusError, setStatusError] = useState<string | null>(null);

  // Latest values for callbacks that outlive a render (stream handlers, responses).
  const listRef = useRef(list);
  listRef.current = list;
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;
  const threadRef = useRef(thread);
  threadRef.current = thread;
  const requestSeq = useRef(0);

  const mergeConversation = useCallback((conversation: Conversation) => {
    setList((state) => upsertConversation(state, conversation));
  }, []);

  const markRead = useCallback(
    (conversationId: string) => {
      setList((state) => markReadLocally(state, conversationId));
      api.markRead(conversationId).then(
        (response) => {
          if (response?.conversation) mergeConversation(response.conversation);
        },
        // Read receipts are best effort: the count is right again on the next event or load.
        () => undefined,
      );
    },
    [api, mergeConversation],
  );

  // Opening the inbox makes this Wix user a member of the team; "Mine" needs their uid.
  useEffect(() => {
    api.me().then(
      (response) => {
        setMe(response.agent);
        setTeamName(response.teamName || null);
      },
      () => undefined,
    );
  }, [api]);

  const loadFirstPage = useCallback(
    (target: ListView) => {
      const seq = ++requestSeq.current;
      setListLoad({ phase: 'loading' });
      setLoadMoreError(null);
      api.inbox({ view: target.view, label: target.label ?? undefined, q: target.q ?? undefined, limit: PAGE_SIZE }).then(
        (page) => {
          setList((state) => applyInboxPage(state, target, page));
          if (seq === requestSeq.current) setListLoad({ phase: 'ready' });
        },
        (error: unknown) => {
          if (seq === requestSeq.current) setListLoad({ phase: 'error', message: errorMessage(error) });
        },
      );
    },
    [api],
  );

  useEffect(() => {
    // A search always asks again (new words may match); a view loads once, then lives.
    if (view.q || !pageOf(listRef.current, view).loaded) loadFirstPage(view);
    // Keyed on the view alone: list changes (stream events) while a page is loading
    // must not start another load; reload() forces one.
  }, [viewKey(view)]);

  // The stream starts once the first page is in, so it can resume from the newest activity
  // that page saw (a server time) and nothing between the load and the stream is missed.
  const streamStarted = listLoad.phase === 'ready' || Object.keys(list.pages).length > 0;
  useEffect(() => {
    if (!streamStarted) return;
    const handle = openInboxStream({
      url: (since) => api.inboxStreamUrl(since),
      since: latestActivity(listRef.current),
      onStatus: setStream,
      onEvent: (event: InboxEvent) => {
        const typist = typingName(event, meRef.current?.uid ?? null);
        if (typist !== undefined) {
          if (typist !== null) showTyping(event.conversationId, typist);
          return;
        }
        // A message ends that person's typing.
        if (event.type === 'message.created') showTyping(event.conversationId, null);
        setList((state) => applyInboxEvent(state, event));
        setThread((state) => (state ? applyThreadEvent(state, event) : state));
        const isOpenVisitorMessage =
          event.type === 'message.created' &&
          event.conversationId === selectedRef.current &&
          event.message.author === 'visitor' &&
          document.visibilityState === 'visible';
        if (isOpenVisitorMessage) markRead(event.conversationId);
        onEventRef.current?.(event, event.conversationId === selectedRef.current && document.visibilityState === 'visible');
      },
    });
    return () => handle.close();
  }, [api, markRead, streamStarted]);

  /** Shows (or, with null, clears) who types in a conversation; it fades after a few quiet seconds. */
  function showTyping(conversationId: string, name: string | null) {
    clearTimeout(typingTimers.current.get(conversationId));
    setTyping((all) => {
      const { [conversationId]: _gone, ...rest } = all;
      return name === null ? rest : { ...rest, [conversationId]: name };
    });
    if (name !== null) typingTimers.current.set(conversationId, setTimeout(() => showTyping(conversationId, null), TYPING_SHOWN_MS));
  }

  const loadThread = useCallback(
    (conversationId: string) => {
      setThreadLoad({ phase: 'loading' });
      api.conversation(conversationId).then(
        (response) => {
          if (selectedRef.current !== conversationId) return;
          mergeConversation(response.conversation);
          setThread((state) =>
            state && state.conversationId === conversationId
              ? applyFirstPage(state, { messages: response.messages, notes: response.notes ?? [], hasEarlier: response.hasEarlier ?? false })
              : state,
          );
          setThreadLoad({ phase: 'ready' });
        },
        (error: unknown) => {
          if (selectedRef.current === conversationId) setThreadLoad({ phase: 'error', message: errorMessage(error) });
        },
      );
    },
    [api, mergeConversation],
  );

  const select = useCallback(
    (conversationId: string) => {
      if (conversationId === selectedRef.current) return;
      selectedRef.current = conversationId;
      setSelectedId(conversationId);
      setThread(openThread(conversationId));
      setStatusError(null);
      loadThread(conversationId);
      markRead(conversationId);
    },
    [loadThread, markRead],
  );

  const deliver = useCallback(
    (conversationId: string, id: string, text: string) => {
      api.reply(conversationId, { id, text }).then(
        (response) => setThread((state) => (state && state.conversationId === conversationId ? addMessages(state, [response.message]) : state)),
        (error: unknown) =>
          setThread((state) => (state && state.conversationId === conversationId ? failPendingReply(state, id, errorMessage(error)) : state)),
      );
    },
    [api],
  );

  const send = useCallback(
    (raw: string): boolean => {
      const conversationId = selectedRef.current;
      const text = raw.trim();
      if (!conversationId || !text || text.length > LIMITS.messageText) return false;
      const id = newMessageId();
      setThread((state) => (state ? addPendingReply(state, { id, text, createdAt: Date.now() }) : state));
      deliver(conversationId, id, text);
      return true;
    },
    [deliver],
  );

  const addNote = useCallback(
    async (raw: string): Promise<boolean> => {
      const conversationId = selectedRef.current;
      const text = raw.trim();
      if (!conversationId || !text || text.length > LIMITS.messageText) return false;
      try {
        const { note } = await api.addNote(conversationId, { id: newMessageId(), text });
        setThread((state) => (state && state.conversationId === conversationId ? addNotes(state, [note]) : state));
        return true;
      } catch (error) {
        setStatusError(errorMessage(error));
        return false;
      }
    },
    [api],
  );

  const retry = useCallback(
    (messageId: string) => {
      const current = threadRef.current;
      const reply = current?.pending.find((p) => p.id === messageId);
      if (!current || !reply) return;
      setThread((state) => (state ? retryPendingReply(state, messageId) : state));
      deliver(current.conversationId, reply.id, reply.text);
    },
    [deliver],
  );

  const discard = useCallback((messageId: string) => {
    setThread((state) => (state ? discardPendingReply(state, messageId) : state));
  }, []);

  const toggleStatus = useCallback(() => {
    const conversationId = selectedRef.current;
    const conversation = conversationId ? listRef.current.byId[conversationId] : undefined;
    if (!conversationId || !conversation) return;
    const next: ConversationStatus = conversation.status === 'open' ? 'closed' : 'open';
    setStatusChanging(true);
    setStatusError(null);
    api.setStatus(conversationId, next).then(
      (response) => {
        mergeConversation(response.conversation);
        setStatusChanging(false);
      },
      (error: unknown) => {
        setStatusError(errorMessage(error));
        setStatusChanging(false);
      },
    );
  }, [api, mergeConversation]);

  const loadMore = useCallback(() => {
    const target = view;
    const cursor = pageOf(listRef.current, target).nextCursor;
    if (cursor === null || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    api.inbox({ view: target.view, label: target.label ?? undefined, q: target.q ?? undefined, cursor, limit: PAGE_SIZE }).then(
      (page) => {
        setList((state) => applyInboxPage(state, target, page, false));
        setLoadingMore(false);
      },
      (error: unknown) => {
        setLoadMoreError(errorMessage(error));
        setLoadingMore(false);
      },
    );
  }, [api, view, loadingMore]);

  const setLabels = useCallback(
    async (labels: string[]) => {
      const conversationId = selectedRef.current;
      if (!conversationId) return;
      mergeConversation((await api.setLabels(conversationId, labels)).conversation);
    },
    [api, mergeConversation],
  );

  const assign = useCallback(
    async (assigneeUid: string | null, note?: string) => {
      const conversationId = selectedRef.current;
      if (!conversationId) return;
      const text = note?.trim();
      const response = await api.assign(conversationId, { assigneeUid, ...(text ? { note: text, noteId: newMessageId() } : {}) });
      mergeConversation(response.conversation);
      const { note: stored } = response;
      if (stored) setThread((state) => (state && state.conversationId === conversationId ? addNotes(state, [stored]) : state));
    },
    [api, mergeConversation],
  );

  const snooze = useCallback(
    async (until: number) => {
      const conversationId = selectedRef.current;
      if (conversationId) mergeConversation((await api.snooze(conversationId, until)).conversation);
    },
    [api, mergeConversation],
  );

  const loadEarlier = useCallback(async () => {
    const current = threadRef.current;
    const first = current?.messages[0];
    if (!current || !first || !current.hasEarlier) return;
    const page = await api.earlierMessages(current.conversationId, first.createdAt);
    setThread((state) => (state && state.conversationId === current.conversationId ? setHasEarlier(addMessages(state, page.messages), page.hasEarlier) : state));
  }, [api]);

  const typingReply = useCallback(() => {
    const conversationId = selectedRef.current;
    if (!conversationId || Date.now() - lastTypingSent.current < TYPING_EVERY_MS) return;
    lastTypingSent.current = Date.now();
    api.typing(conversationId).catch(() => undefined);
  }, [api]);

  return {
    snooze,
    loadEarlier,
    typing,
    typingReply,
    list,
    view,
    me,
    teamName,
    listLoad,
    loadingMore,
    loadMoreError,
    stream,
    selectedId,
    thread,
    threadLoad,
    statusChanging,
    statusError,
    setView: setViewState,
    reload: () => loadFirstPage(view),
    loadMore,
    select,
    send,
    addNote,
    retry,
    discard,
    toggleStatus,
    reloadThread: () => {
      if (selectedRef.current) loadThread(selectedRef.current);
    },
    setLabels,
    assign,
    async eraseVisitor(visitorId) {
      await api.eraseVisitor(visitorId);
      setList((state) => removeVisitor(state, visitorId));
      setSelectedId(null);
      setThread(null);
    },
  };
}
