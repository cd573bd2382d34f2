/**
 * Who is calling a merchant route, by Wix's credentials for the dashboard: a Wix access
 * token from the dashboard SDK, checked with Token Info (`Authorization: <token>` with no
 * scheme, as @wix/dashboard's fetchWithAuth sends it, or `Bearer <token>`), or the legacy
 * signed instance of older dashboard sessions (`Authorization: Instance …`, or `?instance=`
 * where the route allows it).
 */
import { bareCredential, credentialFrom, type CredentialSource, type MerchantCheck } from '@kotha/common/platform';
import type { WixAccessTokens } from './access-tokens';
import { verifyInstance } from './instance';

export interface WixMerchantAuthConfig {
  appId: string;
  appSecret: string;
  clock: () => number;
  accessTokens: Pick<WixAccessTokens, 'verify'>;
}

const refuse = (refusal: 'unauthenticated' | 'forbidden' | 'unavailable', message: string): MerchantCheck => ({ ok: false, refusal, message });

/** The merchant behind a request's Wix credential, or why it is refused. */
export async function verifyWixMerchant(config: WixMerchantAuthConfig, credentials: CredentialSource): Promise<MerchantCheck> {
  const accessToken = credentialFrom(credentials, 'Bearer') ?? bareCredential(credentials);
  if (accessToken) {
    const check = await config.accessTokens.verify(accessToken);
    if (check.ok) return { ok: true, merchant: { siteId: check.siteId, uid: check.uid } };
    if (check.reason === 'wrong_app') return refuse('forbidden', 'This access token was issued to another app.');
    if (check.reason === 'expired') return refuse('unauthenticated', 'The Wix session has expired. Reload the dashboard.');
    if (check.reason === 'unavailable') return refuse('unavailable', "Wix can't confirm your sign-in right now. Try again in a moment.");
    return refuse('unauthenticated', 'The Wix access token is invalid.');
  }
  const signed = credentialFrom(credentials, 'Instance', 'instance');
  if (!signed) return refuse('unauthenticated', 'A Wix instance credential is required.');
  const result = verifyInstance(signed, { appSecret: config.appSecret, appId: config.appId, now: config.clock() });
  if (!result.ok) {
    if (result.reason === 'wrong_app') return refuse('forbidden', 'This credential belongs to another app.');
    if (result.reason === 'expired') return refuse('unauthenticated', 'The Wix session has expired. Reload the dashboard.');
    return refuse('unauthenticated', 'The Wix instance credential is invalid.');
  }
  const { instanceId, uid, siteOwnerId } = result.instance;
  // The site owner's instance may omit uid; the owner is then the agent.
  const agent = uid ?? siteOwnerId;
  if (!agent) return refuse('forbidden', 'The Wix instance names no user.');
  return { ok: true, merchant: { siteId: instanceId, uid: agent } };
}
