import { describe, expect, it } from 'vitest';
import { DASHBOARD_PAGE, EMBEDDED_SCRIPT, embedParameters, PERMISSIONS, templateParameters, WEBHOOKS } from './manifest';
import { HANDLED_WIX_EVENTS } from './webhooks';

describe('the embedded script', () => {
  it('is functional, at the end of the body, and carries an enabled switch', () => {
    expect(EMBEDDED_SCRIPT).toMatchObject({ scriptType: 'FUNCTIONAL', placement: 'BODY_END' });
    expect(templateParameters()).toEqual(['siteId', 'enabled', 'side', 'offset', 'accent', 'onAccent', 'label', 'locale', 'embedVersion']);
  });

  it('is embedded with exactly the template’s parameters, as strings', () => {
    const parameters = embedParameters('inst-1', false);
    expect(Object.keys(parameters).sort()).toEqual(templateParameters().sort());
    expect(parameters).toEqual({ siteId: 'inst-1', enabled: 'false', side: '', offset: '0', accent: '#116dff', onAccent: '#ffffff', label: '', locale: '', embedVersion: String(EMBEDDED_SCRIPT.version) });
  });

  it('carries the merchant’s launcher look, with a text colour that reads on the accent', () => {
    expect(embedParameters('inst-1', true, { launcherSide: 'left', launcherOffset: 40, accentColor: '#ffd400' })).toMatchObject({ side: 'left', offset: '40', accent: '#ffd400', onAccent: '#111114' });
    // Anything but a hex colour never reaches the page.
    expect(embedParameters('inst-1', true, { launcherSide: 'auto', launcherOffset: 0, accentColor: 'red;background:url(x)' })).toMatchObject({ side: '', accent: '#1f5fbf' });
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
