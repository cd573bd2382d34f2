import { expect, it } from 'vitest';
import { createOutboxStorage, unsent } from './outbox';
import type { ChatMessage } from './messages';

const message = (id: string, status: ChatMessage['status'], author: ChatMessage['author'] = 'visitor'): ChatMessage => ({
  id, conversationId: 'c1', author, authorName: null, text: `text ${id}`, createdAt: 1, status,
});

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k), clear: () => data.clear(), key: () => null, length: 0 } as Storage;
}

it('keeps the shopper’s unsent messages, in order, across page loads, and forgets them once sent', () => {
  const backend = memoryStorage();
  const first = createOutboxStorage('site', () => backend);
  first.write(unsent([message('a', 'sent'), message('b', 'sending'), message('r', 'sending', 'agent'), message('c', 'failed')]));
  const afterReload = createOutboxStorage('site', () => backend);
  expect(afterReload.read().map((m) => m.id)).toEqual(['b', 'c']);
  afterReload.write([]);
  expect(backend.getItem('kotha:site:outbox')).toBeNull();
});

it('works in memory when storage is blocked, and ignores junk', () => {
  const blocked = createOutboxStorage('site', () => null);
  blocked.write(unsent([message('b', 'sending')]));
  expect(blocked.read().map((m) => m.id)).toEqual(['b']);
  const backend = memoryStorage();
  backend.setItem('kotha:site:outbox', '[{"id":1},"x",{"id":"ok","conversationId":"c","text":"t","createdAt":2}]');
  expect(createOutboxStorage('site', () => backend).read().map((m) => m.id)).toEqual(['ok']);
});
