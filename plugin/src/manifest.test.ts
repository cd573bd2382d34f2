import { describe, expect, it } from 'vitest';
import { decodeEmbedConfig } from '@kotha/common/embed-config';
import { DASHBOARD_PAGE, EMBEDDED_SCRIPT, embedParameters, LEGACY_EMBEDDED_SCRIPT, legacyEmbedParameters, PERMISSIONS, templateParameters, WEBHOOKS } from './manifest';
import { HANDLED_WIX_EVENTS } from './webhooks';

const decoded = (parameters: Record<string, string>) => decodeEmbedConfig(parameters.config);

describe('the embedded script', () => {
  it('is functional, at the end of the body, and has one frozen parameter', () => {
    expect(EMBEDDED_SCRIPT).toMatchObject({ scriptType: 'FUNCTIONAL', placement: 'BODY_END' });
    expect(templateParameters()).toEqual(['config']);
    // The parameter sits in quotes, as Wix requires, and nothing else in the template varies.
    expect(EMBEDDED_SCRIPT.template).toContain('data-config="{{config}}"');
  });

  it('is embedded with exactly the template’s parameters, letters and digits only, carrying the site and its enabled switch', () => {
    const parameters = embedParameters('3f1c2d4e-0000-4aaa-8bbb-123456789abc', false);
    expect(Object.keys(parameters).sort()).toEqual(templateParameters().sort());
    for (const value of Object.values(parameters)) expect(value).toMatch(/^[A-Za-z0-9]+$/);
    expect(decoded(parameters)).toEqual({ site: '3f1c2d4e-0000-4aaa-8bbb-123456789abc', enabled: 'false', accent: '#116dff', onAccent: '#ffffff', v: String(EMBEDDED_SCRIPT.version) });
  });

  it('carries the merchant’s launcher look, with a text colour that reads on the accent, and free text safely', () => {
    const look = { launcherSide: 'left', launcherOffset: 40, accentColor: '#ffd400', launcherText: '"><script>alert(1)</script>', locale: 'bn' } as const;
    const parameters = embedParameters('inst-1', true, look);
    expect(parameters.config).toMatch(/^[A-Za-z0-9]+$/);
    expect(decoded(parameters)).toMatchObject({ side: 'left', offset: '40', accent: '#ffd400', onAccent: '#111114', label: '"><script>alert(1)</script>', locale: 'bn' });
    // Anything but a hex colour never reaches the page.
    expect(decoded(embedParameters('inst-1', true, { launcherSide: 'auto', launcherOffset: 0, accentColor: 'red;background:url(x)' }))).toMatchObject({ accent: '#1f5fbf' });
  });
});

describe('the legacy embedded script (embed versions 1 to 4, sites not yet updated)', () => {
  it('declared one parameter per setting', () => {
    expect(templateParameters(LEGACY_EMBEDDED_SCRIPT.template)).toEqual(['siteId', 'enabled', 'side', 'offset', 'accent', 'onAccent', 'label', 'locale', 'embedVersion']);
  });

  it('filled exactly those, as strings', () => {
    const parameters = legacyEmbedParameters('inst-1', false);
    expect(Object.keys(parameters).sort()).toEqual(templateParameters(LEGACY_EMBEDDED_SCRIPT.template).sort());
    expect(parameters).toEqual({ siteId: 'inst-1', enabled: 'false', side: '', offset: '0', accent: '#116dff', onAccent: '#ffffff', label: '', locale: '', embedVersion: '4' });
    expect(legacyEmbedParameters('inst-1', true, { launcherSide: 'left', launcherOffset: 40, accentColor: '#ffd400' })).toMatchObject({ side: 'left', offset: '40', accent: '#ffd400', onAccent: '#111114' });
  });
});

describe('what the Dev Center registers', () => {
  it('subscribes to exactly the events Kotha handles: the eight app-instance events and deleted contacts', () => {
    expect(WEBHOOKS.map((w) => w.event).sort()).toEqual([...HANDLED_WIX_EVENTS].sort());
    expect(WEBHOOKS).toHaveLength(9);
  });

  it('asks for each permission once, by its Dev Center name, Read Members among them', () => {
    const names = PERMISSIONS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Manage Embedded Scripts', 'Read site, business, and email details', 'Manage Contacts', 'Read Members', 'Read Orders', 'Manage Notifications']));
    // Scope ids only where Wix's reference gives one.
    expect(PERMISSIONS.find((p) => p.name === 'Read Members')?.scope).toBe('SCOPE.DC-MEMBERS.READ-MEMBERS');
    expect(PERMISSIONS.map((p) => p.scope as string | null)).not.toContain('SCOPE.DC-SITEPROP.READ-SITE-PROPERTIES');
  });

  it('gives the dashboard page the relative route the Dev Center requires', () => {
    expect(DASHBOARD_PAGE.relativeRoute).toMatch(/^[a-z0-9-]+$/);
  });
});
