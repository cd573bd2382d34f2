/** Wix's calls to Kotha: the app's webhooks (install, removal, plans), delivered to the core's lifecycle. */
import express, { Router } from 'express';
import { badRequest } from '@kotha/common/http-error';
import type { LifecycleSink } from '@kotha/common/platform';
import { PATHS } from '@kotha/common/contract/routes';
import { lifecycleEventOf, verifyWixWebhook, type WixWebhookConfig } from './webhooks';

/** The webhook endpoint: verifies each webhook and applies its event; answers which event and what it did. */
export function wixWebhookRoutes(deps: { lifecycle: LifecycleSink; webhook: WixWebhookConfig }): Router {
  const router = Router();
  // The body is the signed JWT as text, whatever content type it is sent with.
  router.post(PATHS.wixWebhooks, express.text({ type: () => true, limit: '64kb' }), async (req, res) => {
    if (typeof req.body !== 'string' || !req.body.trim()) throw badRequest('The webhook body must be the signed JWT Wix sends.');
    const event = await verifyWixWebhook(req.body, deps.webhook);
    const lifecycleEvent = lifecycleEventOf(event);
    const result = lifecycleEvent ? await deps.lifecycle.apply(lifecycleEvent) : 'ignored';
    res.json({ ok: true, eventType: event.eventType, result });
  });
  return router;
}
