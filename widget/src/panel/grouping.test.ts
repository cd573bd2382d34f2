import { expect, it } from 'vitest';
import { groupPlace, GROUP_GAP_MS } from './grouping';
import type { ChatMessage } from './messages';

const m = (id: string, author: ChatMessage['author'], createdAt: number, authorName: string | null = null): ChatMessage => ({ id, conversationId: 'c1', author, authorName, text: id, createdAt, status: 'sent' });

it('groups consecutive messages of one person close in time', () => {
  const list = [m('a', 'visitor', 0), m('b', 'visitor', 1000), m('c', 'agent', 2000, 'Asha'), m('d', 'agent', 3000, 'Bilal'), m('e', 'agent', 3000 + GROUP_GAP_MS + 1, 'Bilal')];
  expect(list.map((_, i) => groupPlace(list, i))).toEqual([
    { first: true, last: false },
    { first: false, last: true },
    { first: true, last: true },
    { first: true, last: true },
    { first: true, last: true },
  ]);
});
