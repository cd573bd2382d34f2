import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../store/site-store';
import { setupSteps, type SetupFacts } from './setup';

const fresh: SetupFacts = { settings: { ...DEFAULT_SETTINGS, teamName: 'Nakshi Crafts' }, defaults: DEFAULT_SETTINGS, schedule: null, cannedCount: 0, agentCount: 1 };

describe('setupSteps', () => {
  it('has nothing done on a new site, whatever name the install gave the team', () => {
    expect(setupSteps(fresh)).toEqual({ look: false, hours: false, canned: false, teammate: false });
  });

  it('marks each step done from the data that shows it', () => {
    expect(setupSteps({ ...fresh, settings: { ...fresh.settings, accentColor: '#0b6e4f' } }).look).toBe(true);
    expect(setupSteps({ ...fresh, settings: { ...fresh.settings, greeting: 'Hello from Sylhet!' } }).look).toBe(true);
    expect(setupSteps({ ...fresh, schedule: { timeZone: 'Asia/Dhaka', weekly: { mon: [{ start: '09:00', end: '17:00' }] } } }).hours).toBe(true);
    expect(setupSteps({ ...fresh, cannedCount: 1 }).canned).toBe(true);
    expect(setupSteps({ ...fresh, agentCount: 2 }).teammate).toBe(true);
  });

  it('takes a step back when its data is gone', () => {
    const done = { ...fresh, cannedCount: 1, agentCount: 2 };
    expect(setupSteps({ ...done, cannedCount: 0 }).canned).toBe(false);
    expect(setupSteps({ ...done, settings: fresh.settings }).look).toBe(false);
  });
});
