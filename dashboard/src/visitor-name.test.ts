import { describe, expect, it } from 'vitest';
import { initials, visitorDisplayName } from './visitor-name.ts';
import { loadDashboardLanguage } from './i18n/i18n.ts';

describe('visitorDisplayName', () => {
  it('uses the visitor name when there is one', () => {
    expect(visitorDisplayName({ visitorName: '  Rina Das ', visitorId: 'v_abc123' })).toBe('Rina Das');
  });
  it('uses their email when they gave one but no name', () => {
    expect(visitorDisplayName({ visitorName: null, visitorEmail: 'rina@example.com', visitorId: 'v_abc123' })).toBe('rina@example.com');
    expect(visitorDisplayName({ visitorName: 'Rina', visitorEmail: 'rina@example.com', visitorId: 'v_abc123' })).toBe('Rina');
  });
  it('says where they are from when only their country is known, in the dashboard’s language', async () => {
    expect(visitorDisplayName({ visitorName: null, visitorEmail: null, visitorCountry: 'BD', visitorId: 'v_9d1e4f2a' })).toBe('Visitor from Bangladesh');
    expect(visitorDisplayName({ visitorName: null, visitorEmail: 'rina@example.com', visitorCountry: 'BD', visitorId: 'v_9d1e4f2a' })).toBe('rina@example.com');
    await loadDashboardLanguage('bn');
    try {
      expect(visitorDisplayName({ visitorName: null, visitorCountry: 'IN', visitorId: 'v_9d1e4f2a' })).toContain('ভারত');
    } finally {
      await loadDashboardLanguage('en');
    }
  });
  it('falls back to a stable tag from the visitor id', () => {
    expect(visitorDisplayName({ visitorName: null, visitorCountry: null, visitorId: 'v_9d1e4f2a' })).toBe('Visitor 4F2A');
    expect(visitorDisplayName({ visitorName: null, visitorId: 'v_9d1e4f2a' })).toBe('Visitor 4F2A');
    expect(visitorDisplayName({ visitorName: '   ', visitorId: 'x-4f-2a' })).toBe('Visitor 4F2A');
  });
  it('copes with an id without letters or digits', () => {
    expect(visitorDisplayName({ visitorName: null, visitorId: '--' })).toBe('Visitor');
  });
});

describe('initials', () => {
  it('takes first and last word', () => {
    expect(initials('Rina Mitra Das')).toBe('RD');
    expect(initials('visitor')).toBe('V');
    expect(initials('')).toBe('');
  });
});
