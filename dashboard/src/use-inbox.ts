/**
 * The inbox's behaviour as one React hook: the paged list, the open conversation, the live
 * stream and the agent's actions. All state changes go through the pure modules
 * (conversation-list.ts, thread.ts); this file only sequences requests and events.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { LIMITS, type Conversation, type ConversationStatus, type InboxEvent } from '../../functions/src/contract/api.ts';
import type { ApiClient } from './api-client.ts';
import {
  applyInboxEvent,
  applyInboxPage,
  emptyConversationList,
  latestActivity,
  markReadLocally,
  removeVisitor,
  upsertConversation,
  type ConversationListState,
} from './conversation-list.ts';
import { openInboxStream, type StreamStatus } from './inbox-stream.ts';
import { newMessageId } from './message-id.ts';
import {
  addMessages,
  addNotes,
  addPendingReply,
  applyThreadEvent,
  discardPendingReply,
  failPendingReply,
  openThread,
  retryPendingReply,
  type ThreadState,
} from './thread.ts';

/** Conversations asked for per page. */
const PAGE_SIZE = 30;

export type LoadState = { phase: 'idle' | 'loading' | 'ready' } | { phase: 'error'; message: string };

export interface Inbox {
  list: ConversationListState;
  filter: ConversationStatus;
  listLoad: LoadState;
  loadingMore: boolean;
  loadMoreError: string | null;
  stream: StreamStatus | null;
  selectedId: string | null;
  thread: ThreadState | null;
  threadLoad: LoadState;
  statusChanging: boolean;
  statusError: string | null;
  setFilter(status: ConversationStatus): void;
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
}

function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Something went wrong. Try again.';
}

/** Drives the inbox against `api`. */
export function useInbox(api: ApiClient): Inbox {
  const [list, setList] = useState<ConversationListState>(emptyConversationList);
  const [filter, setFilterState] = useState<ConversationStatus>('open');
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

  const loadFirstPage = useCallback(
    (status: ConversationStatus) => {
      const seq = ++requestSeq.current;
      setListLoad({ phase: 'loading' });
      setLoadMoreError(null);
      api.inbox({ status, limit: PAGE_SIZE }).then(
        (page) => {
          setList((state) => applyInboxPage(state, status, page));
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
    if (!list.pages[filter].loaded) loadFirstPage(filter);
    // Keyed on the filter alone: list changes (stream events) while a page is loading
    // must not start another load; reload() forces one.
  }, [filter]);

  // The stream starts once the first page is in, so it can resume from the newest activity
  // that page saw (a server time) and nothing between the load and the stream is missed.
  const streamStarted = listLoad.phase === 'ready' || list.pages.open.loaded || list.pages.closed.loaded;
  useEffect(() => {
    if (!streamStarted) return;
    const handle = openInboxStream({
      url: (since) => api.inboxStreamUrl(since),
      since: latestActivity(listRef.current),
      onStatus: setStream,
      onEvent: (event: InboxEvent) => {
        setList((state) => applyInboxEvent(state, event));
        setThread((state) => (state ? applyThreadEvent(state, event) : state));
        const isOpenVisitorMessage =
          event.type === 'message.created' &&
          event.conversationId === selectedRef.current &&
          event.message.author === 'visitor' &&
          document.visibilityState === 'visible';
        if (isOpenVisitorMessage) markRead(event.conversationId);
      },
    });
    return () => handle.close();
  }, [api, markRead, streamStarted]);

  const loadThread = useCallback(
    (conversationId: string) => {
      setThreadLoad({ phase: 'loading' });
      api.conversation(conversationId).then(
        (response) => {
          if (selectedRef.current !== conversationId) return;
          mergeConversation(response.conversation);
          setThread((state) => (state && state.conversationId === conversationId ? addNotes(addMessages(state, response.messages), response.notes ?? []) : state));
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
    const status = filter;
    const before = listRef.current.pages[status].nextBefore;
    if (before === null || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(null);
    api.inbox({ status, before, limit: PAGE_SIZE }).then(
      (page) => {
        setList((state) => applyInboxPage(state, status, page));
        setLoadingMore(false);
      },
      (error: unknown) => {
        setLoadMoreError(errorMessage(error));
        setLoadingMore(false);
      },
    );
  }, [api, filter, loadingMore]);

  return {
    list,
    filter,
    listLoad,
    loadingMore,
    loadMoreError,
    stream,
    selectedId,
    thread,
    threadLoad,
    statusChanging,
    statusError,
    setFilter: setFilterState,
    reload: () => loadFirstPage(filter),
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
    async eraseVisitor(visitorId) {
      await api.eraseVisitor(visitorId);
      setList((state) => removeVisitor(state, visitorId));
      setSelectedId(null);
      setThread(null);
    },
  };
}
