import { describe, expect, it } from 'vitest';
import { shopperAccess } from './site-access';

describe('shopperAccess', () => {
  it('opens only an installed site that is neither removed nor turned off', () => {
    const installed = { installedAt: 5, removedAt: 0, enabled: true };
    expect(shopperAccess(installed)).toBe('open');
    expect(shopperAccess(null)).toBe('not_installed');
    // A document the dashboard or a plan refresh wrote before any install.
    expect(shopperAccess({ installedAt: 0, removedAt: 0, enabled: true })).toBe('not_installed');
    expect(shopperAccess({ ...installed, removedAt: 9, enabled: false })).toBe('off');
    expect(shopperAccess({ ...installed, enabled: false })).toBe('off');
  });
});
