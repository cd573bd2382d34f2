import { describe, expect, it } from 'vitest';
import { dismissalKey, rememberDismissal, wasDismissed } from './dismissals.ts';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('banner dismissals', () => {
  it('are remembered per site and agent', () => {
    const store = memory();
    rememberDismissal(store, 'site-1:asha', 'published');
    expect(wasDismissed(store, 'site-1:asha', 'published')).toBe(true);
    expect(wasDismissed(store, 'site-1:bilal', 'published')).toBe(false);
    expect(wasDismissed(store, 'site-2:asha', 'published')).toBe(false);
    expect(wasDismissed(store, 'site-1:asha', 'notifications')).toBe(false);
  });

  it('keep their keys apart by site and agent', () => {
    expect(dismissalKey('site-1:asha', 'published')).toBe('kotha:site-1:asha:dismissed:published');
  });

  it('survive a storage that throws', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
    expect(() => rememberDismissal(broken, 'a:b', 'x')).not.toThrow();
    expect(wasDismissed(broken, 'a:b', 'x')).toBe(false);
    expect(wasDismissed(null, 'a:b', 'x')).toBe(false);
  });
});
