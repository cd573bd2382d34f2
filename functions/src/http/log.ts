/**
 * Structured logs: one JSON object a line, as Cloud Logging reads them (`severity`,
 * `message`, and the trace that groups a request's lines), each carrying the id of the
 * request it was written for. The id comes in as `X-Request-Id` (when it is a sane
 * token; a proxy or a client may set it), else from Google's trace header, else it is
 * made here; it goes back out in the response's `X-Request-Id`, so a support request can
 * name the lines to look for. Lines written outside a request (jobs) carry none.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

export interface Logger {
  error(message: string, details: Record<string, unknown>): void;
  warn(message: string, details: Record<string, unknown>): void;
  info(message: string, details: Record<string, unknown>): void;
}

interface RequestContext {
  requestId: string;
  /** `projects/<project>/traces/<trace id>`, when Google's front end sent a trace. */
  trace?: string;
}

const context = new AsyncLocalStorage<RequestContext>();

export const REQUEST_ID_HEADER = 'X-Request-Id';
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return context.getStore()?.requestId;
}

/** Middleware (first of all): the request's id, in the response and in every line logged while serving it. */
export function requestIds(project = process.env.GOOGLE_CLOUD_PROJECT ?? process.env.GCLOUD_PROJECT): RequestHandler {
  return (req, res, next) => {
    const given = req.get(REQUEST_ID_HEADER);
    const traceId = /^([0-9a-fA-F]{32})(\/|$)/.exec(req.get('x-cloud-trace-context') ?? '')?.[1];
    const requestId = given && SANE_ID.test(given) ? given : (traceId ?? randomUUID());
    res.set(REQUEST_ID_HEADER, requestId);
    context.run({ requestId, ...(traceId && project ? { trace: `projects/${project}/traces/${traceId}` } : {}) }, next);
  };
}

type Severity = 'ERROR' | 'WARNING' | 'INFO';

/** One line of a log entry: what Cloud Logging (and a person with jq) reads. */
export function logLine(severity: Severity, message: string, details: Record<string, unknown>): string {
  const request = context.getStore();
  return JSON.stringify({
    severity,
    message,
    ...(request ? { requestId: request.requestId } : {}),
    ...(request?.trace ? { 'logging.googleapis.com/trace': request.trace } : {}),
    ...details,
  });
}

/** The app's logger: stderr for errors and warnings, stdout for the rest. */
export function structuredLogger(out: Pick<Console, 'error' | 'warn' | 'log'> = console): Logger {
  return {
    error: (message, details) => out.error(logLine('ERROR', message, details)),
    warn: (message, details) => out.warn(logLine('WARNING', message, details)),
    info: (message, details) => out.log(logLine('INFO', message, details)),
  };
}
