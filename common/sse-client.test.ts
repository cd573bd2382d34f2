import { describe, expect, it } from 'vitest';
import { createStreamCursor } from './sse-client';

describe('createStreamCursor', () => {
  it('takes each event once and resumes from the newest time taken', () => {
    const cursor = createStreamCursor(5);
    expect(cursor.since).toBe(5);
    expect(cursor.take({ id: 'a', at: 20 })).toBe(true);
    expect(cursor.take({ id: 'b', at: 15 })).toBe(true);
    expect(cursor.take({ id: 'a', at: 20 })).toBe(false);
    expect(cursor.since).toBe(20);
  });

  it('lets a passing signal through without moving the resume point', () => {
    const cursor = createStreamCursor();
    expect(cursor.take({ id: 't', at: 9 }, false)).toBe(true);
    expect(cursor.since).toBeUndefined();
  });
});
