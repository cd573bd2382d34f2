/**
 * Wix's cookie-consent policy, as Wix exposes it to embedded scripts
 * (`window.consentPolicyManager.getCurrentConsentPolicy()` and the `consentPolicyChanged`
 * event on document). Kotha's script is FUNCTIONAL: it remembers the shopper's chat in
 * localStorage only while the functional category is allowed, otherwise only in memory.
 * Off Wix (no manager), nothing restricts it.
 */
interface ConsentPolicy {
  functional?: boolean;
}

interface ConsentManager {
  getCurrentConsentPolicy(): { policy?: ConsentPolicy } | undefined;
}

export function functionalAllowed(win: Window & { consentPolicyManager?: ConsentManager } = window): boolean {
  const manager = win.consentPolicyManager;
  if (!manager || typeof manager.getCurrentConsentPolicy !== 'function') return true;
  try {
    return manager.getCurrentConsentPolicy()?.policy?.functional !== false;
  } catch {
    return false; // A policy we cannot read is not a yes.
  }
}

/** Calls `onRevoked` when the shopper withdraws consent for functional storage. */
export function onConsentChange(onRevoked: () => void, win: Window = window): void {
  win.document.addEventListener('consentPolicyChanged', (event) => {
    const policy = (event as CustomEvent<{ policy?: ConsentPolicy }>).detail?.policy;
    if (policy?.functional === false) onRevoked();
  });
}
