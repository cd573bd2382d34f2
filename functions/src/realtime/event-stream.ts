/**
 * One client's event stream: catch up from Firestore from the resume point, then live
 * events from the hub, each sent once. The hub subscription starts before the catch-up
 * query so nothing written in between is lost; ids already sent are skipped.
 */
import type { Request, Response } from 'express';
import { createSeenSet } from '@kotha/common/seen-set';
import { isEphemeral, type SiteEvent } from '../domain/conversation';
import { openEventStream, type StreamedEvent } from '../http/sse';
import type { EventLog } from '../store/event-log';
import type { Hub } from './hub';
import type { SiteFeeds } from './site-feeds';

/** Clocks of different instances differ a little: resume a bit earlier, drop repeats. */
export const RESUME_SKEW_MS = 5_000;
/** Catch-up is read in pages of this size, up to MAX_CATCH_UP events. */
const CATCH_UP_PAGE = 500;
const MAX_CATCH_UP = 5_000;
/** Ids remembered per connection to drop repeats. */
const SENT_IDS = 2_000;

export interface StreamDeps {
  events: EventLog;
  hub: Hub;
  /** Absent when this process is the only instance (local stack, bench). */
  feeds: SiteFeeds | null;
}

export interface StreamOptions<T extends StreamedEvent> {
  siteId: string;
  /** Only this visitor's events (a shopper's stream); all events when absent. */
  visitorId?: string;
  resumeFrom: number | undefined;
  project: (event: SiteEvent) => T;
}

export async function streamEvents<T extends StreamedEvent>(req: Request, res: Response, deps: StreamDeps, options: StreamOptions<T>): Promise<void> {
  const { siteId, visitorId } = options;
  const stream = openEventStream(req, res);
  const sent = createSeenSet(SENT_IDS);
  const send = (event: SiteEvent) => {
    if (visitorId && event.visitorId !== visitorId) return;
    if (!sent.add(event.id)) return;
    stream.send(options.project(event));
  };

  let pending: SiteEvent[] | null = [];
  const unsubscribe = deps.hub.subscribe(siteId, (event) => (pending ? pending.push(event) : send(event)));
  const release = deps.feeds?.acquire(siteId);
  stream.closed.then(() => {
    unsubscribe();
    release?.();
  });

  if (options.resumeFrom !== undefined) {
    let after = options.resumeFrom - RESUME_SKEW_MS;
    for (let read = 0; read < MAX_CATCH_UP; read += CATCH_UP_PAGE) {
      const events = await deps.events.after(siteId, after, { visitorId, limit: CATCH_UP_PAGE });
      events.filter((event) => !isEphemeral(event)).forEach(send);
      const last = events.at(-1);
      if (events.length < CATCH_UP_PAGE || !last) break;
      after = last.at;
    }
  }
  const buffered = pending;
  pending = null;
  buffered.sort((a, b) => a.at - b.at).forEach(send);
}
