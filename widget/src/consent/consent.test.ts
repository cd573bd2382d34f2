import { describe, expect, it } from 'vitest';
import { consentAllows, onConsentWithdrawn } from './consent';
import { consentPolicyManagerOf, type PolicyDetails } from './wix-site';

/** A page with Wix's consent policy object, as @wix/site reads it. */
function wixPage(policy: PolicyDetails['policy']) {
  const handlers: Array<(details: PolicyDetails) => void> = [];
  const win = {
    document: { addEventListener: () => { throw new Error('the event is the fallback, not used when the policy object has a handler'); } },
    consentPolicyManager: { getCurrentConsentPolicy: () => ({ defaultPolicy: false, policy }), onConsentPolicyChanged: (handler: (details: PolicyDetails) => void) => handlers.push(handler) },
  };
  return { manager: consentPolicyManagerOf(win as never), change: (details: PolicyDetails) => handlers.forEach((handler) => handler(details)) };
}

describe('consent', () => {
  it('keeps page views (analytics) and the remembered chat (functional) apart', () => {
    const { manager } = wixPage({ essential: true, functional: true, analytics: false });
    expect(consentAllows('functional', manager)).toBe(true);
    expect(consentAllows('analytics', manager)).toBe(false);
    expect(consentAllows('analytics', wixPage({ essential: true, functional: false, analytics: true }).manager)).toBe(true);
  });

  it('follows changes through the policy’s own handler, per category', () => {
    const page = wixPage({ functional: true, analytics: true });
    const withdrawn: string[] = [];
    onConsentWithdrawn('analytics', () => withdrawn.push('analytics'), page.manager);
    onConsentWithdrawn('functional', () => withdrawn.push('functional'), page.manager);
    page.change({ policy: { functional: true, analytics: false } });
    expect(withdrawn).toEqual(['analytics']);
  });

  it('prefers Wix’s own consent object when the page has one', () => {
    const win = { document: {}, consentPolicyManager: { getCurrentConsentPolicy: () => ({ policy: { analytics: true } }) }, globals: { $ns: { 'wix-window': { consentPolicy: { getCurrentConsentPolicy: () => ({ policy: { analytics: false } }) } } } } };
    expect(consentAllows('analytics', consentPolicyManagerOf(win as never))).toBe(false);
  });
});
