/**
 * Refuses a blocked shopper's requests, politely and without saying more than needed:
 * the widget shows the message in the shopper's language by its code.
 */
import type { RequestHandler } from 'express';
import { BLOCKED_CODE } from '@kotha/common/contract';
import type { VisitorIdentity, VisitorTokens } from '../auth/visitor-token';
import { HttpError } from '../http/errors';
import type { TeamStore } from '../store/team-store';
import type { AddressHasher } from './address-hash';

export interface BlockGuardDeps {
  team: TeamStore;
  tokens: VisitorTokens;
  hashAddress: AddressHasher;
}

export const blockedError = () => new HttpError(403, BLOCKED_CODE, 'Sorry, this shop is not taking chat messages from you.');

/**
 * After requireVisitor, the shopper is known from their token; on the session route, from
 * the token in the body when there is one, and the site from the body (it is public).
 */
export function refuseBlocked(deps: BlockGuardDeps): RequestHandler {
  return async (req, res, next) => {
    try {
      let visitor = res.locals.visitor as VisitorIdentity | undefined;
      const body = (req.body ?? {}) as { siteId?: unknown; visitorToken?: unknown };
      if (!visitor && typeof body.visitorToken === 'string') visitor = (await deps.tokens.verify(body.visitorToken)) ?? undefined;
      const siteId = visitor?.siteId ?? (typeof body.siteId === 'string' ? body.siteId : null);
      if (!siteId || siteId.length > 128) return next();
      const blocked = await deps.team.isBlocked(siteId, visitor?.siteId === siteId ? visitor.visitorId : null, deps.hashAddress(siteId, req.ip));
      next(blocked ? blockedError() : undefined);
    } catch (error) {
      next(error);
    }
  };
}
