import { describe, expect, it } from 'vitest';
import type { Conversation, InboxEvent } from '@kotha/common/contract/api.ts';
import { openInboxStream, type EventSourceLike, type StreamStatus } from './inbox-stream.ts';

class FakeEventSource implements EventSourceLike {
  /** The browser opening the connection, or failing it. */
  onopen = (_event: Event) => this.emit('open', '');
  onerror = (_event: Event) => this.emit('error', '');
  closed = false;
  private listeners = new Map<string, Array<(event: MessageEvent<string>) => void>>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
  }
  emit(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data } as MessageEvent<string>);
  }
}

const event = (id: string, at: number): InboxEvent => ({
  id,
  at,
  type: 'conversation.updated',
  conversationId: 'c1',
  conversation: { id: 'c1' } as Conversation,
});

function harness(since?: number) {
  const sources: FakeEventSource[] = [];
  const timers: Array<{ callback: () => void; ms: number; cleared: boolean }> = [];
  const events: InboxEvent[] = [];
  const statuses: StreamStatus[] = [];
  const stream = openInboxStream({
    url: (s) => `/stream${s === undefined ? '' : `?since=${s}`}`,
    since,
    onEvent: (e) => events.push(e),
    onStatus: (s) => statuses.push(s),
    createEventSource: (url) => {
      const source = new FakeEventSource(url);
      sources.push(source);
      return source;
    },
    random: () => 0.5,
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => {
      (timer as { cleared: boolean }).cleared = true;
    },
  });
  const last = () => sources[sources.length - 1] as FakeEventSource;
  return { sources, timers, events, statuses, stream, last };
}

describe('openInboxStream', () => {
  it('delivers kotha events once each and ignores junk', () => {
    const h = harness();
    expect(h.last().url).toBe('/stream');
    h.last().onopen?.(new Event('open'));
    h.last().emit('kotha', JSON.stringify(event('e1', 10)));
    h.last().emit('kotha', JSON.stringify(event('e1', 10)));
    h.last().emit('kotha', 'not json');
    h.last().emit('kotha', JSON.stringify({ id: 'x', at: 1, type: 'other' }));
    h.last().emit('kotha', JSON.stringify({ id: 'n0', at: 1, type: 'note.created' }));
    h.last().emit('message', JSON.stringify(event('e2', 11)));
    // A teammate's private note arrives live too.
    h.last().emit('kotha', JSON.stringify({ id: 'n1', at: 12, type: 'note.created', conversationId: 'c1', note: { id: 'n1', conversationId: 'c1', authorUid: 'u', text: 'hi', createdAt: 12 } }));
    h.last().emit('kotha', JSON.stringify({ id: 't1', at: 13, type: 'typing', conversationId: 'c1', author: 'visitor', agentUid: null, name: null }));
    expect(h.events.map((e) => e.id)).toEqual(['e1', 'n1', 't1']);
    expect(h.statuses).toEqual(['connecting', 'live']);
  });

  it('reconnects with backoff from the newest event time and dedupes the replay', () => {
    const h = harness(5);
    expect(h.last().url).toBe('/stream?since=5');
    h.last().emit('kotha', JSON.stringify(event('e1', 20)));
    h.last().emit('kotha', JSON.stringify(event('e0', 15)));
    h.last().onerror?.(new Event('error'));
    expect(h.sources[0]?.closed).toBe(true);
    // The shared backoff (common/backoff.ts): 1 s, 2 s… at the middle of its jitter.
    expect(h.timers.map((t) => t.ms)).toEqual([1000]);
    h.timers[0]?.callback();
    expect(h.last().url).toBe('/stream?since=20');
    h.last().onerror?.(new Event('error'));
    expect(h.timers[1]?.ms).toBe(2000);
    h.timers[1]?.callback();
    h.last().onopen?.(new Event('open'));
    h.last().emit('kotha', JSON.stringify(event('e1', 20)));
    h.last().emit('kotha', JSON.stringify(event('e3', 21)));
    expect(h.events.map((e) => e.id)).toEqual(['e1', 'e0', 'e3']);
    // A successful open resets the backoff.
    h.last().onerror?.(new Event('error'));
    expect(h.timers[2]?.ms).toBe(1000);
    expect(h.statuses).toEqual(['connecting', 'reconnecting', 'reconnecting', 'reconnecting', 'reconnecting', 'live', 'reconnecting']);
  });

  it('stops for good when closed', () => {
    const h = harness();
    h.last().onerror?.(new Event('error'));
    h.stream.close();
    expect(h.timers[0]?.cleared).toBe(true);
    const h2 = harness();
    h2.stream.close();
    expect(h2.last().closed).toBe(true);
    h2.last().onerror?.(new Event('error'));
    expect(h2.timers).toEqual([]);
  });
});

describe('openInboxStream with a URL that must be asked for (a stream ticket)', () => {
  it('opens once the URL arrives, and retries after the backoff when it cannot be had', async () => {
    const sources: FakeEventSource[] = [];
    const timers: Array<() => void> = [];
    let asked = 0;
    const stream = openInboxStream({
      url: (since) => (++asked === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(`/stream?ticket=t${asked}${since === undefined ? '' : `&since=${since}`}`)),
      since: 7,
      onEvent: () => {},
      createEventSource: (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source;
      },
      random: () => 0.5,
      setTimer: (callback) => timers.push(callback),
      clearTimer: () => {},
    });
    await Promise.resolve();
    await Promise.resolve();
    expect(sources).toHaveLength(0);
    expect(timers).toHaveLength(1);
    timers[0]!();
    await Promise.resolve();
    await Promise.resolve();
    expect(sources.map((s) => s.url)).toEqual(['/stream?ticket=t2&since=7']);
    stream.close();
  });
});
