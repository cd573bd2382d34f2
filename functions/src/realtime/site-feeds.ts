/**
 * Cross-instance fan-out: one Firestore listener per site that has streams connected to
 * this instance, shared by all of them and reference-counted. Events written by other
 * instances arrive here and go into the hub (which drops the ones already delivered).
 * Never one listener per client: the emulator and Firestore both pay per listener.
 */
import { backoffDelay } from '@kotha/common/backoff';
import type { EventLog, LoggedEvent } from '../store/event-log';
import type { Hub } from './hub';

/** The listener's window: the newest events only, so it stays bounded. */
const WINDOW = 100;
/** How far back (in commit time) a new feed starts, to cover writes racing the subscription. */
const START_OVERLAP_MS = 5_000;
/** The most a gap fill reads. */
const GAP_FILL_MAX = 1_000;

export interface FeedLogger {
  warn(message: string, details: Record<string, unknown>): void;
}

interface Feed {
  refs: number;
  stop: () => void;
  /** The newest commit time seen (ms), to notice a gap when the window overflows. */
  lastCommittedAt: number;
  /** Listener failures in a row (a snapshot resets it), for the wait before listening again. */
  failures: number;
}

export class SiteFeeds {
  private readonly feeds = new Map<string, Feed>();

  constructor(
    private readonly events: EventLog,
    private readonly hub: Hub,
    private readonly clock: () => number,
    private readonly logger: FeedLogger,
  ) {}

  /** Ensures the site is watched while the caller needs it; call the result to release. */
  acquire(siteId: string): () => void {
    let feed = this.feeds.get(siteId);
    if (!feed) {
      feed = this.start(siteId);
      this.feeds.set(siteId, feed);
    }
    feed.refs += 1;
    let released = false;
    return () => {
      if (released || !feed) return;
      released = true;
      feed.refs -= 1;
      if (feed.refs === 0) {
        feed.stop();
        this.feeds.delete(siteId);
      }
    };
  }

  /** Sites watched by this instance. */
  get size(): number {
    return this.feeds.size;
  }

  private start(siteId: string): Feed {
    const feed: Feed = { refs: 0, stop: () => {}, lastCommittedAt: this.clock() - START_OVERLAP_MS, failures: 0 };
    this.listen(siteId, feed);
    return feed;
  }

  /**
   * Listens from the last event seen. A Firestore listener that fails stays failed (a lost
   * link, a server restart): while streams still need the site, it listens again after the
   * streams' own backoff, from where it was; a full first window is filled behind (deliver).
   */
  private listen(siteId: string, feed: Feed): void {
    let retry: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = this.events.watch(
      siteId,
      feed.lastCommittedAt - 1,
      WINDOW,
      (events) => {
        feed.failures = 0;
        void this.deliver(siteId, feed, events);
      },
      (error) => {
        this.logger.warn('site feed failed', { siteId, error: error.message, failures: feed.failures });
        if (this.feeds.get(siteId) !== feed) return;
        retry = setTimeout(() => {
          if (this.feeds.get(siteId) === feed) this.listen(siteId, feed);
        }, backoffDelay(feed.failures++));
        retry.unref?.();
      },
    );
    feed.stop = () => {
      clearTimeout(retry);
      unsubscribe();
    };
  }

  private async deliver(siteId: string, feed: Feed, events: LoggedEvent[]): Promise<void> {
    const oldest = events[0];
    // A full window whose oldest commit is newer than the last one seen may hide a gap.
    // (Commit times are read to the millisecond: the fill starts one earlier, the hub drops repeats.)
    if (events.length === WINDOW && oldest && oldest.committedAt > feed.lastCommittedAt) {
      try {
        for await (const page of this.events.committedAfter(siteId, feed.lastCommittedAt - 1, { pageSize: GAP_FILL_MAX, max: GAP_FILL_MAX })) {
          for (const { event } of page) this.hub.publish(siteId, event);
        }
      } catch (error) {
        this.logger.warn('site feed gap fill failed', { siteId, error: (error as Error).message });
      }
    }
    for (const { event, committedAt } of events) {
      this.hub.publish(siteId, event);
      if (committedAt > feed.lastCommittedAt) feed.lastCommittedAt = committedAt;
    }
  }
}
