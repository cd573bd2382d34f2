/**
 * Open streams, counted in this instance's memory: what a stream costs (a socket, its
 * buffers, a hub subscription) is this instance's, and it is freed the moment the stream
 * closes, so a count that dies with the process is the right one. One person's tabs share
 * a budget (streamsPerVisitor), and so do all the streams from one address
 * (streamsPerIp); the platform spreads no single client over many instances for long.
 */
import type { Request, RequestHandler, Response } from 'express';
import { HttpError } from './errors';
import type { RateLimits } from './rate-limits';

export class StreamLimits {
  private readonly open = new Map<string, number>();

  constructor(private readonly limits: Pick<RateLimits, 'streamsPerVisitor' | 'streamsPerIp'>) {}

  /**
   * Middleware (after the credential check) that holds a place for the stream under the
   * caller's key and address until the client goes, or refuses it with 429.
   */
  hold(holder: (req: Request, res: Response) => string): RequestHandler {
    return (req, res, next) => {
      const keys: Array<[string, number]> = [
        [`holder\u0000${holder(req, res)}`, this.limits.streamsPerVisitor],
        [`address\u0000${req.ip ?? 'unknown'}`, this.limits.streamsPerIp],
      ];
      if (keys.some(([key, max]) => (this.open.get(key) ?? 0) >= max)) {
        return next(new HttpError(429, 'too_many_streams', 'Too many open chat windows. Close one and try again.'));
      }
      for (const [key] of keys) this.open.set(key, (this.open.get(key) ?? 0) + 1);
      res.once('close', () => {
        for (const [key] of keys) {
          const left = (this.open.get(key) ?? 1) - 1;
          if (left > 0) this.open.set(key, left);
          else this.open.delete(key);
        }
      });
      next();
    };
  }
}
