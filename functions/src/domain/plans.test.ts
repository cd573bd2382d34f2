import { describe, expect, it } from 'vitest';
import { planAt, PLAN_LIMITS } from './plans';

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
});
