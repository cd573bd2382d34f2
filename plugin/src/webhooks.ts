/**
 * Wix webhooks: an RS256 JWT signed with the app's key pair, verified with the app's
 * public key by @wix/sdk (`webhooks.parseJWT`, the parsing half of `webhooks.process`),
 * which also refuses an expired token. A webhook for another app does not verify: every
 * app has its own key. The app's events then become the core's lifecycle events: the eight
 * app-instance events (install, removal and the six plan events) and a contact deleted on
 * the site.
 */
import { createHash } from 'node:crypto';
import { AppStrategy, createClient } from '@wix/sdk';
import { decodeJwt } from 'jose';
import { HttpError } from '@kotha/common/http-error';
import type { LifecycleDelivery, LifecycleEvent } from '@kotha/common/platform';

export interface WixWebhookConfig {
  appId: string;
  /** The app's public key from the Dev Center, as a multi-line PEM (public-key.ts reads and checks it). */
  publicKey: string;
}

export interface WixEvent {
  eventType: string;
  instanceId: string;
  payload: Record<string, unknown>;
  /** When Wix signed it (ms): lifecycle events apply in this order whatever order they arrive in. */
  issuedAt: number;
}

/** A verified webhook: its event, and an id that is the same for every delivery of it (Wix's event id when it sends one, else the signed data and its time). */
export type WixDelivery = WixEvent & { deliveryId: string };

type WebhookClient = { webhooks: { parseJWT(jwt: string): Promise<{ instanceId?: unknown; eventType?: unknown; payload?: unknown }> } };
const clients = new Map<string, WebhookClient>();

/** One verifying client per app and key: the key is imported once, not on every webhook. */
function clientFor(config: WixWebhookConfig): WebhookClient {
  const key = `${config.appId}\n${config.publicKey}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ auth: AppStrategy({ appId: config.appId, publicKey: config.publicKey }) }) as unknown as WebhookClient;
    clients.set(key, client);
  }
  return client;
}

/** Builds the verifying client and imports the key ahead of the first webhook. */
export function warmWebhookVerifier(config: WixWebhookConfig): void {
  clientFor(config);
  void import('jose').then(({ importSPKI }) => importSPKI(config.publicKey, 'RS256')).catch(() => {});
}

/** The event of a webhook body, once its signature, app and expiry check out. */
export async function verifyWixWebhook(jwt: string, config: WixWebhookConfig): Promise<WixDelivery> {
  const token = jwt.trim();
  let parsed: Awaited<ReturnType<WebhookClient['webhooks']['parseJWT']>>;
  try {
    parsed = await clientFor(config).webhooks.parseJWT(token);
  } catch (cause) {
    throw new HttpError(401, 'invalid_webhook', 'The webhook is not a valid, current Wix webhook for this app.', { cause });
  }
  if (typeof parsed.instanceId !== 'string' || !parsed.instanceId || typeof parsed.eventType !== 'string') {
    throw new HttpError(400, 'invalid_webhook', 'The webhook names no event or app instance.');
  }
  const claims = decodeJwt(token);
  const payload = (parsed.payload ?? {}) as Record<string, unknown>;
  const issuedAt = (claims.iat ?? 0) * 1000;
  const wixEventId = typeof payload.id === 'string' && payload.id ? payload.id : '';
  const deliveryId = wixEventId ? `wix-event:${wixEventId}` : `wix-jwt:${createHash('sha256').update(`${String(claims.data ?? '')}\n${claims.iat ?? ''}`).digest('hex')}`;
  return { eventType: parsed.eventType, instanceId: parsed.instanceId, payload, issuedAt, deliveryId };
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const time = (value: unknown) => {
  const ms = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? ms : null;
};

/** Wix's app-instance events and what they mean for the plan. */
const PLAN_EVENTS: Record<string, { renews: boolean }> = {
  PaidPlanPurchased: { renews: true },
  PaidPlanChanged: { renews: true },
  // Auto-renewal turned back on.
  PlanReactivated: { renews: true },
  // A free trial ended and was paid.
  PlanConvertedToPaid: { renews: true },
  // The paid plan moved to another Wix account with the site; the daily reconciliation checks its renewal.
  PlanTransferred: { renews: true },
  // The plan, or its renewal, was cancelled: paid access lasts to the end of the cycle.
  PaidPlanAutoRenewalCancelled: { renews: false },
};

/** Every event type Kotha subscribes to. */
export const HANDLED_WIX_EVENTS = ['AppInstalled', 'AppRemoved', ...Object.keys(PLAN_EVENTS), 'wix.contacts.v4.contact_deleted'] as const;

/** A Wix event as the core's lifecycle event, or null for events Kotha does not act on. */
export function lifecycleEventOf(event: WixEvent): LifecycleEvent | null {
  const { instanceId: siteId, issuedAt: at, payload } = event;
  const plan = PLAN_EVENTS[event.eventType];
  if (plan) {
    return { type: 'planChanged', siteId, at, planPackage: text(payload.vendorProductId), renews: plan.renews, ...(time(payload.expiresOn) ? { expiresAt: time(payload.expiresOn) } : {}) };
  }
  switch (event.eventType) {
    case 'AppInstalled':
      return { type: 'installed', siteId, at, originSiteId: text(payload.originInstanceId) || null, planPackage: text(payload.vendorProductId) || null };
    case 'AppRemoved':
      return { type: 'removed', siteId, at };
    case 'wix.contacts.v4.contact_deleted':
      // A contact merged into another is the same person, still there: nothing to erase.
      if (text(payload.originatedFrom) === 'merge' || !text(payload.entityId)) return null;
      return { type: 'contactDeleted', siteId, at: time(payload.eventTime) ?? at, contactId: text(payload.entityId) };
    default:
      return null;
  }
}

/** The delivery the core receives for a Wix event, or null when Kotha does not act on it. */
export function lifecycleDeliveryOf(event: WixDelivery): LifecycleDelivery | null {
  const lifecycle = lifecycleEventOf(event);
  return lifecycle ? { id: event.deliveryId, event: lifecycle } : null;
}
