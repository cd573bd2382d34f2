/**
 * The shopper-facing rate limits, created once per app so every route that takes a
 * message counts against the same budget. Per minute, per API instance, in memory: a
 * flood is cut where it lands.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { TYPING_SEND_EVERY_MS } from '@kotha/common/typing';
import { visitorOf } from '../auth/credentials';
import { HttpError } from './errors';

export interface RateLimits {
  /** New sessions per client address (shoppers behind one NAT share it). */
  sessionsPerIp: number;
  /** Messages per visitor: generous for people, tight for scripts. */
  messagesPerVisitor: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { sessionsPerIp: 120, messagesPerVisitor: 40 };

export interface ShopperLimits {
  /** Starting sessions, per client address. */
  sessions: RequestHandler;
  /** Messages of any kind (chat or left outside hours), per visitor; after requireVisitor. */
  messages: RequestHandler;
  /** Cheap public reads made on page views (availability), per client address. */
  pageViews: RequestHandler;
  /** "Is typing" signals, per visitor (the widget sends at most one every few seconds). */
  typing: RequestHandler;
}

const tooMany = (message: string) => () => {
  throw new HttpError(429, 'rate_limited', message);
};

export function shopperLimits(limits: RateLimits): ShopperLimits {
  const perMinute = { windowMs: 60_000, standardHeaders: 'draft-8', legacyHeaders: false } as const;
  return {
    sessions: rateLimit({ ...perMinute, limit: limits.sessionsPerIp, handler: tooMany('Too many new sessions. Wait a minute.') }),
    messages: rateLimit({
      ...perMinute,
      limit: limits.messagesPerVisitor,
      keyGenerator: (_req, res) => `${visitorOf(res).siteId}/${visitorOf(res).visitorId}`,
      handler: tooMany('You are sending messages too fast. Wait a moment and try again.'),
    }),
    // Every page view of a shop asks once; a whole office behind one address browses too.
    pageViews: rateLimit({ ...perMinute, limit: limits.sessionsPerIp * 10, handler: tooMany('Too many requests. Wait a minute.') }),
    // Twice the pace a typing widget keeps (40 a minute).
    typing: rateLimit({
      ...perMinute,
      limit: (2 * perMinute.windowMs) / TYPING_SEND_EVERY_MS,
      keyGenerator: (_req, res) => `${visitorOf(res).siteId}/${visitorOf(res).visitorId}`,
      handler: tooMany('Too many typing signals.'),
    }),
  };
}
