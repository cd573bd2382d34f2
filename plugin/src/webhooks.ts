/**
 * Wix webhooks: an RS256 JWT signed with the app's key pair, verified with the app's
 * public key by @wix/sdk (`webhooks.parseJWT`, the parsing half of `webhooks.process`),
 * which also refuses an expired token. A webhook for another app does not verify: every
 * app has its own key. The app's events then become the core's lifecycle events.
 */
import { AppStrategy, createClient } from '@wix/sdk';
import { decodeJwt } from 'jose';
import { HttpError } from '@kotha/common/http-error';
import type { LifecycleEvent } from '@kotha/common/platform';

export interface WixWebhookConfig {
  appId: string;
  /** The app's public key from the Dev Center (PEM, or PEM base64-encoded). */
  publicKey: string;
}

export interface WixEvent {
  eventType: string;
  instanceId: string;
  payload: Record<string, unknown>;
  /** When Wix signed it (ms): lifecycle events apply in this order whatever order they arrive in. */
  issuedAt: number;
}

/** The event of a webhook body, once its signature, app and expiry check out. */
export async function verifyWixWebhook(jwt: string, config: WixWebhookConfig): Promise<WixEvent> {
  const client = createClient({ auth: AppStrategy({ appId: config.appId, publicKey: config.publicKey }) });
  let parsed: Awaited<ReturnType<typeof client.webhooks.parseJWT>>;
  try {
    parsed = await client.webhooks.parseJWT(jwt.trim());
  } catch (cause) {
    throw new HttpError(401, 'invalid_webhook', 'The webhook is not a valid, current Wix webhook for this app.', { cause });
  }
  if (typeof parsed.instanceId !== 'string' || !parsed.instanceId || typeof parsed.eventType !== 'string') {
    throw new HttpError(400, 'invalid_webhook', 'The webhook names no event or app instance.');
  }
  const iat = decodeJwt(jwt.trim()).iat;
  return { eventType: parsed.eventType, instanceId: parsed.instanceId, payload: (parsed.payload ?? {}) as Record<string, unknown>, issuedAt: (iat ?? 0) * 1000 };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A Wix app event as the core's lifecycle event, or null for events Kotha does not act on. */
export function lifecycleEventOf(event: WixEvent): LifecycleEvent | null {
  const { instanceId: siteId, issuedAt: at, payload } = event;
  switch (event.eventType) {
    case 'AppInstalled':
      return { type: 'installed', siteId, at, originSiteId: text(payload.originInstanceId) || null, planPackage: text(payload.vendorProductId) || null };
    case 'AppRemoved':
      return { type: 'removed', siteId, at };
    case 'PaidPlanPurchased':
    case 'PaidPlanChanged':
      return { type: 'planChanged', siteId, at, planPackage: text(payload.vendorProductId), renews: true };
    case 'PaidPlanAutoRenewalCancelled':
      return { type: 'planChanged', siteId, at, planPackage: text(payload.vendorProductId), renews: false };
    default:
      return null;
  }
}
