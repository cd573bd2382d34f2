/**
 * In production one app runs as two functions (index.ts): `api`, whose 60 s timeout would
 * end a stream every minute, and `stream`, an hour long and 1,000 streams an instance.
 * Clients open their streams at the API address they know (the widget's `data-api`, the
 * dashboard's `/api` hosting rewrite; Firebase Hosting ends every function request at
 * 60 s, so no rewrite can carry a stream), and the `api` function sends each one on: a
 * request for an event stream (`Accept: text/event-stream`, which every EventSource sends)
 * gets a 307 to the same path and query on the `stream` function, which EventSource follows
 * (the app answers CORS for any origin, so the redirect may cross origins).
 */
import type { Request, RequestHandler } from 'express';

/** Whether the request asks for an event stream. */
export function wantsEventStream(req: Pick<Request, 'method' | 'headers'>): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/event-stream');
}

/** Before the app on the `api` function: event streams go to `streamBase` (no trailing slash), everything else on. */
export function sendStreamsTo(streamBase: string): RequestHandler {
  const base = streamBase.replace(/\/+$/, '');
  return (req, res, next) => {
    if (!wantsEventStream(req)) return next();
    res.set('Cache-Control', 'no-store').redirect(307, `${base}${req.originalUrl}`);
  };
}
