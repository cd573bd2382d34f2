/** Wix's calls to Kotha: the app's webhooks (install, removal, plans). */
import express, { Router } from 'express';
import { PATHS } from '@kotha/common/contract';
import { badRequest } from '../http/errors';
import type { WixLifecycle } from '../wix/lifecycle';
import { verifyWixWebhook, type WixWebhookConfig } from '../wix/webhooks';

export function wixRoutes(deps: { lifecycle: WixLifecycle; webhook: WixWebhookConfig }): Router {
  const router = Router();
  // The body is the signed JWT as text, whatever content type it is sent with.
  router.post(PATHS.wixWebhooks, express.text({ type: () => true, limit: '64kb' }), async (req, res) => {
    if (typeof req.body !== 'string' || !req.body.trim()) throw badRequest('The webhook body must be the signed JWT Wix sends.');
    const event = await verifyWixWebhook(req.body, deps.webhook);
    const result = await deps.lifecycle.handle(event);
    res.json({ ok: true, eventType: event.eventType, result });
  });
  return router;
}
