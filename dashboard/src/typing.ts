/**
 * Who is typing where, as pure state: one name per conversation, shown until a message
 * arrives there or until a few quiet seconds pass without a new signal. Times are the
 * agent's own clock, so a fade never depends on how the server's clock differs.
 */
import type { InboxEvent } from '@kotha/common/contract/api.ts';
import { t } from './i18n/i18n.ts';

import { TYPING_SHOWN_MS } from '@kotha/common/typing.ts';

export { TYPING_SHOWN_MS };

export interface Typist {
  name: string;
  /** Local time (ms) the signal fades, unless a newer one renews it. */
  until: number;
}

export type TypingState = Readonly<Record<string, Typist>>;

/**
 * Who a typing event is about, for showing: the shopper's name (or "The shopper"), a
 * teammate's name; null for the agent's own echo; undefined when it is no typing event.
 */
export function typingName(event: InboxEvent, me: string | null): string | null | undefined {
  if (event.type !== 'typing') return undefined;
  if (event.author === 'agent') return event.agentUid === me ? null : (event.name ?? t('typing.teammate'));
  return event.name ?? t('typing.shopper');
}

/** Shows `name` typing in a conversation from `now`, renewing its fade. */
export function startTyping(state: TypingState, conversationId: string, name: string, now: number): TypingState {
  return { ...state, [conversationId]: { name, until: now + TYPING_SHOWN_MS } };
}

/** Clears a conversation's typing (a message arrived there). */
export function stopTyping(state: TypingState, conversationId: string): TypingState {
  if (state[conversationId] === undefined) return state;
  const { [conversationId]: _gone, ...rest } = state;
  return rest;
}

/** Lets a signal fade that was due at `until`; one renewed since then stays. */
export function expireTyping(state: TypingState, conversationId: string, until: number): TypingState {
  return state[conversationId]?.until === until ? stopTyping(state, conversationId) : state;
}

/** The signal that fades first (what a single timer waits for); null when nobody types. */
export function nextExpiry(state: TypingState): { conversationId: string; until: number } | null {
  let next: { conversationId: string; until: number } | null = null;
  for (const [conversationId, { until }] of Object.entries(state)) {
    if (next === null || until < next.until) next = { conversationId, until };
  }
  return next;
}

/** The names to show, by conversation. */
export function typingNames(state: TypingState): Record<string, string> {
  return Object.fromEntries(Object.entries(state).map(([conversationId, typist]) => [conversationId, typist.name]));
}
