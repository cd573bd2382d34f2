/**
 * Wix's documented consent API for code on a site: `consentPolicyManager` of `@wix/site`
 * (getCurrentConsentPolicy, onConsentPolicyChanged;
 * https://dev.wix.com/docs/sdk/host-modules/site/consent-policy-manager/introduction).
 *
 * `@wix/site` is not a dependency of this repository yet. Until it is, this file has the
 * two functions Kotha uses with the behaviour of `@wix/site` 1.68, whose
 * `consentPolicyManager` is `@wix/consent-policy-manager` 1.15: the site's consent policy
 * object (Wix's `globals.$ns['wix-window'].consentPolicy`, else the page's
 * `consentPolicyManager`), and for changes its handler or else the `consentPolicyChanged`
 * event on document. Unlike the package it writes nothing to the console (App Market review
 * forbids console noise). Once `@wix/site` is installed this file becomes
 * `export { consentPolicyManager } from '@wix/site';` and `consentPolicyManagerOf` goes.
 */

/** The categories a site visitor allows (Wix's names). */
export interface ConsentPolicy {
  essential?: boolean;
  functional?: boolean;
  analytics?: boolean;
  advertising?: boolean;
  dataToThirdParty?: boolean;
}

export interface PolicyDetails {
  /** True while the visitor has not chosen: the site's default policy applies. */
  defaultPolicy?: boolean;
  policy?: ConsentPolicy;
}

export interface ConsentPolicyManager {
  getCurrentConsentPolicy(): PolicyDetails | undefined;
  onConsentPolicyChanged(handler: (details: PolicyDetails | undefined) => void): unknown;
}

interface SiteConsentPolicy {
  getCurrentConsentPolicy?(): PolicyDetails | undefined;
  onConsentPolicyChanged?(handler: (details: PolicyDetails | undefined) => void): unknown;
}

type ConsentWindow = Pick<Window, 'document'> & { consentPolicyManager?: SiteConsentPolicy; globals?: { $ns?: Record<string, { consentPolicy?: SiteConsentPolicy } | undefined> } };

/** `@wix/site`'s consentPolicyManager over the page `win` (tests hand in their own). */
export function consentPolicyManagerOf(win: ConsentWindow): ConsentPolicyManager {
  const site = () => win.globals?.$ns?.['wix-window']?.consentPolicy ?? win.consentPolicyManager;
  return {
    getCurrentConsentPolicy: () => site()?.getCurrentConsentPolicy?.(),
    onConsentPolicyChanged(handler) {
      const manager = site();
      if (manager?.onConsentPolicyChanged) return manager.onConsentPolicyChanged(handler);
      win.document.addEventListener('consentPolicyChanged', (event) => handler((event as CustomEvent<PolicyDetails | undefined>).detail));
    },
  };
}

/** As `import { consentPolicyManager } from '@wix/site'`. */
export const consentPolicyManager: ConsentPolicyManager = {
  getCurrentConsentPolicy: () => consentPolicyManagerOf(window).getCurrentConsentPolicy(),
  onConsentPolicyChanged: (handler) => consentPolicyManagerOf(window).onConsentPolicyChanged(handler),
};
