import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteEvent } from '../domain/conversation';
import type { EventLog, LoggedEvent } from '../store/event-log';
import { Hub } from './hub';
import { SiteFeeds } from './site-feeds';

const event = (id: string, committedAt: number): LoggedEvent => ({
  event: { id, at: committedAt, type: 'conversation.updated', conversationId: 'c', visitorId: 'v', conversation: {} as never } as SiteEvent,
  committedAt,
});

/** An event log whose listeners the test drives: what each was asked for, and their callbacks. */
function scriptedLog(stored: LoggedEvent[] = []) {
  const listeners: Array<{ after: number; onEvents: (events: LoggedEvent[]) => void; onError: (error: Error) => void; stopped: boolean }> = [];
  const log = {
    watch(_siteId: string, after: number, _limit: number, onEvents: (events: LoggedEvent[]) => void, onError: (error: Error) => void) {
      const listener = { after, onEvents, onError, stopped: false };
      listeners.push(listener);
      return () => {
        listener.stopped = true;
      };
    },
    async *committedAfter(_siteId: string, after: number) {
      yield stored.filter((e) => e.committedAt > after);
    },
  } as unknown as EventLog;
  return { log, listeners };
}

describe('site feeds', () => {
  afterEach(() => vi.useRealTimers());

  it('listens again from the last event seen when the listener fails, while streams need the site', async () => {
    vi.useFakeTimers();
    const { log, listeners } = scriptedLog();
    const hub = new Hub();
    const got: string[] = [];
    hub.subscribe('s', (e) => got.push(e.id));
    const warn = vi.fn();
    const feeds = new SiteFeeds(log, hub, () => 10_000, { warn });
    const release = feeds.acquire('s');
    listeners[0]!.onEvents([event('e1', 9_000), event('e2', 9_500)]);
    await vi.runAllTicks();
    listeners[0]!.onError(new Error('UNAVAILABLE'));
    expect(warn).toHaveBeenCalledWith('site feed failed', expect.objectContaining({ siteId: 's' }));
    expect(listeners).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(listeners).toHaveLength(2);
    expect(listeners[1]!.after).toBe(9_499);
    listeners[1]!.onEvents([event('e2', 9_500), event('e3', 12_000)]);
    await vi.runAllTicks();
    expect(got).toEqual(['e1', 'e2', 'e3']);
    release();
    expect(listeners[1]!.stopped).toBe(true);
  });

  it('does not listen again for a site nobody needs any more', async () => {
    vi.useFakeTimers();
    const { log, listeners } = scriptedLog();
    const feeds = new SiteFeeds(log, new Hub(), () => 10_000, { warn: () => {} });
    const release = feeds.acquire('s');
    listeners[0]!.onError(new Error('UNAVAILABLE'));
    release();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(listeners).toHaveLength(1);
    expect(feeds.size).toBe(0);
  });
});
