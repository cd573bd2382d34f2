import { afterEach, describe, expect, it, vi } from 'vitest';
import { PAGE_VIEW_PATH } from '@kotha/common/contract/widget-routes';
import { reportPageView } from './page-view';

/** A page whose consent policy allows `analytics` (or has no policy at all when undefined). */
function page(analytics: boolean | undefined) {
  const beacons: Array<{ url: string; body: string }> = [];
  vi.stubGlobal('window', analytics === undefined ? {} : { consentPolicyManager: { getCurrentConsentPolicy: () => ({ defaultPolicy: false, policy: { essential: true, functional: true, analytics } }) } });
  vi.stubGlobal('navigator', { language: 'bn', sendBeacon: (url: string, body: string) => beacons.push({ url, body }) });
  vi.stubGlobal('location', { href: 'https://shop.test/quilts' });
  vi.stubGlobal('document', { title: 'Quilts', referrer: '' });
  return beacons;
}

afterEach(() => vi.unstubAllGlobals());

describe('reportPageView', () => {
  it('tells the team the page only with the shopper’s Analytics consent', () => {
    const allowed = page(true);
    reportPageView('https://api.test', 'tok');
    expect(allowed).toHaveLength(1);
    expect(allowed[0]!.url).toBe(`https://api.test${PAGE_VIEW_PATH}`);
    expect(JSON.parse(allowed[0]!.body)).toMatchObject({ token: 'tok', url: 'https://shop.test/quilts', title: 'Quilts' });

    const refused = page(false);
    reportPageView('https://api.test', 'tok');
    expect(refused).toEqual([]);
  });

  it('sends off Wix, where no consent policy restricts it, and never throws', () => {
    const beacons = page(undefined);
    reportPageView('https://api.test', 'tok');
    expect(beacons).toHaveLength(1);
    vi.stubGlobal('window', { consentPolicyManager: { getCurrentConsentPolicy: () => { throw new Error('broken'); } } });
    const before = beacons.length;
    expect(() => reportPageView('https://api.test', 'tok')).not.toThrow();
    expect(beacons).toHaveLength(before);
  });
});
