import { describe, expect, it } from 'vitest';
import { functionalAllowed, onConsentChange } from './consent';

const fakeWindow = (manager?: unknown) => {
  const listeners: Array<(e: Event) => void> = [];
  return {
    consentPolicyManager: manager,
    document: { addEventListener: (_: string, fn: (e: Event) => void) => listeners.push(fn) },
    fire: (detail: unknown) => listeners.forEach((fn) => fn({ detail } as unknown as Event)),
  };
};

describe('consent', () => {
  it('allows storage off Wix, and on Wix only while the functional category is allowed', () => {
    expect(functionalAllowed(fakeWindow() as never)).toBe(true);
    expect(functionalAllowed(fakeWindow({ getCurrentConsentPolicy: () => ({ policy: { functional: true } }) }) as never)).toBe(true);
    expect(functionalAllowed(fakeWindow({ getCurrentConsentPolicy: () => ({ policy: { functional: false } }) }) as never)).toBe(false);
    expect(functionalAllowed(fakeWindow({ getCurrentConsentPolicy: () => { throw new Error('x'); } }) as never)).toBe(false);
  });

  it('reports a withdrawn consent', () => {
    const win = fakeWindow();
    let revoked = 0;
    onConsentChange(() => revoked++, win as never);
    win.fire({ policy: { functional: true } });
    win.fire({ policy: { functional: false } });
    expect(revoked).toBe(1);
  });
});
