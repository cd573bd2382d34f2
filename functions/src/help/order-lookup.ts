/**
 * "Where is my order?": the shopper's order number and email checked against the shop's
 * orders through the platform. Every attempt counts, right or wrong, across instances
 * (store/rate-counters.ts, HELP_LIMITS.orderLookupsPerVisitorHour); an unknown number and a
 * wrong email answer alike; the email is never logged or stored, only passed to the
 * platform.
 */
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import type { OrderLookupResponse } from '@kotha/common/contract/help';
import { OrdersUnavailable, type Platform } from '@kotha/common/platform';
import { withDeadline } from '../http/deadline';
import type { HelpEventStore } from '../store/help-event-store';
import type { RateCounters } from '../store/rate-counters';

const HOUR_MS = 3_600_000;
/** A platform slower than this is "unavailable": the shopper is not left waiting. */
export const ORDER_LOOKUP_DEADLINE_MS = 5_000;

export class OrderLookup {
  constructor(private readonly deps: { platform: Pick<Platform, 'lookupOrder'>; counters: RateCounters; events: HelpEventStore; clock: () => number; warn: (message: string, fields: Record<string, unknown>) => void }) {}

  async lookup(siteId: string, visitorId: string, orderNumber: string, email: string): Promise<OrderLookupResponse> {
    const now = this.deps.clock();
    const allowed = await this.deps.counters.hit({ key: `orders\u0000${siteId}\u0000${visitorId}`, windowMs: HOUR_MS, limit: HELP_LIMITS.orderLookupsPerVisitorHour });
    const response: OrderLookupResponse = allowed ? await this.ask(siteId, orderNumber, email) : { result: 'too-many', retryAfterSeconds: Math.ceil((HOUR_MS - (now % HOUR_MS)) / 1000) };
    await this.deps.events.record(siteId, { kind: 'order', visitorId, at: now, result: response.result });
    if (response.result === 'found') await this.deps.events.orderFound(siteId, visitorId, response.order.number, now);
    return response;
  }

  private async ask(siteId: string, orderNumber: string, email: string): Promise<OrderLookupResponse> {
    const lookupOrder = this.deps.platform.lookupOrder;
    if (!lookupOrder) return { result: 'unavailable' };
    const late = (): never => {
      throw new OrdersUnavailable('unavailable');
    };
    try {
      const order = await withDeadline(lookupOrder.call(this.deps.platform, siteId, orderNumber, email), ORDER_LOOKUP_DEADLINE_MS, late);
      return order ? { result: 'found', order } : { result: 'not-found' };
    } catch (error) {
      // The reason only: never the email.
      this.deps.warn('order lookup unavailable', { siteId, reason: error instanceof OrdersUnavailable ? error.reason : 'error', ...(error instanceof OrdersUnavailable ? {} : { error: String((error as Error)?.message ?? error) }) });
      return { result: 'unavailable' };
    }
  }
}
