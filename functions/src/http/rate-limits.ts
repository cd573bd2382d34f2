/**
 * The shopper-facing rate limits, with their numbers from the contract (ABUSE_LIMITS).
 * Bursts are counted per minute in this instance's memory, created once per app so every
 * route that takes a message counts against the same budget: a flood is cut where it
 * lands, and a shopper's message costs no counter write. New visitors are counted across
 * instances (store/rate-counters.ts), since each one is a fresh identity with fresh
 * per-visitor budgets.
 */
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { ABUSE_LIMITS } from '@kotha/common/contract';
import { TYPING_SEND_EVERY_MS } from '@kotha/common/typing';
import { visitorOf } from '../auth/credentials';
import { Limited } from '../domain/errors';
import type { RateCounters } from '../store/rate-counters';
import { HttpError } from './errors';

/** Every bound, as the app is configured (tests and the bench lower or lift some). */
export type RateLimits = { -readonly [K in keyof typeof ABUSE_LIMITS]: number };

export const DEFAULT_RATE_LIMITS: RateLimits = { ...ABUSE_LIMITS };

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

const HOUR_MS = 3_600_000;

/**
 * Admits a new visitor of a site from an address, across instances, or throws Limited.
 * A returning shopper resumes their token and is not counted.
 */
export function newVisitorGate(counters: RateCounters, limits: Pick<RateLimits, 'newVisitorsPerIpPerSiteHour'>) {
  return async (siteId: string, address: string | undefined): Promise<void> => {
    const admitted = await counters.hit({ key: `visitor\u0000${siteId}\u0000${address ?? 'unknown'}`, windowMs: HOUR_MS, limit: limits.newVisitorsPerIpPerSiteHour });
    if (!admitted) throw new Limited('rate_limited', 'Too many new chats from your network on this site. Try again in an hour.');
  };
}
