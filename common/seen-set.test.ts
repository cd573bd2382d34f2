import { describe, expect, it } from 'vitest';
import { createSeenSet } from './seen-set';

describe('createSeenSet', () => {
  it('passes each id once', () => {
    const seen = createSeenSet(10);
    expect(['a', 'b', 'a', 'c', 'b'].map((id) => seen.add(id))).toEqual([true, true, false, true, false]);
  });

  it('forgets the oldest ids beyond its capacity', () => {
    const seen = createSeenSet(2);
    seen.add('a');
    seen.add('b');
    seen.add('c');
    expect(seen.add('b')).toBe(false);
    expect(seen.add('c')).toBe(false);
    expect(seen.add('a')).toBe(true);
  });
});
