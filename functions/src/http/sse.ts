/** Server-Sent Events on an Express response: framing, heartbeats and the resume cursor. */
import type { Request, Response } from 'express';
import { STREAM_EVENT } from '@kotha/common/contract';

/** Comment lines keep proxies and load balancers from closing an idle stream. */
export const HEARTBEAT_MS = 25_000;
/** What a client waits before reconnecting after a close. */
const RETRY_MS = 2_000;

export interface StreamedEvent {
  id: string;
  at: number;
}

export interface EventStream {
  send(event: StreamedEvent): void;
  /** Resolves when the client goes away. */
  closed: Promise<void>;
}

/** The SSE id of an event: its time first, so a reconnect can resume from it. */
export function sseId(event: StreamedEvent): string {
  return `${event.at}-${event.id}`;
}

/** The resume point of a reconnecting client: `Last-Event-ID`, else `?since=`. */
export function resumeCursor(req: Request, since: number | undefined): number | undefined {
  const last = req.get('last-event-id');
  const at = last ? Number.parseInt(last, 10) : Number.NaN;
  return Number.isFinite(at) && at >= 0 ? at : since;
}

/** Opens the stream: headers now, a heartbeat until the client leaves. */
export function openEventStream(req: Request, res: Response, heartbeatMs = HEARTBEAT_MS): EventStream {
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  res.write(`retry: ${RETRY_MS}\n: connected\n\n`);
  const heartbeat = setInterval(() => res.write(': ping\n\n'), heartbeatMs);
  const closed = new Promise<void>((resolve) => {
    req.on('close', () => {
      clearInterval(heartbeat);
      resolve();
    });
  });
  return {
    send(event) {
      res.write(`id: ${sseId(event)}\nevent: ${STREAM_EVENT}\ndata: ${JSON.stringify(event)}\n\n`);
    },
    closed,
  };
}
