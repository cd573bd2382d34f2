import { describe, expect, it } from 'vitest';
import { planAt, planDiffers, planFromPlatform, PLAN_LIMITS } from './plans';

describe('plans', () => {
  it('is premium with a paid package until a cancelled plan’s paid period ends', () => {
    expect(planAt({ planPackage: '', planExpiresAt: 0 }, 1000)).toBe('free');
    expect(planAt({ planPackage: 'kotha-premium', planExpiresAt: 0 }, 1000)).toBe('premium');
    expect(planAt({ planPackage: 'kotha-premium', planExpiresAt: 2000 }, 1999)).toBe('premium');
    expect(planAt({ planPackage: 'kotha-premium', planExpiresAt: 2000 }, 2000)).toBe('free');
  });

  it('limits the free plan to one agent and 60 days, with branding and no exports', () => {
    expect(PLAN_LIMITS.free).toEqual({ agents: 1, historyDays: 60, branding: true, exports: false });
    expect(PLAN_LIMITS.premium.exports).toBe(true);
  });

  it('takes the platform’s word: free when it says free, and a cancelled plan without an end date stays premium', () => {
    expect(planFromPlatform({ packageName: null, expiresAt: null, autoRenewing: false })).toEqual({ planPackage: '', planExpiresAt: 0, planRenews: false });
    expect(planFromPlatform({ packageName: 'kotha-premium', expiresAt: 5000, autoRenewing: true })).toEqual({ planPackage: 'kotha-premium', planExpiresAt: 0, planRenews: true });
    expect(planFromPlatform({ packageName: 'kotha-premium', expiresAt: 5000, autoRenewing: false })).toEqual({ planPackage: 'kotha-premium', planExpiresAt: 5000, planRenews: false });
    // A monthly Wix plan names no end: still premium, until the platform says free.
    const monthlyCancelled = planFromPlatform({ packageName: 'kotha-premium', expiresAt: null, autoRenewing: false });
    expect(planAt(monthlyCancelled, Number.MAX_SAFE_INTEGER)).toBe('premium');
    expect(planDiffers(monthlyCancelled, { ...monthlyCancelled })).toBe(false);
    expect(planDiffers(monthlyCancelled, { ...monthlyCancelled, planRenews: true })).toBe(true);
  });
});
