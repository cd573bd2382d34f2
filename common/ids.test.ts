import { describe, expect, it } from 'vitest';
import { clientId } from './contract/schemas';
import { CLIENT_ID_PATTERN, newId } from './ids';

describe('newId', () => {
  it('makes ids the API accepts, unique across many calls', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(CLIENT_ID_PATTERN);
  });

  it('satisfies the contract and is unique', () => {
    const ids = new Set(Array.from({ length: 500 }, () => newId()));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(clientId.safeParse(id).success).toBe(true);
  });

  it('falls back to getRandomValues where randomUUID is unavailable', () => {
    const id = newId({ getRandomValues: (array) => crypto.getRandomValues(array) });
    expect(id).toHaveLength(22);
    expect(id).toMatch(CLIENT_ID_PATTERN);
  });

  it('is url-safe whatever the random bytes', () => {
    const allOnes = <T extends ArrayBufferView | null>(bytes: T): T => (new Uint8Array(bytes!.buffer).fill(0xff), bytes);
    const id = newId({ getRandomValues: allOnes });
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
