import { describe, expect, it } from 'vitest';
import { readDashboardConfig } from './config.ts';

describe('readDashboardConfig', () => {
  it('reads the API base and the instance', () => {
    expect(readDashboardConfig('https://api.example.com/kotha/', 'https://x.test/dashboard/?instance=abc.def&locale=en')).toEqual({
      apiBase: 'https://api.example.com/kotha',
      instance: 'abc.def',
      locale: 'en',
    });
  });
  it('defaults the API base to /api', () => {
    expect(readDashboardConfig(null, 'https://x.test/').apiBase).toBe('/api');
    expect(readDashboardConfig('  ', 'https://x.test/').apiBase).toBe('/api');
    expect(readDashboardConfig('%KOTHA_API%', 'https://x.test/').apiBase).toBe('/api');
    expect(readDashboardConfig('/', 'https://x.test/').apiBase).toBe('/api');
  });
  it('has no instance outside Wix', () => {
    expect(readDashboardConfig('/api', 'https://x.test/dashboard/').instance).toBeNull();
    expect(readDashboardConfig('/api', 'https://x.test/dashboard/?instance=').instance).toBeNull();
  });

  it('keeps only a valid locale', () => {
    expect(readDashboardConfig('/api', 'https://x.test/?locale=pt-br').locale).toBe('pt-BR');
    expect(readDashboardConfig('/api', 'https://x.test/?locale=not_a_locale!').locale).toBeUndefined();
    expect(readDashboardConfig('/api', 'https://x.test/').locale).toBeUndefined();
  });
});
