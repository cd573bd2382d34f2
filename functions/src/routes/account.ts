/**
 * The merchant's account routes: the plan (and where to upgrade), exports (premium),
 * and privacy requests (every plan): a full data export and erasing one shopper.
 */
import { Router } from 'express';
import { z } from 'zod';
import { merchantOf, requireMerchant, type MerchantAuthConfig } from '../auth/credentials';
import { parse } from '../http/validate';
import type { ExportStore } from '../store/export-store';
import type { PlansService } from '../wix/plans-service';

export const ACCOUNT_PATHS = {
  plan: '/v1/inbox/plan',
  export: '/v1/inbox/export',
  privacyExport: '/v1/inbox/privacy/export',
  eraseVisitor: '/v1/inbox/privacy/visitors/:visitorId',
} as const;

/** Conversations in one export, and messages per conversation. */
const EXPORT_CONVERSATIONS = 2_000;
const EXPORT_MESSAGES = 1_000;

const exportQuery = z.object({
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(0),
  format: z.enum(['json', 'csv']).default('json'),
}).refine((q) => q.to > q.from, { message: 'to must be after from', path: ['to'] });

/** A CSV field: quoted, quotes doubled, and spreadsheet formulas defused. */
export function csvField(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function accountRoutes(deps: { auth: MerchantAuthConfig; plans: PlansService; exports: ExportStore; clock: () => number }): Router {
  const router = Router();
  const merchant = requireMerchant(deps.auth, { allowQuery: false });

  router.get(ACCOUNT_PATHS.plan, merchant, async (_req, res) => {
    res.json(await deps.plans.refreshed(merchantOf(res).siteId));
  });

  async function exportRange(siteId: string, from: number, to: number) {
    const conversations = await deps.exports.conversationsBetween(siteId, from, to, EXPORT_CONVERSATIONS);
    return Promise.all(conversations.map(async (c) => ({ ...c, messages: await deps.exports.messagesOf(siteId, c.id, EXPORT_MESSAGES) })));
  }

  router.get(ACCOUNT_PATHS.export, merchant, deps.plans.require('premium'), async (req, res) => {
    const { from, to, format } = parse(exportQuery, req.query, 'export');
    const { siteId, uid } = merchantOf(res);
    const conversations = await exportRange(siteId, from, to);
    await deps.exports.audit(siteId, { action: 'export', by: uid, at: deps.clock(), details: { from, to, format, conversations: conversations.length } });
    if (format === 'json') return res.json({ conversations });
    const header = ['conversation', 'visitor', 'email', 'status', 'created', 'time', 'author', 'text'];
    const rows = conversations.flatMap((c) => c.messages.map((m) => [c.id, c.visitorName, c.visitorEmail, c.status, new Date(c.createdAt).toISOString(), new Date(m.createdAt).toISOString(), m.author, m.text]));
    res.type('text/csv').attachment('kotha-conversations.csv').send([header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n'));
  });

  router.get(ACCOUNT_PATHS.privacyExport, merchant, async (_req, res) => {
    const { siteId, uid } = merchantOf(res);
    const conversations = await exportRange(siteId, 0, deps.clock() + 1);
    await deps.exports.audit(siteId, { action: 'privacy-export', by: uid, at: deps.clock(), details: { conversations: conversations.length } });
    res.attachment('kotha-site-data.json').json({ siteId, exportedAt: deps.clock(), conversations });
  });

  router.delete(ACCOUNT_PATHS.eraseVisitor, merchant, async (req, res) => {
    const { siteId, uid } = merchantOf(res);
    const visitorId = String(req.params.visitorId);
    const deleted = await deps.exports.deleteVisitor(siteId, visitorId);
    await deps.exports.audit(siteId, { action: 'erase-visitor', by: uid, at: deps.clock(), details: { visitorId, deleted } });
    res.json({ deleted });
  });

  return router;
}
