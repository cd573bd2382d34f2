/**
 * Wix's cookie-consent policy for the panel, through Wix's documented consent API
 * (consent/wix-site.ts). Kotha's script is FUNCTIONAL: it remembers the shopper's chat in
 * localStorage only while the functional category is allowed, otherwise only in memory.
 * Off Wix (no policy), nothing restricts it.
 */
import { consentAllows, onConsentWithdrawn } from '../consent/consent';
import { consentPolicyManagerOf } from '../consent/wix-site';

export function functionalAllowed(win: Window = window): boolean {
  return consentAllows('functional', consentPolicyManagerOf(win));
}

/** Calls `onRevoked` when the shopper withdraws consent for functional storage. */
export function onConsentChange(onRevoked: () => void, win: Window = window): void {
  onConsentWithdrawn('functional', onRevoked, consentPolicyManagerOf(win));
}
