import { afterEach, describe, expect, it } from 'vitest';
import { textDirection as directionOf } from '@kotha/common/i18n.ts';
import { dashboardLocaleFor, fill, loadDashboardLanguage, pageLang, pluralForm, t } from './i18n.ts';

afterEach(async () => {
  await loadDashboardLanguage(undefined);
});

describe('choosing the dashboard language from Wix’s locale', () => {
  it('fits Wix’s tags to a language file, English when none fits', () => {
    expect(dashboardLocaleFor('de')).toBe('de');
    expect(dashboardLocaleFor('pt-BR')).toBe('pt');
    expect(dashboardLocaleFor('zh')).toBe('zh-CN');
    expect(dashboardLocaleFor('zh-HK')).toBe('zh-TW');
    expect(dashboardLocaleFor('no')).toBe('nb');
    expect(dashboardLocaleFor('bn-IN')).toBe('bn');
    expect(dashboardLocaleFor('te')).toBe('te');
    expect(dashboardLocaleFor('xx')).toBe('en');
    expect(dashboardLocaleFor(undefined)).toBe('en');
    expect(dashboardLocaleFor('not a tag!')).toBe('en');
  });

  it('names the page’s language as the one its texts are in', () => {
    expect(pageLang('bn-BD', 'bn')).toBe('bn-BD');
    expect(pageLang('zh-Hant-HK', 'zh-TW')).toBe('zh-Hant-HK');
    expect(pageLang('tlh', 'en')).toBe('en');
    expect(pageLang(undefined, 'en')).toBe('en');
  });

  it('knows which languages are written right to left', () => {
    expect(directionOf('he')).toBe('rtl');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('bn')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });

  it('switches every text, direction included, and English stays the fallback', async () => {
    expect(t('tabs.inbox')).toBe('Inbox');
    const bengali = await loadDashboardLanguage('bn-BD');
    expect(bengali).toBe('bn');
    expect(t('tabs.inbox')).not.toBe('Inbox');
    expect(t('tabs.inbox')).toMatch(/\p{scx=Beng}/u);
    const hebrew = await loadDashboardLanguage('he');
    expect(directionOf(hebrew)).toBe('rtl');
    const klingon = await loadDashboardLanguage('klingon');
    expect({ locale: klingon, direction: directionOf(klingon) }).toMatchObject({ locale: 'en', direction: 'ltr' });
    expect(t('tabs.inbox')).toBe('Inbox');
  });
});

describe('filling texts', () => {
  it('fills slots, writes numbers the language’s way, and leaves unknown slots visible', () => {
    expect(fill('Reply to {name}', { name: 'Rahim' })).toBe('Reply to Rahim');
    expect(fill('{count} new', { count: 1234 }, 'en')).toBe('1,234 new');
    expect(fill('{count} নতুন', { count: 12 }, 'bn')).toBe('১২ নতুন');
    expect(fill('Hi {who}', {})).toBe('Hi {who}');
  });

  it('picks the plural form of the language, `other` when a form is missing', () => {
    const forms = { one: 'one', few: 'few', many: 'many', other: 'other' };
    expect(pluralForm(forms, 1, 'en')).toBe('one');
    expect(pluralForm(forms, 3, 'en')).toBe('other');
    expect(pluralForm(forms, 3, 'ru')).toBe('few');
    expect(pluralForm(forms, 5, 'ru')).toBe('many');
    expect(pluralForm({ other: 'other' }, 1, 'ru')).toBe('other');
  });

  it('gives English plurals by count', () => {
    expect(t('inbox.unread', { count: 1 })).toBe('1 unread');
    expect(t('shopper.showPages', { count: 1 })).toBe('Show the 1 page of this visit');
    expect(t('shopper.showPages', { count: 3 })).toBe('Show the 3 pages of this visit');
  });
});
