import { describe, expect, it } from 'vitest';
import { createEmitter } from './emitter';

describe('createEmitter', () => {
  it('delivers events to subscribed listeners until they unsubscribe', () => {
    const emitter = createEmitter(() => {});
    const seen: string[] = [];
    const listener = (detail: { text: string }) => seen.push(detail.text);
    emitter.on('message', listener);
    emitter.emit('message', { conversationId: 'c', text: 'hi', authorName: null });
    emitter.off('message', listener);
    emitter.emit('message', { conversationId: 'c', text: 'again', authorName: null });
    expect(seen).toEqual(['hi']);
  });

  it('isolates a throwing listener from the others', () => {
    const errors: unknown[] = [];
    const emitter = createEmitter((error) => errors.push(error));
    let reached = false;
    emitter.on('open', () => {
      throw new Error('host bug');
    });
    emitter.on('open', () => {
      reached = true;
    });
    emitter.emit('open', undefined);
    expect(reached).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
