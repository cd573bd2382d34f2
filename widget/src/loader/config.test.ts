import { describe, expect, it } from 'vitest';
import { encodeEmbedConfig } from '@kotha/common/embed-config';
import { embedData, readConfig } from './config';

const src = 'https://cdn.kotha.app/widget/loader.js';
const page = { lang: 'en', languages: [] };

describe('readConfig', () => {
  it('reads site, api, locale and side from data attributes', () => {
    const config = readConfig(
      { src, dataset: { site: 'site-1', api: 'https://api.kotha.app/', locale: 'bn-BD', side: 'Left' } },
      page,
    );
    expect(config).toEqual({ siteId: 'site-1', api: 'https://api.kotha.app', locale: 'bn', side: 'left', offset: 0, accent: null, onAccent: null, label: '' });
  });

  it('defaults the api to the script origin plus /api', () => {
    expect(readConfig({ src, dataset: { site: 's' } }, page)?.api).toBe('https://cdn.kotha.app/api');
  });

  it('takes the language from data-locale, then <html lang>, then the browser, then English', () => {
    const dataset = { site: 's' };
    expect(readConfig({ src, dataset: { ...dataset, locale: 'te' } }, { lang: 'fr', languages: ['de'] })?.locale).toBe('te');
    expect(readConfig({ src, dataset }, { lang: 'fr-CA', languages: ['de'] })?.locale).toBe('fr');
    expect(readConfig({ src, dataset }, { lang: '', languages: ['xx', 'zh-HK', 'en'] })?.locale).toBe('zh-TW');
    expect(readConfig({ src, dataset }, { lang: '', languages: [] })?.locale).toBe('en');
  });

  it('lets the launcher side follow the language unless data-side is left or right', () => {
    expect(readConfig({ src, dataset: { site: 's' } }, page)?.side).toBeNull();
    expect(readConfig({ src, dataset: { site: 's', side: 'top' } }, page)?.side).toBeNull();
    expect(readConfig({ src, dataset: { site: 's', side: 'right' } }, page)?.side).toBe('right');
  });

  it('refuses an embed without a site id', () => {
    expect(readConfig({ src, dataset: {} }, page)).toBeNull();
    expect(readConfig({ src, dataset: { site: '  ' } }, page)).toBeNull();
  });

  it('reads the launcher look from the embed, and drops anything that is not a colour or a sane offset', () => {
    const read = (dataset: Record<string, string>) => readConfig({ src: 'https://cdn.test/loader.js', dataset: { site: 's', ...dataset } }, { lang: '', languages: [] });
    expect(read({ offset: '64', accent: '#ffd400', onAccent: '#111114' })).toMatchObject({ offset: 64, accent: '#ffd400', onAccent: '#111114' });
    expect(read({ offset: '9999', accent: 'red', onAccent: 'url(x)' })).toMatchObject({ offset: 0, accent: null, onAccent: null });
  });
});

describe('embedData', () => {
  it('reads the one data-config value Kotha embeds, so every setting reaches readConfig', () => {
    const config = encodeEmbedConfig({ site: '3f1c-44aa', enabled: 'true', side: 'left', offset: '64', accent: '#ffd400', onAccent: '#111114', label: 'Chat "now"', locale: 'bn', v: '5' });
    const data = embedData({ config, api: 'https://api.kotha.app' });
    expect(data.enabled).toBe('true');
    expect(readConfig({ src, dataset: data }, page)).toEqual({ siteId: '3f1c-44aa', api: 'https://api.kotha.app', locale: 'bn', side: 'left', offset: 64, accent: '#ffd400', onAccent: '#111114', label: 'Chat "now"' });
  });

  it('keeps reading the legacy data-* attributes of sites not yet updated', () => {
    const dataset = { site: 'site-1', api: 'https://api.kotha.app/', enabled: 'false', side: 'right', accent: '#ffd400', onAccent: '#111114', kothaEmbed: '4' };
    expect(embedData(dataset)).toEqual(dataset);
    expect(readConfig({ src, dataset: embedData(dataset) }, page)).toMatchObject({ siteId: 'site-1', api: 'https://api.kotha.app', side: 'right', accent: '#ffd400' });
  });

  it('falls back to the attributes when data-config is not a value Kotha wrote', () => {
    expect(readConfig({ src, dataset: embedData({ config: 'garbage', site: 's' }) }, page)?.siteId).toBe('s');
    expect(readConfig({ src, dataset: embedData({ config: 'garbage' }) }, page)).toBeNull();
  });
});
