/**
 * The Wix signed `instance` credential of the dashboard iframe (the legacy
 * `?instance=` parameter): `base64url(HMAC-SHA256(appSecret, payload)) + "." + payload`,
 * where payload is base64url(JSON). Verified in constant time, with its signDate bounded.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** The fields of a decoded instance that Kotha relies on. */
export interface WixInstance {
  instanceId: string;
  appDefId: string;
  /** ISO time Wix signed it. */
  signDate: string;
  /** The Wix user who opened the dashboard: Kotha's agent id. */
  uid?: string;
  permissions?: string;
  siteOwnerId?: string;
  vendorProductId?: string | null;
  [field: string]: unknown;
}

export interface VerifyInstanceOptions {
  appSecret: string;
  appId: string;
  now: number;
  /** How old a signature may be; the dashboard reloads for a fresh one. */
  maxAgeMs?: number;
}

export type InstanceResult =
  | { ok: true; instance: WixInstance }
  | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' | 'wrong_app' };

/** Twelve hours: a merchant's working day in one dashboard session. */
export const INSTANCE_MAX_AGE_MS = 12 * 60 * 60 * 1000;
/** Clock skew allowed for a signDate in the future. */
const FUTURE_SKEW_MS = 5 * 60 * 1000;

function hmac(secret: string, data: string): Buffer {
  return createHmac('sha256', secret).update(data).digest();
}

/** Signs an instance payload as Wix does (the local stack and tests use this). */
export function signInstance(payload: WixInstance, appSecret: string): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${hmac(appSecret, encoded).toString('base64url')}.${encoded}`;
}

/** Checks signature, app and age of a signed instance; never throws. */
export function verifyInstance(signed: string, options: VerifyInstanceOptions): InstanceResult {
  const dot = signed.indexOf('.');
  if (dot <= 0 || dot === signed.length - 1) return { ok: false, reason: 'malformed' };
  const signature = Buffer.from(signed.slice(0, dot), 'base64url');
  const encoded = signed.slice(dot + 1);
  const expected = hmac(options.appSecret, encoded);
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
    return { ok: false, reason: 'bad_signature' };
  }
  let instance: WixInstance;
  try {
    instance = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as WixInstance;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof instance !== 'object' || instance === null || typeof instance.instanceId !== 'string' || !instance.instanceId) {
    return { ok: false, reason: 'malformed' };
  }
  if (instance.appDefId !== options.appId) return { ok: false, reason: 'wrong_app' };
  const signedAt = Date.parse(instance.signDate);
  if (Number.isNaN(signedAt)) return { ok: false, reason: 'malformed' };
  const age = options.now - signedAt;
  if (age > (options.maxAgeMs ?? INSTANCE_MAX_AGE_MS) || age < -FUTURE_SKEW_MS) {
    return { ok: false, reason: 'expired' };
  }
  return { ok: true, instance };
}
