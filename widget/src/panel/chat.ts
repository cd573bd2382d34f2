import { BLOCKED_CODE, LIMITS } from '@kotha/common/contract/limits';
import type { Message, Rating, VisitorEvent } from '@kotha/common/contract/api';
import { cleanText, hasText } from '@kotha/common/contract/text';
import type { PanelHost, ShopperIdentity, WidgetConfig } from '../protocol';
import type { ApiClient } from './api-client';
import { ApiError } from '@kotha/common/api-error';
import { streamUrl } from './api-client';
import type { ChatMessage } from './messages';
import type { HelpTrailInput } from '@kotha/common/contract/help-schemas';
import type { Store } from './store';
import type { LiveStream, StreamOptions } from './stream';
import type { VisitorStorage } from './storage';
import { unsent, type OutboxStorage } from './outbox';
import { backoffDelay } from '@kotha/common/backoff';
import { chime } from '@kotha/common/chime';
import { TYPING_SEND_EVERY_MS, TYPING_SHOWN_MS } from '@kotha/common/typing';

export interface ChatDeps {
  config: WidgetConfig;
  store: Store;
  api: ApiClient;
  storage: VisitorStorage;
  openStream: (options: Pick<StreamOptions, 'url' | 'onEvent'>) => LiveStream;
  newId: () => string;
  emit: PanelHost['emit'];
  now?: () => number;
  /** The page the shopper is on: a reply by email links back to it. */
  page?: () => string;
  /** Tells the team the page a first-time chatter is on (the loader does it for returning ones). */
  reportPageView?: (token: string) => void;
  /** Plays the reply sound (chime.ts). */
  chime?: () => void;
  /** Where unsent messages wait across page loads (outbox.ts). */
  outbox?: OutboxStorage;
  /**
   * Resolves when it is worth trying again after a dropped link: when the browser says it
   * is back online, or after the backoff delay, whichever comes first.
   */
  linkBack?: (attempt: number) => Promise<void>;
}

/** The shopper's side of a conversation: the session, sending with retries, and the live stream. */
export interface Chat {
  /**
   * Starts (or resumes) the session; safe to call again, e.g. from a "try again" button.
   * The first start also sends what an earlier page left unsent.
   */
  start(): Promise<void>;
  /**
   * Shows `text` at once and sends it; returns false when there was nothing to send. With
   * `email` (outside hours) it starts a conversation the team may answer by email.
   */
  send(text: string, email?: string): boolean;
  /** After self-service ("No", "Talk to a person"): the next message carries this trail to the team. */
  handOff(trail: HelpTrailInput): void;
  /** The visitor token of the session, starting it if needed (the Help chunk's requests). */
  token(): Promise<string>;
  /** The shopper is looking at the conversation: replies need no email. */
  seen(): void;
  /** Tells the team who the shopper is (Kotha.identify); starts the session if needed. */
  identify(identity: ShopperIdentity): Promise<void>;
  /**
   * The same without starting a session: with one on its way or ready, at once; else held,
   * and sent first when one starts (the chat opened, or a message sent), before any message.
   * A panel mounted ahead of a click starts no session for it.
   */
  identifyWhenConnected(identity: ShopperIdentity): void;
  /** Asks where the shopper stands in line for `conversationId` and puts it in the store. */
  checkQueue(conversationId: string): Promise<void>;
  /** Sends a failed message again under the same id, so the server stores it once. */
  retry(id: string): void;
  /** The shopper is typing: the team hears it, at most once every few seconds. */
  typing(): void;
  /** An earlier conversation's messages, to look back at. */
  loadConversation(conversationId: string): Promise<Message[]>;
  /** Rates the current (ended) conversation. */
  rate(rating: Rating, comment?: string): Promise<void>;
  /** Asks for the current conversation's transcript by email. */
  emailTranscript(email: string): Promise<void>;
  stop(): void;
}

const isStatus = (error: unknown, status: number) => error instanceof ApiError && error.status === status;
/** No answer, or a server that cannot answer now: the message waits and goes when the link is back. */
const isLinkDown = (error: unknown) => error instanceof ApiError && (error.status === 0 || error.status === 429 || error.status >= 500);
const isBlocked = (error: unknown) => error instanceof ApiError && error.code === BLOCKED_CODE;

/** Creates the chat controller; all I/O comes in through `deps`, so it runs under test with fakes. */
export function createChat(deps: ChatDeps): Chat {
  const { config, store, api, storage, newId, emit } = deps;
  const now = deps.now ?? Date.now;
  const page = deps.page ?? (() => location.href);
  let session: Promise<string> | null = null;
  let stream: LiveStream | null = null;
  // Sends run one at a time, so messages are stored in the order the shopper wrote them.
  let outbox: Promise<void> = Promise.resolve();
  let lastTypingSent = -Infinity;
  let stopped = false;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let handedOff: HelpTrailInput | undefined;
  // The last Kotha.identify on its way: a message is sent after it (identify, below).
  let identifying: Promise<void> = Promise.resolve();
  // One given before any session: sent as soon as one starts.
  let heldIdentity: ShopperIdentity | null = null;

  function sendIdentity(token: string, identity: ShopperIdentity): Promise<void> {
    // Messages wait for it (deliver): a first message racing it would start its conversation
    // before the server knew the name, and the team would see an anonymous shopper.
    return (identifying = (async () => {
      try {
        const known = await api.identify(token, identity);
        store.dispatch({ type: 'visitor', name: known.name, hasEmail: known.email !== null, email: known.email });
      } catch {
        // Best effort: the shopper stays anonymous and the chat works on.
      }
    })());
  }

  /** The visitor token of a ready session, starting one if needed (shared by concurrent callers). */
  function ensureSession(): Promise<string> {
    session ??= beginSession().catch((error: unknown) => {
      session = null;
      store.dispatch({ type: isBlocked(error) ? 'blocked' : 'offline' });
      throw error;
    });
    return session;
  }

  async function beginSession(): Promise<string> {
    store.dispatch({ type: 'connecting' });
    const stored = storage.read();
    let answer;
    try {
      answer = await api.startSession({ siteId: config.siteId, visitorToken: stored?.visitorToken });
    } catch (error) {
      // A stored token the server no longer accepts: start over as a new visitor.
      if (!stored || !isStatus(error, 401)) throw error;
      storage.clear();
      answer = await api.startSession({ siteId: config.siteId });
    }
    const token = answer.visitorToken;
    storage.write({ visitorToken: token, visitorId: answer.visitorId });
    if (heldIdentity) {
      // Set before the token is handed to any waiting message, which then waits for it.
      void sendIdentity(token, heldIdentity);
      heldIdentity = null;
    }
    if (!stored) deps.reportPageView?.(token);
    store.dispatch({ type: 'session', settings: answer.settings, theme: answer.theme, conversations: answer.conversations, branding: answer.branding, visitor: answer.visitor });

    const active = store.get().conversation;
    if (active && answer.conversations.some((conversation) => conversation.id === active.id)) {
      const { messages } = await api.history(token, active.id);
      store.dispatch({ type: 'history', messages });
    }
    // Opened after the history so the cursor already covers it: nothing in between is lost.
    stream?.close();
    stream = deps.openStream({ url: () => streamUrl(config.api, token, store.get().cursor), onEvent });
    return token;
  }

  /** Tells the server the shopper has seen the conversation (best effort: it only saves an email). */
  function markRead(conversationId: string): void {
    session?.then((token) => api.markRead(token, conversationId)).catch(() => undefined);
  }

  function onEvent(event: VisitorEvent): void {
    if (event.type === 'typing') {
      store.dispatch({ type: 'typing', conversationId: event.conversationId, name: event.name });
      // The signal repeats while they type; silence for a while means they stopped.
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => store.dispatch({ type: 'typingStopped' }), TYPING_SHOWN_MS);
      return;
    }
    const seen = (id: string) => store.get().messages.some((message) => message.id === id);
    const reply = event.type === 'message.created' && event.message.author !== 'visitor' ? event.message : null;
    const wasNew = reply !== null && !seen(reply.id);
    store.dispatch({ type: 'event', event });
    if (reply && wasNew && seen(reply.id)) {
      emit('message', { conversationId: reply.conversationId, text: reply.text, authorName: reply.authorName });
      // The merchant's optional sound, only when the shopper is not looking at the chat.
      if (store.get().settings?.sound && (!store.get().open || (typeof document !== 'undefined' && document.hidden))) (deps.chime ?? chime)();
      if (store.get().open) markRead(reply.conversationId);
    }
  }

  const find = (id: string) => store.get().messages.find((message) => message.id === id);

  const linkBack = deps.linkBack ?? ((attempt: number) => waitForLink(attempt));

  async function deliver(id: string, retriesLeft = { closed: 1, auth: 1, link: 0 }): Promise<void> {
    const message = find(id);
    if (!message || message.status === 'sent') return;
    try {
      const token = await ensureSession();
      await identifying;
      const { conversationId, text, email, trail } = find(id) ?? message;
      const help = trail ? { help: trail } : {};
      const answer = email
        ? await api.sendOffline(token, { conversationId, id, text, email, locale: config.locale, pageUrl: page(), ...help })
        : await api.send(token, { conversationId, id, text, locale: config.locale, ...help });
      store.dispatch({ type: 'delivered', message: answer.message });
    } catch (error) {
      if (isStatus(error, 409) && retriesLeft.closed > 0) {
        // The conversation was closed: continue in the one already replacing it, or a new one.
        const current = store.get().conversation;
        const target = current?.status === 'open' && current.id !== message.conversationId ? current.id : newId();
        store.dispatch({ type: 'rehome', id, conversationId: target });
        return deliver(id, { ...retriesLeft, closed: 0 });
      }
      if (isStatus(error, 401) && retriesLeft.auth > 0) {
        // The token expired: a fresh session (with the stored token first) and one more try.
        session = null;
        return deliver(id, { ...retriesLeft, auth: 0 });
      }
      if (isLinkDown(error) && !stopped) {
        // Still "sending": the queue waits here, so later messages keep their order.
        await linkBack(retriesLeft.link);
        return deliver(id, { ...retriesLeft, link: retriesLeft.link + 1 });
      }
      store.dispatch({ type: 'failed', id });
      if (isBlocked(error)) store.dispatch({ type: 'blocked' });
    }
  }

  function enqueue(id: string): void {
    outbox = outbox.then(() => deliver(id));
  }

  // Unsent messages survive a reload: the queue is saved whenever it changes.
  let saved = '';
  store.subscribe((state) => {
    const queue = unsent(state.messages);
    const key = queue.map((m) => m.id).join();
    if (key === saved) return;
    saved = key;
    deps.outbox?.write(queue);
  });
  let restored = false;
  function restoreQueue(): void {
    if (restored) return;
    restored = true;
    for (const queued of deps.outbox?.read() ?? []) {
      if (find(queued.id)) continue;
      store.dispatch({ type: 'compose', message: { ...queued, author: 'visitor', authorName: null, status: 'sending' } });
      enqueue(queued.id);
    }
  }

  return {
    start: () => {
      restoreQueue();
      return ensureSession().then(
        () => undefined,
        () => undefined, // The store is now 'offline' and the panel offers a retry.
      );
    },
    token: ensureSession,
    handOff: (trail) => void (handedOff = trail),
    send(text, email) {
      // As the API will store it (common/contract/text.ts); cleaned after the cut, which may split an emoji.
      const body = cleanText(text.trim().slice(0, LIMITS.messageText)).trim();
      if (!hasText(body)) return false;
      const current = store.get().conversation;
      const message: ChatMessage = {
        id: newId(),
        conversationId: current?.status === 'open' ? current.id : newId(),
        author: 'visitor',
        authorName: null,
        text: body,
        createdAt: now(),
        status: 'sending',
        ...(email ? { email } : {}),
        ...(handedOff ? { trail: handedOff } : {}),
      };
      handedOff = undefined;
      store.dispatch({ type: 'compose', message });
      // The address given with a message outside hours: the team may now reply by email.
      if (email) store.dispatch({ type: 'visitor', name: store.get().visitor?.name ?? null, hasEmail: true, email });
      enqueue(message.id);
      return true;
    },
    seen() {
      const conversation = store.get().conversation;
      if (conversation && store.get().messages.some((m) => m.author !== 'visitor' && m.conversationId === conversation.id)) markRead(conversation.id);
    },
    identify(identity) {
      if (!identity.name && !identity.email && !identity.wixMemberToken) return Promise.resolve();
      return ensureSession().then((token) => sendIdentity(token, identity), () => undefined);
    },
    identifyWhenConnected(identity) {
      if (session) void session.then((token) => sendIdentity(token, identity), () => undefined);
      else heldIdentity = identity;
    },
    async checkQueue(conversationId) {
      if (!session) return;
      try {
        const queue = await api.queue(await session, conversationId);
        store.dispatch({ type: 'queue', queue });
      } catch {
        // Only a hint: keep what was shown.
      }
    },
    async loadConversation(conversationId) {
      return (await api.history(await ensureSession(), conversationId)).messages;
    },
    async rate(rating, comment) {
      const conversation = store.get().conversation;
      if (!conversation) return;
      await api.rate(await ensureSession(), conversation.id, { rating, ...(comment ? { comment } : {}) });
    },
    async emailTranscript(email) {
      const conversation = store.get().conversation;
      if (!conversation) return;
      await api.transcript(await ensureSession(), conversation.id, { email, locale: config.locale });
    },
    typing() {
      const conversation = store.get().conversation;
      if (!session || conversation?.status !== 'open' || now() - lastTypingSent < TYPING_SEND_EVERY_MS) return;
      // Only a conversation the server has: a first message still on its way has none yet.
      if (!store.get().messages.some((m) => m.conversationId === conversation.id && m.status === 'sent')) return;
      lastTypingSent = now();
      session.then((token) => api.typing(token, conversation.id)).catch(() => undefined);
    },
    retry(id) {
      if (find(id)?.status !== 'failed') return;
      store.dispatch({ type: 'retry', id });
      enqueue(id);
    },
    stop() {
      stopped = true;
      clearTimeout(typingTimer);
      stream?.close();
      stream = null;
    },
  };
}

/** The browser's word that it is back online, or the backoff delay, whichever is first. */
function waitForLink(attempt: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      resolve();
    };
    const timer = setTimeout(done, backoffDelay(attempt));
    window.addEventListener('online', done);
  });
}
