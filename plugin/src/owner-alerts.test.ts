import { describe, expect, it } from 'vitest';
import { notifyRequest } from './owner-alerts';
import { hasWixApp } from './shopper-records';

const templates = { newConversation: 'tpl-new', waiting: 'tpl-wait' };

describe('a Notify request', () => {
  it('names the template of the moment and fills its placeholders with text, as Wix documents', () => {
    expect(notifyRequest(templates, { kind: 'new-conversation', conversationId: 'c1', shopperName: 'Ruma', preview: 'Do you\nship to Chattogram?', waitingMinutes: null })).toEqual({
      notificationTemplateId: 'tpl-new',
      dynamicValues: { shopperName: { text: 'Ruma' }, message: { text: 'Do you ship to Chattogram?' }, minutes: { text: '0' }, conversationId: { text: 'c1' } },
    });
    const waiting = notifyRequest(templates, { kind: 'waiting', conversationId: 'c2', shopperName: null, preview: 'x'.repeat(500), waitingMinutes: 12 });
    expect(waiting.notificationTemplateId).toBe('tpl-wait');
    expect(waiting.dynamicValues.shopperName.text).toBe('A shopper');
    expect(waiting.dynamicValues.minutes.text).toBe('12');
    expect(waiting.dynamicValues.message.text.length).toBeLessThanOrEqual(140);
  });
});

describe('the apps made by Wix a part needs', () => {
  it('knows Stores/eCommerce and the Members Area by name or app id, and says nothing when Wix lists nothing', () => {
    expect(hasWixApp(['wix_stores', 'wix_forms'], 'orders')).toBe(true);
    expect(hasWixApp(['Wix eCommerce'], 'orders')).toBe(true);
    expect(hasWixApp(['1380b703-ce81-ff05-f115-39571d94dfcd'], 'orders')).toBe(true);
    expect(hasWixApp(['wix_forms', 'pricingplans'], 'orders')).toBe(false);
    expect(hasWixApp(['members_area'], 'membership')).toBe(true);
    expect(hasWixApp(['wix_stores'], 'membership')).toBe(false);
    expect(hasWixApp([], 'membership')).toBeNull();
  });
});
