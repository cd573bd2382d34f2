import { describe, expect, it } from 'vitest';
import { nextConversation } from './next-conversation.ts';

describe('nextConversation', () => {
  it('is the one below', () => {
    expect(nextConversation(['a', 'b', 'c'], 'b')).toBe('c');
  });
  it('is the one above for the last row', () => {
    expect(nextConversation(['a', 'b', 'c'], 'c')).toBe('b');
  });
  it('is none for a conversation alone in its view, or not in it', () => {
    expect(nextConversation(['a'], 'a')).toBeNull();
    expect(nextConversation(['a', 'b'], 'x')).toBeNull();
  });
});
