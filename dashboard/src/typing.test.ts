import { expect, it } from 'vitest';
import type { InboxEvent } from '@kotha/common/contract/api.ts';
import { expireTyping, nextExpiry, startTyping, stopTyping, typingName, typingNames, TYPING_SHOWN_MS } from './typing.ts';

const typing = (author: 'visitor' | 'agent', agentUid: string | null, name: string | null): InboxEvent => ({ id: 't', at: 1, type: 'typing', conversationId: 'c1', author, agentUid, name });

it('names who is typing, and ignores the agent\'s own echo', () => {
  expect(typingName(typing('visitor', null, 'Rina'), 'asha')).toBe('Rina');
  expect(typingName(typing('visitor', null, null), 'asha')).toBe('The shopper');
  expect(typingName(typing('agent', 'bilal', 'Bilal'), 'asha')).toBe('Bilal');
  expect(typingName(typing('agent', 'asha', 'Asha'), 'asha')).toBeNull();
  expect(typingName({ id: 'n', at: 1, type: 'note.created', conversationId: 'c1', note: { id: 'n', conversationId: 'c1', authorUid: 'a', text: 'x', createdAt: 1 } }, 'asha')).toBeUndefined();
});

it('fades each signal on its own time, and a renewed one only later', () => {
  let state = startTyping({}, 'c1', 'Rina', 1_000);
  state = startTyping(state, 'c2', 'Bilal', 2_000);
  expect(nextExpiry(state)).toEqual({ conversationId: 'c1', until: 1_000 + TYPING_SHOWN_MS });
  const renewed = startTyping(state, 'c1', 'Rina', 3_000);
  expect(expireTyping(renewed, 'c1', 1_000 + TYPING_SHOWN_MS)).toBe(renewed);
  expect(typingNames(expireTyping(state, 'c1', 1_000 + TYPING_SHOWN_MS))).toEqual({ c2: 'Bilal' });
  expect(nextExpiry(stopTyping(stopTyping(state, 'c1'), 'c2'))).toBeNull();
});
