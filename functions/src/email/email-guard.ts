/**
 * What may be emailed, decided before an email is written to the outbox: never an address
 * on the suppression list; at most so many emails a day to one shopper's address from all
 * sites (a shopper names any address they like, so without this a few fresh visitors could
 * mail a stranger a hundred times a minute); at most so many an hour from one site. Emails
 * to the merchant's own address count toward the site's hour only. Counted across
 * instances (store/rate-counters.ts), once per email: a retry is not counted again.
 */
import type { RateLimits } from '../http/rate-limits';
import type { RateCounters } from '../store/rate-counters';
import type { SuppressionStore } from '../store/suppression-store';

export type EmailRefusal = 'suppressed' | 'recipient_limit' | 'site_limit';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export class EmailGuard {
  constructor(private readonly deps: { suppressions: SuppressionStore; counters: RateCounters; limits: Pick<RateLimits, 'emailsPerRecipientPerDay' | 'emailsPerSitePerHour'> }) {}

  /** Null when the email may go; else why not. Counts it when it may. */
  async check(siteId: string, to: string, toShopper: boolean): Promise<EmailRefusal | null> {
    const { suppressions, counters, limits } = this.deps;
    if (await suppressions.isSuppressed(to)) return 'suppressed';
    const address = to.trim().toLowerCase();
    if (toShopper && !(await counters.hit({ key: `email-to\u0000${address}`, windowMs: DAY_MS, limit: limits.emailsPerRecipientPerDay }))) return 'recipient_limit';
    if (!(await counters.hit({ key: `email-from\u0000${siteId}`, windowMs: HOUR_MS, limit: limits.emailsPerSitePerHour }))) return 'site_limit';
    return null;
  }
}
