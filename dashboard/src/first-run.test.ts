import { describe, expect, it } from 'vitest';
import { firstRunView } from './first-run.ts';

const none = { look: false, hours: false, canned: false, teammate: false };

describe('firstRunView', () => {
  it('offers the storefront while the inbox is empty, with its link when the site has one', () => {
    expect(firstRunView({ storefrontUrl: 'https://nakshi.example/', steps: none }, true).offer).toEqual({ storefrontUrl: 'https://nakshi.example/' });
    expect(firstRunView({ storefrontUrl: null, steps: none }, true).offer).toEqual({ storefrontUrl: null });
    expect(firstRunView({ storefrontUrl: 'https://nakshi.example/', steps: none }, false).offer).toBeNull();
  });

  it('lists the four steps in order with their pages and done state, and disappears once all are done', () => {
    const view = firstRunView({ storefrontUrl: null, steps: { ...none, hours: true } }, false);
    expect(view.checklist?.map((s) => [s.step, s.href, s.done])).toEqual([
      ['look', '#widget', false],
      ['hours', '#hours', true],
      ['canned', '#team', false],
      ['teammate', '#team', false],
    ]);
    expect(firstRunView({ storefrontUrl: null, steps: { look: true, hours: true, canned: true, teammate: true } }, true).checklist).toBeNull();
    // Not loaded (or failed): no checklist to show.
    expect(firstRunView(null, true)).toEqual({ offer: { storefrontUrl: null }, checklist: null });
  });
});
