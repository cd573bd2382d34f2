import { describe, expect, it } from 'vitest';
import { HANDLED_WIX_EVENTS, lifecycleDeliveryOf, lifecycleEventOf, type WixEvent } from './webhooks';

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

describe('every app-instance event', () => {
  it('maps the eight app-instance events: reactivation, a paid trial and a transfer renew; a cancellation does not', () => {
    for (const type of ['PaidPlanPurchased', 'PaidPlanChanged', 'PlanReactivated', 'PlanConvertedToPaid', 'PlanTransferred']) {
      expect(lifecycleEventOf(wix(type, { vendorProductId: 'kotha-premium', cycle: 'MONTHLY' })), type).toEqual({ type: 'planChanged', siteId: 'inst-1', at: 1_000, planPackage: 'kotha-premium', renews: true });
    }
    expect(lifecycleEventOf(wix('PaidPlanAutoRenewalCancelled', { vendorProductId: 'kotha-premium', cycle: 'YEARLY' }))).toMatchObject({ renews: false });
    expect(HANDLED_WIX_EVENTS.filter((type) => lifecycleEventOf(wix(type, { entityId: 'c-1' })) === null)).toEqual([]);
  });

  it('keeps the end of a paid period Wix names in the event', () => {
    expect(lifecycleEventOf(wix('PaidPlanPurchased', { vendorProductId: 'kotha-premium', expiresOn: '2027-01-01T00:00:00Z' }))).toMatchObject({ expiresAt: Date.parse('2027-01-01T00:00:00Z') });
  });

  it('erases on a deleted contact, never on one merged into another', () => {
    const deleted = wix('wix.contacts.v4.contact_deleted', { id: 'ev-1', entityId: 'c-1', eventTime: '2026-12-01T10:00:00Z' });
    expect(lifecycleEventOf(deleted)).toEqual({ type: 'contactDeleted', siteId: 'inst-1', at: Date.parse('2026-12-01T10:00:00Z'), contactId: 'c-1' });
    expect(lifecycleEventOf(wix('wix.contacts.v4.contact_deleted', { id: 'ev-2', entityId: 'c-1', originatedFrom: 'merge' }))).toBeNull();
    expect(lifecycleDeliveryOf({ ...deleted, deliveryId: 'wix-event:ev-1' })).toMatchObject({ id: 'wix-event:ev-1', event: { type: 'contactDeleted' } });
  });
});
