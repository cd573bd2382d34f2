import { describe, expect, it } from 'vitest';
import type { ChatMessage } from './messages';
import { mergeMessages, updateMessage } from './messages';

function message(id: string, createdAt: number, status: ChatMessage['status'] = 'sent', text = id): ChatMessage {
  return { id, conversationId: 'conv-1', author: 'visitor', authorName: null, text, createdAt, status };
}

const ids = (list: ChatMessage[]) => list.map((m) => m.id);

describe('mergeMessages', () => {
  it('orders stored messages by server time, whatever the arrival order', () => {
    const merged = mergeMessages([message('b', 20)], [message('c', 30), message('a', 10)]);
    expect(ids(merged)).toEqual(['a', 'b', 'c']);
  });

  it('deduplicates by id, so a replayed stream event adds nothing', () => {
    const list = mergeMessages([], [message('a', 10), message('b', 20)]);
    expect(mergeMessages(list, [message('b', 20), message('a', 10)])).toEqual(list);
  });

  it('keeps unconfirmed messages after stored ones, even with a clock ahead or behind', () => {
    const list = mergeMessages([], [message('local', 1, 'sending'), message('agent', 500)]);
    expect(ids(list)).toEqual(['agent', 'local']);
  });

  it('replaces a local message with its stored copy', () => {
    const list = mergeMessages([message('x', 999, 'sending')], [message('y', 100)]);
    const merged = mergeMessages(list, [message('x', 200)]);
    expect(merged.map((m) => [m.id, m.status, m.createdAt])).toEqual([
      ['y', 'sent', 100],
      ['x', 'sent', 200],
    ]);
  });

  it('never downgrades a stored message to a local status', () => {
    const list = mergeMessages([], [message('x', 100)]);
    expect(mergeMessages(list, [message('x', 5, 'failed')])[0]?.status).toBe('sent');
  });

  it('keeps same-millisecond messages in arrival order', () => {
    const merged = mergeMessages([], [message('first', 10), message('second', 10), message('third', 10)]);
    expect(ids(merged)).toEqual(['first', 'second', 'third']);
  });
});

describe('updateMessage', () => {
  it('changes only the message with that id', () => {
    const list = [message('a', 1, 'sending'), message('b', 2, 'sending')];
    expect(updateMessage(list, 'b', { status: 'failed' }).map((m) => m.status)).toEqual(['sending', 'failed']);
  });
});
