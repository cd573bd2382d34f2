/**
 * Wix's calls to Kotha: the app's webhooks (install, removal, plans, contacts deleted),
 * verified and handed to the core's lifecycle, which stores each event once and answers at
 * once: Wix counts a webhook as failed after 1,250 ms and sends it again for about two days.
 */
import express, { Router } from 'express';
import { badRequest } from '@kotha/common/http-error';
import type { LifecycleSink } from '@kotha/common/platform';
import { PATHS } from '@kotha/common/contract/routes';
import { lifecycleDeliveryOf, verifyWixWebhook, warmWebhookVerifier, type WixWebhookConfig } from './webhooks';

/** The webhook endpoint: verifies each webhook and delivers its event; answers which event and what became of it. */
export function wixWebhookRoutes(deps: { lifecycle: LifecycleSink; webhook: WixWebhookConfig }): Router {
  const router = Router();
  // The key is imported now, not on the first webhook, which has the least time to spare.
  warmWebhookVerifier(deps.webhook);
  // The body is the signed JWT as text, whatever content type it is sent with.
  router.post(PATHS.wixWebhooks, express.text({ type: () => true, limit: '64kb' }), async (req, res) => {
    if (typeof req.body !== 'string' || !req.body.trim()) throw badRequest('The webhook body must be the signed JWT Wix sends.');
    const event = await verifyWixWebhook(req.body, deps.webhook);
    const delivery = lifecycleDeliveryOf(event);
    if (!delivery) {
      res.json({ ok: true, eventType: event.eventType, result: 'ignored' });
      return;
    }
    const receipt = await deps.lifecycle.receive(delivery);
    res.json({ ok: true, eventType: event.eventType, result: receipt.result, ...(receipt.duplicate ? { duplicate: true } : {}) });
  });
  return router;
}
