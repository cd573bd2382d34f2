import { describe, expect, it } from 'vitest';
import { CLIENT_ID_PATTERN, newId } from './ids';

describe('newId', () => {
  it('makes ids the API accepts, unique across many calls', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(CLIENT_ID_PATTERN);
  });

  it('falls back to getRandomValues where randomUUID is unavailable', () => {
    const id = newId({ getRandomValues: (array) => crypto.getRandomValues(array) });
    expect(id).toHaveLength(22);
    expect(id).toMatch(CLIENT_ID_PATTERN);
  });
});
