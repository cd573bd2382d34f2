/**
 * Ids in a route's path name one document. Express decodes `%2F` into a slash, and a
 * slash in a Firestore id reaches another path, so every id parameter is checked before
 * any handler runs; one shape for all (our ids, clients' ids, Firestore's auto ids).
 */
import { Router } from 'express';
import { HttpError } from './errors';

const ID = /^[A-Za-z0-9_-]{1,128}$/;
const ID_PARAMS = ['conversationId', 'labelId', 'cannedId', 'visitorId'] as const;

/** A router whose id parameters are checked: a malformed one is a 400 that touches nothing. */
export function idCheckedRouter(): Router {
  const router = Router();
  for (const name of ID_PARAMS) {
    router.param(name, (_req, _res, next, value) => {
      next(ID.test(String(value)) ? undefined : new HttpError(400, 'invalid_request', `${name}: must be an id of letters, digits, _ or -.`));
    });
  }
  return router;
}
