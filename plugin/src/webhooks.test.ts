import { describe, expect, it } from 'vitest';
import { lifecycleEventOf, type WixEvent } from './webhooks';

const wix = (eventType: string, payload: Record<string, unknown> = {}): WixEvent => ({ eventType, instanceId: 'inst-1', payload, issuedAt: 1_000 });

describe('lifecycleEventOf', () => {
  it('turns an install into the core’s, with the original site of a copy and a plan bought with it', () => {
    expect(lifecycleEventOf(wix('AppInstalled', { appId: 'app', originInstanceId: '' }))).toEqual({ type: 'installed', siteId: 'inst-1', at: 1_000, originSiteId: null, planPackage: null });
    expect(lifecycleEventOf(wix('AppInstalled', { originInstanceId: 'inst-0', vendorProductId: 'kotha-premium' }))).toMatchObject({ originSiteId: 'inst-0', planPackage: 'kotha-premium' });
  });

  it('keeps a bought or changed plan renewing, and a cancelled renewal running to the end of its period', () => {
    expect(lifecycleEventOf(wix('PaidPlanPurchased', { vendorProductId: 'kotha-premium' }))).toEqual({ type: 'planChanged', siteId: 'inst-1', at: 1_000, planPackage: 'kotha-premium', renews: true });
    expect(lifecycleEventOf(wix('PaidPlanChanged', { vendorProductId: 'kotha-premium-yearly' }))).toMatchObject({ planPackage: 'kotha-premium-yearly', renews: true });
    expect(lifecycleEventOf(wix('PaidPlanAutoRenewalCancelled', {}))).toMatchObject({ planPackage: '', renews: false });
  });

  it('knows removal, and no event Kotha does not act on', () => {
    expect(lifecycleEventOf(wix('AppRemoved'))).toEqual({ type: 'removed', siteId: 'inst-1', at: 1_000 });
    expect(lifecycleEventOf(wix('SomethingElse'))).toBeNull();
  });
});
