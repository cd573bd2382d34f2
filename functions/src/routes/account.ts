/**
 * The merchant's account routes: the plan (and where to upgrade), the owners' phone
 * alerts, exports (premium), and privacy requests (every plan): a full data export and
 * erasing one shopper.
 */
import { Router, type Response } from 'express';
import { idCheckedRouter } from '../http/route-ids';
import { exportQuery, ownerAlertsRequest, PATHS, weeklyDigestRequest } from '@kotha/common/contract';
import type { OwnerAlertsResponse, WeeklyDigestResponse } from '@kotha/common/contract/account';
import type { DigestStore } from '../store/digest-store';
import type { HoursStore } from '../store/hours-store';
import type { OwnerAlerts } from '../alerts/owner-alerts';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import { parse } from '../http/validate';
import type { ExportStore } from '../store/export-store';
import type { PlansService } from '../plans/plans-service';

/** A CSV field: quoted, quotes doubled, and spreadsheet formulas defused. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function accountRoutes(deps: { auth: MerchantAuthConfig; plans: PlansService; exports: ExportStore; alerts: OwnerAlerts; digests: DigestStore; hours: Pick<HoursStore, 'get'>; clock: () => number }): Router {
  const router = idCheckedRouter();
  const merchant = requireMerchant(deps.auth, { allowQuery: false });

  router.get(PATHS.plan, merchant, async (_req, res) => {
    res.json(await deps.plans.refreshed(merchantOf(res).siteId));
  });

  router.get(PATHS.ownerAlerts, merchant, async (_req, res) => {
    res.json((await deps.alerts.settings(merchantOf(res).siteId)) satisfies OwnerAlertsResponse);
  });

  router.put(PATHS.ownerAlerts, merchant, async (req, res) => {
    const { enabled } = parse(ownerAlertsRequest, req.body, 'owner alerts');
    const { siteId, uid } = merchantOf(res);
    await deps.alerts.setEnabled(siteId, enabled);
    await deps.exports.audit(siteId, { action: 'owner-alerts', by: uid, at: deps.clock(), details: { enabled } });
    res.json((await deps.alerts.settings(siteId)) satisfies OwnerAlertsResponse);
  });

  const digestSettings = async (siteId: string): Promise<WeeklyDigestResponse> => {
    const [enabled, hours] = await Promise.all([deps.digests.enabled(siteId), deps.hours.get(siteId)]);
    return { enabled, email: hours.merchantEmail };
  };

  router.get(PATHS.weeklyDigest, merchant, async (_req, res) => {
    res.json(await digestSettings(merchantOf(res).siteId));
  });

  router.put(PATHS.weeklyDigest, merchant, async (req, res) => {
    const { enabled } = parse(weeklyDigestRequest, req.body, 'weekly digest');
    const { siteId, uid } = merchantOf(res);
    await deps.digests.setEnabled(siteId, enabled);
    await deps.exports.audit(siteId, { action: 'weekly-digest', by: uid, at: deps.clock(), details: { enabled } });
    res.json(await digestSettings(siteId));
  });

  /**
   * Streams every conversation of the range as JSON (`head` fields first), one at a time,
   * so an export of any size never sits whole in memory; returns how many went.
   */
  async function streamJson(res: Response, head: Record<string, unknown>, conversations: AsyncIterable<unknown>): Promise<number> {
    res.type('application/json');
    res.write(`${JSON.stringify(head).slice(0, -1)}${Object.keys(head).length ? ',' : ''}"conversations":[`);
    let count = 0;
    for await (const conversation of conversations) res.write(`${count++ ? ',' : ''}${JSON.stringify(conversation)}`);
    res.end(']}');
    return count;
  }

  router.get(PATHS.export, merchant, deps.plans.require('premium'), async (req, res) => {
    const { from, to, format } = parse(exportQuery, req.query, 'export');
    const { siteId, uid } = merchantOf(res);
    const conversations = deps.exports.conversationsBetween(siteId, from, to);
    let count = 0;
    if (format === 'json') {
      count = await streamJson(res.attachment('kotha-conversations.json'), {}, conversations);
    } else {
      res.type('text/csv').attachment('kotha-conversations.csv');
      res.write(['conversation', 'visitor', 'email', 'status', 'created', 'time', 'author', 'text'].map(csvField).join(','));
      for await (const c of conversations) {
        count++;
        for (const m of c.messages) res.write(`\r\n${[c.id, c.visitorName, c.visitorEmail, c.status, new Date(c.createdAt).toISOString(), new Date(m.createdAt).toISOString(), m.author, m.text].map(csvField).join(',')}`);
      }
      res.end();
    }
    await deps.exports.audit(siteId, { action: 'export', by: uid, at: deps.clock(), details: { from, to, format, conversations: count } });
  });

  router.get(PATHS.privacyExport, merchant, async (_req, res) => {
    const { siteId, uid } = merchantOf(res);
    const exportedAt = deps.clock();
    const count = await streamJson(res.attachment('kotha-site-data.json'), { siteId, exportedAt }, deps.exports.conversationsBetween(siteId, 0, exportedAt + 1));
    await deps.exports.audit(siteId, { action: 'privacy-export', by: uid, at: deps.clock(), details: { conversations: count } });
  });

  router.delete(PATHS.eraseVisitor, merchant, async (req, res) => {
    const { siteId, uid } = merchantOf(res);
    const visitorId = String(req.params.visitorId);
    const deleted = await deps.exports.deleteVisitor(siteId, visitorId);
    await deps.exports.audit(siteId, { action: 'erase-visitor', by: uid, at: deps.clock(), details: { visitorId, deleted } });
    res.json({ deleted });
  });

  return router;
}
