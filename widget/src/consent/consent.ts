/**
 * What the shopper's consent allows the widget, in Wix's categories: remembering the chat
 * (localStorage) is `functional`, the script's own category; telling the team which pages
 * the shopper visits is `analytics`. Read through Wix's documented API (wix-site.ts). A page
 * without Wix's consent policy (off Wix) restricts nothing; a policy that cannot be read is
 * not a yes.
 */
import { consentPolicyManager, type ConsentPolicy, type ConsentPolicyManager } from './wix-site';

export type ConsentCategory = keyof Pick<ConsentPolicy, 'functional' | 'analytics'>;

export function consentAllows(category: ConsentCategory, manager: ConsentPolicyManager = consentPolicyManager): boolean {
  try {
    return manager.getCurrentConsentPolicy()?.policy?.[category] !== false;
  } catch {
    return false;
  }
}

/** Calls `onWithdrawn` when the shopper withdraws consent for `category`. */
export function onConsentWithdrawn(category: ConsentCategory, onWithdrawn: () => void, manager: ConsentPolicyManager = consentPolicyManager): void {
  try {
    manager.onConsentPolicyChanged((details) => {
      if (details?.policy?.[category] === false) onWithdrawn();
    });
  } catch {
    // No policy to follow: nothing changes it either.
  }
}
