import { describe, expect, it } from 'vitest';
import { EMBEDDED_SCRIPT, embedParameters, templateParameters } from './manifest';

describe('the embedded script', () => {
  it('is functional, at the end of the body, and carries an enabled switch', () => {
    expect(EMBEDDED_SCRIPT).toMatchObject({ scriptType: 'FUNCTIONAL', placement: 'BODY_END' });
    expect(templateParameters()).toEqual(['siteId', 'enabled', 'embedVersion']);
  });

  it('is embedded with exactly the template’s parameters, as strings', () => {
    const parameters = embedParameters('inst-1', false);
    expect(Object.keys(parameters).sort()).toEqual(templateParameters().sort());
    expect(parameters).toEqual({ siteId: 'inst-1', enabled: 'false', embedVersion: String(EMBEDDED_SCRIPT.version) });
  });
});
