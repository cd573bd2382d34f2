import { describe, expect, it } from 'vitest';
import { clientId } from './contract/schemas';
import fc from 'fast-check';
import { CLIENT_ID_PATTERN, isId, newId } from './ids';

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

describe('the id rule', () => {
  it('accepts what ids look like: Wix instance ids, our generated ids, Firestore auto ids', () => {
    for (const id of ['3f2c1a9e-7b4d-4c1e-9a2b-0d8e6f5a4b3c', 'v_0123456789abcdef0123456789abcdef', 'l_0123456789abcdef0123', 'sample_conversation', 'demo-site', 'aZ09_-', 'x', 'x'.repeat(64), newId()]) {
      expect(isId(id), id).toBe(true);
    }
  });

  it('refuses anything that could name another document: slashes, dots, reserved names, other characters, overlong', () => {
    for (const id of ['', 'a/b', '/a', 'a/', '.', '..', 'a.b', '__x__', '____', 'a b', 'a%2Fb', 'ä', '\u0000', 'x'.repeat(65), 'a\nb']) {
      expect(isId(id), JSON.stringify(id)).toBe(false);
    }
    expect(isId(42)).toBe(false);
    expect(isId(['a'])).toBe(false);
  });

  it('leaves every accepted id one path segment that Firestore takes as it is', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: fc.constantFrom('a', 'Z', '0', '_', '-', '/', '.', '%', 'é'), maxLength: 70 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 70 })), (value) => {
        if (!isId(value)) return;
        expect(value).not.toMatch(/[/.]/);
        expect(value).not.toMatch(/^__.*__$/);
        expect(encodeURIComponent(value)).toBe(value);
      }),
    );
  });

  it('makes client ids that are ids, whatever the random bytes', () => {
    for (const fill of [0x00, 0x3e, 0x3f, 0xbe, 0xff]) {
      const id = newId({ getRandomValues: <T extends ArrayBufferView | null>(bytes: T): T => (new Uint8Array(bytes!.buffer).fill(fill), bytes) });
      expect(id, `bytes ${fill}`).toMatch(CLIENT_ID_PATTERN);
      expect(isId(id)).toBe(true);
    }
  });
});
