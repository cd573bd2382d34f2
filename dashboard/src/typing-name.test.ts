import { expect, it } from 'vitest';
import type { InboxEvent } from '@kotha/common/contract/api.ts';
import { typingName } from './use-inbox.ts';

const typing = (author: 'visitor' | 'agent', agentUid: string | null, name: string | null): InboxEvent => ({ id: 't', at: 1, type: 'typing', conversationId: 'c1', author, agentUid, name });

it('names who is typing, and ignores the agent\'s own echo', () => {
  expect(typingName(typing('visitor', null, 'Rina'), 'asha')).toBe('Rina');
  expect(typingName(typing('visitor', null, null), 'asha')).toBe('The shopper');
  expect(typingName(typing('agent', 'bilal', 'Bilal'), 'asha')).toBe('Bilal');
  expect(typingName(typing('agent', 'asha', 'Asha'), 'asha')).toBeNull();
  expect(typingName({ id: 'n', at: 1, type: 'note.created', conversationId: 'c1', note: { id: 'n', conversationId: 'c1', authorUid: 'a', text: 'x', createdAt: 1 } }, 'asha')).toBeUndefined();
});
