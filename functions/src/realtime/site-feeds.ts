/**
 * Cross-instance fan-out: one Firestore listener per site that has streams connected to
 * this instance, shared by all of them and reference-counted. Events written by other
 * instances arrive here and go into the hub (which drops the ones already delivered).
 * Never one listener per client: the emulator and Firestore both pay per listener.
 */
import type { SiteEvent } from '../domain/conversation';
import type { EventLog } from '../store/event-log';
import type { Hub } from './hub';

/** The listener's window: the newest events only, so it stays bounded. */
const WINDOW = 100;
/** How far back a new feed starts, to cover writes racing the subscription. */
const START_OVERLAP_MS = 5_000;

export interface FeedLogger {
  warn(message: string, details: Record<string, unknown>): void;
}

interface Feed {
  refs: number;
  stop: () => void;
  /** The newest event time seen, to notice a gap when the window overflows. */
  lastAt: number;
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
    const feed: Feed = { refs: 0, stop: () => {}, lastAt: this.clock() - START_OVERLAP_MS };
    feed.stop = this.events.watch(
      siteId,
      feed.lastAt,
      WINDOW,
      (events) => void this.deliver(siteId, feed, events),
      (error) => this.logger.warn('site feed failed', { siteId, error: error.message }),
    );
    return feed;
  }

  private async deliver(siteId: string, feed: Feed, events: SiteEvent[]): Promise<void> {
    const oldest = events[0];
    // A full window whose oldest event is newer than the last one seen may hide a gap.
    if (events.length === WINDOW && oldest && oldest.at > feed.lastAt) {
      try {
        const missed = await this.events.after(siteId, feed.lastAt, { limit: 1_000 });
        for (const event of missed) this.hub.publish(siteId, event);
      } catch (error) {
        this.logger.warn('site feed gap fill failed', { siteId, error: (error as Error).message });
      }
    }
    for (const event of events) {
      this.hub.publish(siteId, event);
      if (event.at > feed.lastAt) feed.lastAt = event.at;
    }
  }
}
