import { describe, expect, it } from 'vitest';
import { HELP_LIMITS } from '@kotha/common/contract/limits';
import { helpTrailInput } from '@kotha/common/contract/help-schemas';
import { recordRead, trailFor } from './trail';

describe('the hand-over trail', () => {
  it('names each article read once, in reading order, with its vote kept', () => {
    let read = recordRead([], 'a1');
    read = recordRead(read, 'a2', false);
    read = recordRead(read, 'a1');
    expect(read).toEqual([
      { id: 'a2', helped: false },
      { id: 'a1', helped: null },
    ]);
    expect(recordRead(read, 'a2')).toEqual([
      { id: 'a1', helped: null },
      { id: 'a2', helped: false },
    ]);
  });

  it('keeps only the most recent articles the contract allows', () => {
    let read = recordRead([], 'first');
    for (let i = 0; i < HELP_LIMITS.trailArticles; i++) read = recordRead(read, `a${i}`);
    expect(read).toHaveLength(HELP_LIMITS.trailArticles);
    expect(read.map((a) => a.id)).not.toContain('first');
  });

  it('builds a trail the message schema accepts', () => {
    const trail = trailFor(recordRead([], 'a1', false), 'not-helped');
    expect(helpTrailInput.parse(trail)).toEqual({ articles: [{ id: 'a1', helped: false }], orderNumber: null, reason: 'not-helped' });
    expect(helpTrailInput.parse(trailFor([], 'order', '10042')).orderNumber).toBe('10042');
  });
});
