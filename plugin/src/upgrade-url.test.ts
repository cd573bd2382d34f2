import { describe, expect, it } from 'vitest';
import { upgradeUrl } from './upgrade-url';

describe('plans', () => {
  it('sends upgrades to Wix’s pricing page for the app and the site', () => {
    expect(upgradeUrl('app-1', 'inst 2')).toBe('https://www.wix.com/apps/upgrade/app-1?appInstanceId=inst%202');
  });
});
