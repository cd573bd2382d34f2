/**
 * The edge's id rule (common/ids.ts), applied before any handler: every parameter of every
 * path in the route table, and the site a shopper names (the session's `siteId`, the
 * availability's `?siteId=`). Express decodes `%2F` into a slash, and a slash, a dot or a
 * reserved name in a Firestore id reaches another document, so a malformed id is a 400
 * `invalid_id` that reads and writes nothing. A bad percent escape (`%ZZ`) is one too.
 */
import { Router, type RequestHandler } from 'express';
import { INVALID_ID_CODE, PATHS } from '@kotha/common/contract';
import { isId } from '@kotha/common/ids';
import { HttpError } from './errors';

export const invalidId = (name: string) => new HttpError(400, INVALID_ID_CODE, `${name}: must be an id of 1 to 64 letters, digits, _ or -.`);

interface Pattern {
  /** Lower-cased literal segments, or the parameter's name. */
  segments: Array<{ literal: string } | { param: string }>;
}

function compile(path: string): Pattern {
  return { segments: path.split('/').slice(1).map((s) => (s.startsWith(':') ? { param: s.slice(1) } : { literal: s.toLowerCase() })) };
}

const PATTERNS = Object.values(PATHS).map(compile);

/** The path's parameters by the table's patterns (matched as Express does: any case, an optional trailing slash), still encoded. */
export function pathParams(path: string): Array<{ name: string; raw: string }> {
  const segments = path.split('/').slice(1);
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  const matches = PATTERNS.filter((p) => p.segments.length === segments.length && p.segments.every((s, i) => !('literal' in s) || s.literal === segments[i]!.toLowerCase()));
  // A path the table names literally (`/v1/inbox/agents/me`) is not a parameter of a sibling pattern.
  if (matches.some((p) => p.segments.every((s) => 'literal' in s))) return [];
  return matches.flatMap((p) => p.segments.flatMap((s, i) => ('param' in s ? [{ name: s.param, raw: segments[i]! }] : [])));
}

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Checks every id from outside before routing; mounted after the body parser (the session's siteId is in its body). */
export function checkIds(): RequestHandler {
  return (req, _res, next) => {
    for (const { name, raw } of pathParams(req.path)) {
      if (!isId(decoded(raw))) return next(invalidId(name));
    }
    const body = req.body as { siteId?: unknown } | undefined;
    if (body && typeof body === 'object' && 'siteId' in body && !isId(body.siteId)) return next(invalidId('siteId'));
    if (req.query.siteId !== undefined && !isId(req.query.siteId)) return next(invalidId('siteId'));
    next();
  };
}

const ID_PARAMS = ['conversationId', 'labelId', 'cannedId', 'visitorId'] as const;

/**
 * A router whose id parameters are checked again as it matches them: checkIds has already
 * refused a malformed one for every path in the table, so this only guards a route mounted
 * outside it.
 */
export function idCheckedRouter(): Router {
  const router = Router();
  for (const name of ID_PARAMS) {
    router.param(name, (_req, _res, next, value) => {
      next(isId(value) ? undefined : invalidId(name));
    });
  }
  return router;
}
