/**
 * Express middleware that turns a request's credential into the verified tenant.
 * siteId comes from here only: never from a body or a query field of its own.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { decodeProtectedHeader } from 'jose';
import { verifyInstance } from '../../../plugin/src/instance';
import { forbidden, HttpError, unauthorized } from '../http/errors';
import type { AccessTokenCheck } from '../wix/access-tokens';
import type { VisitorIdentity, VisitorTokens } from './visitor-token';

export interface MerchantIdentity {
  siteId: string;
  /** The Wix user acting in the dashboard. */
  uid: string;
}

export interface MerchantAuthConfig {
  wixAppId: string;
  wixAppSecret: string;
  clock: () => number;
  /** Checks a Wix access token (`Authorization: Bearer …` from the dashboard SDK) with Token Info. */
  accessTokens?: { verify(token: string): Promise<AccessTokenCheck> };
}

/** The credential after a scheme word (`Bearer x`, `Instance x`), or from `?name=` where allowed. */
function credential(req: Request, scheme: string, queryName: string | null): string | null {
  const header = req.get('authorization');
  if (header) {
    const [given, value] = header.split(' ', 2);
    return given?.toLowerCase() === scheme.toLowerCase() && value ? value.trim() : null;
  }
  const fromQuery = queryName ? req.query[queryName] : undefined;
  return typeof fromQuery === 'string' && fromQuery ? fromQuery : null;
}

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
    const token = credential(req, 'Bearer', options.allowQuery ? 'token' : null);
    if (!token) return next(unauthorized('A visitor token is required.'));
    const visitor = await tokens.verify(token);
    if (!visitor) return next(unauthorized('The visitor token is invalid or expired. Start a new session.'));
    res.locals.visitor = visitor;
    next();
  };
}

/**
 * Requires a Wix credential for the dashboard: the signed instance (`Authorization:
 * Instance …`, or `?instance=` when allowed), or a Wix access token (`Authorization:
 * Bearer …`) checked with Token Info.
 */
export function requireMerchant(config: MerchantAuthConfig, options: { allowQuery: boolean }): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    const accessToken = config.accessTokens ? credential(req, 'Bearer', null) : null;
    // Our own shopper tokens (HS256 JWTs) are never Wix's: refuse them here, without asking Wix.
    if (accessToken && isOurJwt(accessToken)) return next(unauthorized('A shopper token cannot open the inbox.'));
    if (accessToken && config.accessTokens) {
      const check = await config.accessTokens.verify(accessToken);
      if (!check.ok) {
        if (check.reason === 'wrong_app') return next(forbidden('This access token was issued to another app.'));
        if (check.reason === 'expired') return next(unauthorized('The Wix session has expired. Reload the dashboard.'));
        if (check.reason === 'unavailable') return next(new HttpError(503, 'wix_unavailable', "Wix can't confirm your sign-in right now. Try again in a moment."));
        return next(unauthorized('The Wix access token is invalid.'));
      }
      res.locals.merchant = { siteId: check.siteId, uid: check.uid } satisfies MerchantIdentity;
      return next();
    }
    const signed = credential(req, 'Instance', options.allowQuery ? 'instance' : null);
    if (!signed) return next(unauthorized('A Wix instance credential is required.'));
    const result = verifyInstance(signed, { appSecret: config.wixAppSecret, appId: config.wixAppId, now: config.clock() });
    if (!result.ok) {
      if (result.reason === 'wrong_app') return next(forbidden('This credential belongs to another app.'));
      if (result.reason === 'expired') return next(unauthorized('The Wix session has expired. Reload the dashboard.'));
      return next(unauthorized('The Wix instance credential is invalid.'));
    }
    const { instanceId, uid, siteOwnerId } = result.instance;
    // The site owner's instance may omit uid; the owner is then the agent.
    const agent = uid ?? siteOwnerId;
    if (!agent) return next(forbidden('The Wix instance names no user.'));
    res.locals.merchant = { siteId: instanceId, uid: agent } satisfies MerchantIdentity;
    next();
  };
}
