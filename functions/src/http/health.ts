/**
 * The health route for uptime checks and load balancers: 200 when this instance can reach
 * Firestore (one document read, within a deadline), 503 when it cannot, so a check that
 * alerts on it alerts on what the product needs. It also tells how busy the instance is.
 */
import type { RequestHandler } from 'express';
import type { Firestore } from 'firebase-admin/firestore';
import type { Hub } from '../realtime/hub';
import type { SiteFeeds } from '../realtime/site-feeds';
import { withDeadline } from './deadline';

/** Slower than this is as good as down for a chat. */
export const HEALTH_DEADLINE_MS = 2_000;

export function health(deps: { db: Firestore; hub: Hub; feeds: SiteFeeds | null; deadlineMs?: number }): RequestHandler {
  return async (_req, res) => {
    const read = deps.db.collection('health').doc('probe').get().then(() => 'ok' as const, () => 'error' as const);
    const firestore = await withDeadline(read, deps.deadlineMs ?? HEALTH_DEADLINE_MS, () => 'timeout' as const);
    res.set('Cache-Control', 'no-store');
    res.status(firestore === 'ok' ? 200 : 503).json({ ok: firestore === 'ok', firestore, streams: deps.hub.listenerCount, feeds: deps.feeds?.size ?? 0 });
  };
}
