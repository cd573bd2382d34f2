import { describe, expect, it } from 'vitest';
import { EMBEDDED_SCRIPT, embedParameters, templateParameters } from './manifest';

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
