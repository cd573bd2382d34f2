import { describe, expect, it } from 'vitest';
import { externalReferrer, PAGE_VIEW_RECENT_MS, PAGES_KEPT, recordPageView, stillOnSite, STREAM_BEAT_MS, STREAM_GONE_MS, VISIT_GAP_MS, type PageViewInput } from './visits';

const view = (url: string, at: number, patch: Partial<PageViewInput> = {}): PageViewInput => ({
  url, title: null, at, referrer: null, userAgent: 'UA', language: 'bn', timeZone: 'Asia/Dhaka', ...patch,
});

describe('recordPageView', () => {
  it('keeps the pages of one visit in order, the first referrer from another site, and the first time seen', () => {
    let visit = recordPageView(null, view('https://shop.test/', 1000, { referrer: 'https://www.google.com/' }));
    visit = recordPageView(visit, view('https://shop.test/quilts', 2000, { referrer: 'https://shop.test/' }));
    visit = recordPageView(visit, view('https://shop.test/quilts', 2500));
    expect(visit.pages.map((p) => [p.url, p.at])).toEqual([['https://shop.test/', 1000], ['https://shop.test/quilts', 2500]]);
    expect(visit).toMatchObject({ firstSeenAt: 1000, lastSeenAt: 2500, visitStartedAt: 1000, referrer: 'https://www.google.com/' });
  });

  it('starts a new visit after 30 quiet minutes', () => {
    let visit = recordPageView(null, view('https://shop.test/', 1000, { referrer: 'https://www.google.com/' }));
    visit = recordPageView(visit, view('https://shop.test/lamps', 1000 + VISIT_GAP_MS + 1, { referrer: 'https://facebook.com/' }));
    expect(visit.pages.map((p) => p.url)).toEqual(['https://shop.test/lamps']);
    expect(visit).toMatchObject({ firstSeenAt: 1000, visitStartedAt: 1000 + VISIT_GAP_MS + 1, referrer: 'https://facebook.com/' });
  });

  it('keeps the last pages only', () => {
    let visit = recordPageView(null, view('https://shop.test/0', 0));
    for (let i = 1; i < 30; i++) visit = recordPageView(visit, view(`https://shop.test/${i}`, i));
    expect(visit.pages).toHaveLength(PAGES_KEPT);
    expect(visit.pages.at(-1)?.url).toBe('https://shop.test/29');
  });

  it('shows only referrers from other sites', () => {
    expect(externalReferrer('https://shop.test/a', 'https://shop.test/b')).toBeNull();
    expect(externalReferrer('not a url', 'https://shop.test/b')).toBeNull();
    expect(externalReferrer('https://google.com/', 'https://shop.test/b')).toBe('https://google.com/');
  });
});

describe('stillOnSite', () => {
  const now = Date.UTC(2026, 10, 24, 10, 0);
  it('is true while the stream beats or a page was viewed lately, and false once both are old', () => {
    expect(stillOnSite({ lastPageViewAt: 0, streamSeenAt: now - STREAM_BEAT_MS }, now)).toBe(true);
    expect(stillOnSite({ lastPageViewAt: 0, streamSeenAt: now - STREAM_GONE_MS - 1 }, now)).toBe(false);
    expect(stillOnSite({ lastPageViewAt: now - PAGE_VIEW_RECENT_MS, streamSeenAt: 0 }, now)).toBe(true);
    expect(stillOnSite({ lastPageViewAt: now - PAGE_VIEW_RECENT_MS - 1, streamSeenAt: now - STREAM_GONE_MS - 1 }, now)).toBe(false);
    expect(stillOnSite({ lastPageViewAt: 0, streamSeenAt: 0 }, now)).toBe(false);
  });
});
