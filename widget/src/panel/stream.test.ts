import { describe, expect, it } from 'vitest';
import type { VisitorEvent } from '@kotha/common/contract/api';
import type { EventSourceLike } from '@kotha/common/sse-client';
import { openStream } from './stream';

/** Records every EventSource the stream creates and lets the test drive it. */
class FakeEventSource extends EventTarget {
  static instances: FakeEventSource[] = [];
  /** The browser opening the connection, or failing it. */
  onopen = () => this.dispatchEvent(new Event('open'));
  onerror = () => this.dispatchEvent(new Event('error'));
  closed = false;
  constructor(readonly url: string) {
    super();
    FakeEventSource.instances.push(this);
  }
  close() {
    this.closed = true;
  }
  send(data: string) {
    this.dispatchEvent(new MessageEvent('kotha', { data }));
  }
}

function setup() {
  FakeEventSource.instances = [];
  const timers: { run: () => void; ms: number }[] = [];
  const events: VisitorEvent[] = [];
  let since = 0;
  const stream = openStream({
    url: () => `/stream?since=${since}`,
    onEvent: (event) => {
      events.push(event);
      since = event.at;
    },
    createEventSource: (url) => new FakeEventSource(url) as unknown as EventSourceLike,
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => {},
  });
  const latest = () => FakeEventSource.instances.at(-1)!;
  return { stream, timers, events, latest };
}

const event = (at: number) =>
  JSON.stringify({ id: `e${at}`, at, type: 'conversation.updated', conversationId: 'c', conversation: {} });

describe('openStream', () => {
  it('delivers parsed events and skips malformed frames', () => {
    const { events, latest } = setup();
    latest().send('not json');
    latest().send(event(5));
    expect(events.map((e) => e.at)).toEqual([5]);
  });

  it('reconnects after an error with backoff, resuming from the newest event', () => {
    const { timers, latest } = setup();
    latest().send(event(7));
    const first = latest();
    first.onerror?.();
    expect(first.closed).toBe(true);
    expect(timers).toHaveLength(1);
    expect(timers[0]!.ms).toBeGreaterThanOrEqual(1000);
    timers[0]!.run();
    expect(latest().url).toBe('/stream?since=7');
  });

  it('backs off further on repeated failures and resets once connected', () => {
    const { timers, latest } = setup();
    for (let i = 0; i < 3; i++) {
      latest().onerror?.();
      timers.at(-1)!.run();
    }
    // ±25 % jitter around 1 s, 2 s, 4 s.
    timers.forEach((timer, attempt) => expect(timer.ms).toBeGreaterThanOrEqual(750 * 2 ** attempt));
    latest().onopen?.();
    latest().onerror?.();
    expect(timers.at(-1)!.ms).toBeLessThanOrEqual(1250);
  });

  it('stays closed once closed', () => {
    const { stream, timers, latest } = setup();
    const source = latest();
    stream.close();
    expect(source.closed).toBe(true);
    source.onerror?.();
    expect(timers).toHaveLength(0);
  });
});
