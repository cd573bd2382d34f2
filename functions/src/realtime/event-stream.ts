/**
 * One client's event stream: catch up from Firestore from the resume point, then live
 * events from the hub, each sent once. The hub subscription starts before the catch-up
 * query so nothing written in between is lost; ids already sent are skipped.
 *
 * The resume point is the newest event time the client has (its `at`, taken before that
 * event's commit). The catch-up reads every event *committed* after it: anything the
 * client has not had was committed after the client last heard from a stream, so after
 * that event's commit, so after its `at`, whatever the stamp on the missing event itself
 * (a slow commit carries an old `at`). Only the clocks of the instances and of Firestore
 * may differ, which the overlap covers; repeats are dropped here and in the client.
 */
import type { Request, Response } from 'express';
import { createSeenSet } from '@kotha/common/seen-set';
import { isEphemeral, type SiteEvent } from '../domain/conversation';
import { openEventStream, type StreamedEvent } from '../http/sse';
import type { EventLog } from '../store/event-log';
import type { Hub } from './hub';
import type { SiteFeeds } from './site-feeds';

/** The instances' clocks (which stamp `at`) and Firestore's commit clock differ a little: resume a bit earlier, drop repeats. */
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
    const pages = deps.events.committedAfter(siteId, options.resumeFrom - RESUME_SKEW_MS, { visitorId, pageSize: CATCH_UP_PAGE, max: MAX_CATCH_UP });
    for await (const page of pages) {
      for (const { event } of page) if (!isEphemeral(event)) send(event);
    }
  }
  const buffered = pending;
  pending = null;
  buffered.sort((a, b) => a.at - b.at).forEach(send);
}
