/**
 * How request bodies are read: JSON only up to its size limit, within a deadline, with
 * every string cleaned by the contract's one text rule (lone surrogates, which Firestore
 * cannot store, and control characters), so no field of any route can carry them in.
 *
 * On Cloud Functions the Functions framework reads the body before the app does (up to
 * its own, larger limit) and hands it over as `rawBody`: the same size limit is applied to
 * that, and the deadline is Cloud Run's (the function's timeout); the app's own deadline
 * serves every server that hands it a raw request (the local stack, the tests).
 */
import type { IncomingMessage, Server } from 'node:http';
import express, { type RequestHandler } from 'express';
import { cleanText } from '@kotha/common/contract/text';
import { HttpError } from './errors';

/** JSON.parse's reviver: every string value cleaned (keys are checked by the strict schemas). */
export const cleanStrings = (_key: string, value: unknown): unknown => (typeof value === 'string' ? cleanText(value) : value);

/** A JSON text parsed as the API's bodies are (the page-view beacon sends one as text/plain). */
export function parseJson(text: string): unknown {
  return JSON.parse(text, cleanStrings);
}

export const tooLarge = () => new HttpError(413, 'too_large', 'The request body is too large.');

/**
 * The JSON body parser, with the limit; a body already read by the platform is held to the
 * same limit. The first parser a request meets decides: a route with a larger limit of its
 * own mounts its parser before the app's.
 */
export function jsonBody(limitBytes: number): RequestHandler[] {
  const parser = express.json({ limit: limitBytes, strict: true, reviver: cleanStrings });
  const preRead: RequestHandler = (req, res, next) => {
    // Read already, by a route's own larger parser (express.json skips a finished body too).
    if (res.locals.bodyLimit !== undefined) return next();
    res.locals.bodyLimit = limitBytes;
    const raw = (req as { rawBody?: unknown }).rawBody;
    next(Buffer.isBuffer(raw) && raw.length > limitBytes ? tooLarge() : undefined);
  };
  return [preRead, parser];
}

/** Does the request announce a body still to come? */
function expectsBody(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = Number(req.headers['content-length'] ?? 0);
  return length > 0 || req.headers['transfer-encoding'] !== undefined;
}

/**
 * A body that has not arrived `ms` after its headers is cut off: 408 with
 * `Connection: close`, and the connection ends, so a client trickling bytes holds no
 * socket or parser open. Routes that stream responses (SSE) take no body and are untouched.
 */
export function bodyDeadline(ms: number): RequestHandler {
  return (req, res, next) => {
    if (!expectsBody(req)) return next();
    const timer = setTimeout(() => {
      if (req.complete || res.headersSent) return;
      res.set('Connection', 'close').status(408).json({ error: { code: 'request_timeout', message: 'The request body took too long to arrive.' } });
      res.once('finish', () => req.destroy());
    }, ms);
    const done = () => clearTimeout(timer);
    req.once('end', done);
    req.once('close', done);
    next();
  };
}

/**
 * Node's own limits for a server the app runs in directly (the local stack, the tests):
 * headers within 10 s, the whole request within 30 s. Streams are unaffected: their
 * request is complete when the response starts.
 */
export function limitServer(server: Server, headersMs = 10_000, requestMs = 30_000): void {
  server.headersTimeout = headersMs;
  server.requestTimeout = requestMs;
}
