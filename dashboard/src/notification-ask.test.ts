import { describe, expect, it } from 'vitest';
import { askDismissed, askKey, dismissAsk } from './notification-ask.ts';

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (key: string) => items.get(key) ?? null, setItem: (key: string, value: string) => void items.set(key, value) };
}

describe('the notification ask', () => {
  it('remembers "Not now" per agent and site', () => {
    const storage = memoryStorage();
    expect(askDismissed(storage, 'site-1', 'asha')).toBe(false);
    dismissAsk(storage, 'site-1', 'asha');
    expect(askDismissed(storage, 'site-1', 'asha')).toBe(true);
    // A teammate in the same browser, or the same agent on another shop, is still asked.
    expect(askDismissed(storage, 'site-1', 'mita')).toBe(false);
    expect(askDismissed(storage, 'site-2', 'asha')).toBe(false);
    expect(askKey('site-1', 'asha')).not.toBe(askKey('site-1', 'mita'));
  });

  it('asks again when storage is unavailable, and never throws', () => {
    const blocked = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
    expect(() => dismissAsk(blocked, 's', 'u')).not.toThrow();
    expect(askDismissed(blocked, 's', 'u')).toBe(false);
    expect(askDismissed(null, 's', 'u')).toBe(false);
  });
});
