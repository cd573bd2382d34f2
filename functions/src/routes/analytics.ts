/** The Analytics tab's route: figures of a period, or its conversations as CSV. Merchant credential. */
import { Router } from 'express';
import { analyticsQuery, PATHS, type AnalyticsResponse } from '@kotha/common/contract';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import type { AnalyticsService } from '../analytics/analytics-service';
import { idCheckedRouter } from '../http/route-ids';
import { parse } from '../http/validate';
import { csvField } from './account';

export function analyticsRoutes(deps: { auth: MerchantAuthConfig; analytics: AnalyticsService }): Router {
  const router = idCheckedRouter();
  const merchant = requireMerchant(deps.auth, { allowQuery: false });

  router.get(PATHS.analytics, merchant, async (req, res) => {
    const { format, ...request } = parse(analyticsQuery, req.query, 'analytics');
    const { siteId } = merchantOf(res);
    if (format === 'csv') {
      const rows = await deps.analytics.csvRows(siteId, request);
      res.type('text/csv').attachment('kotha-analytics.csv').send(rows.map((row) => row.map(csvField).join(',')).join('\r\n'));
      return;
    }
    res.set('Cache-Control', 'no-store');
    res.json((await deps.analytics.report(siteId, request)) satisfies AnalyticsResponse);
  });

  return router;
}
