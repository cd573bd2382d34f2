/**
 * Express middleware that turns a request's credential into the verified tenant.
 * siteId comes from here only: never from a body or a query field of its own.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { decodeProtectedHeader } from 'jose';
import { PATHS } from '@kotha/common/contract';
import { forbidden, platformUnavailable, unauthorized } from '../http/errors';
import { invalidId } from '../http/route-ids';
import { isId } from '@kotha/common/ids';
import { bareCredential, credentialFrom, type CredentialSource, type MerchantCheck, type MerchantIdentity, type Platform } from '@kotha/common/platform';
import type { StreamTickets } from './stream-tickets';
import type { VisitorIdentity, VisitorTokens } from './visitor-token';

/** What merchant routes need to know who is calling: the platform's verifier. */
export type MerchantAuthConfig = Pick<Platform, 'verifyMerchant'>;

/** The request's credentials, with query parameters only where allowed. */
function credentialsOf(req: Request, allowQuery: boolean): CredentialSource {
  return {
    authorization: req.get('authorization') ?? null,
    query: (name) => {
      const value = allowQuery ? req.query[name] : undefined;
      return typeof value === 'string' && value ? value : null;
    },
  };
}

/** The paths a stream ticket can open. */
const STREAM_PATHS = { inboxStream: PATHS.inboxStream } as const;

function isOurJwt(token: string): boolean {
  try {
    return decodeProtectedHeader(token).alg === 'HS256';
  } catch {
    return false;
  }
}

export function visitorOf(res: Response): VisitorIdentity {
  return res.locals.visitor as VisitorIdentity;
}

export function merchantOf(res: Response): MerchantIdentity {
  return res.locals.merchant as MerchantIdentity;
}

/** Requires a valid visitor token (`Authorization: Bearer`, or `?token=` when allowed). */
export function requireVisitor(tokens: VisitorTokens, options: { allowQuery: boolean }): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const token = credentialFrom(credentialsOf(req, options.allowQuery), 'Bearer', 'token');
    if (!token) return next(unauthorized('A visitor token is required.'));
    const visitor = await tokens.verify(token);
    if (!visitor) return next(unauthorized('The visitor token is invalid or expired. Start a new session.'));
    res.locals.visitor = visitor;
    next();
  };
}

function refused(check: Extract<MerchantCheck, { ok: false }>) {
  if (check.refusal === 'forbidden') return forbidden(check.message);
  if (check.refusal === 'unavailable') return platformUnavailable(check.message);
  return unauthorized(check.message);
}

/**
 * Requires the platform's merchant credential (in query parameters only when allowed), or,
 * where `tickets` is given, a stream ticket (`?ticket=`) for the path requested.
 * Our own shopper tokens are refused first, so they never reach the platform.
 */
export function requireMerchant(config: MerchantAuthConfig, options: { allowQuery: boolean; tickets?: Pick<StreamTickets, 'verify'> }): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const ticket = options.tickets ? req.query.ticket : undefined;
    if (typeof ticket === 'string' && options.tickets) {
      // Bound to one path: the request's, wherever the API is mounted.
      const path = new URL(req.originalUrl, 'http://kotha').pathname;
      const stream = Object.values(STREAM_PATHS).find((p) => path.endsWith(p));
      const merchant = stream ? options.tickets.verify(ticket, stream) : null;
      if (!merchant) return next(unauthorized('The stream ticket is invalid or has expired. Ask for a new one.'));
      res.locals.merchant = merchant;
      return next();
    }
    const credentials = credentialsOf(req, options.allowQuery);
    const bearer = credentialFrom(credentials, 'Bearer') ?? bareCredential(credentials);
    if (bearer && isOurJwt(bearer)) return next(unauthorized('A shopper token cannot open the inbox.'));
    const check = await config.verifyMerchant(credentials);
    if (!check.ok) return next(refused(check));
    // The platform vouches for who is calling, not for the shape of its ids, which name documents.
    if (!isId(check.merchant.siteId)) return next(invalidId('siteId'));
    if (!isId(check.merchant.uid)) return next(invalidId('uid'));
    res.locals.merchant = check.merchant;
    next();
  };
}
