import { describe, expect, it } from 'vitest';
import { readConfig } from './config';

const src = 'https://cdn.kotha.app/widget/loader.js';

describe('readConfig', () => {
  it('reads site, api and locale from data attributes', () => {
    const config = readConfig(
      { src, dataset: { site: 'site-1', api: 'https://api.kotha.app/', locale: 'bn' } },
      'en',
    );
    expect(config).toEqual({ siteId: 'site-1', api: 'https://api.kotha.app', locale: 'bn' });
  });

  it('defaults the api to the script origin plus /api', () => {
    expect(readConfig({ src, dataset: { site: 's' } }, 'en')?.api).toBe('https://cdn.kotha.app/api');
  });

  it('falls back to the page locale, then English', () => {
    expect(readConfig({ src, dataset: { site: 's' } }, 'fr')?.locale).toBe('fr');
    expect(readConfig({ src, dataset: { site: 's' } }, '')?.locale).toBe('en');
  });

  it('refuses an embed without a site id', () => {
    expect(readConfig({ src, dataset: {} }, 'en')).toBeNull();
    expect(readConfig({ src, dataset: { site: '  ' } }, 'en')).toBeNull();
  });
});
