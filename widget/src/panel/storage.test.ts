import { describe, expect, it } from 'vitest';
import { createVisitorStorage } from './storage';

/** An in-memory Web Storage. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const blocked = (): Storage => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

const visitor = { visitorToken: 'tok', visitorId: 'v1' };

describe('createVisitorStorage', () => {
  it('stores the visitor under a key namespaced by site', () => {
    const backend = memoryStorage();
    createVisitorStorage('site-a', () => backend).write(visitor);
    expect(backend.getItem('kotha:site-a')).toBe(JSON.stringify(visitor));
    expect(createVisitorStorage('site-a', () => backend).read()).toEqual(visitor);
    expect(createVisitorStorage('site-b', () => backend).read()).toBeNull();
  });

  it('falls back to memory when localStorage throws', () => {
    const storage = createVisitorStorage('site', blocked);
    expect(storage.read()).toBeNull();
    storage.write(visitor);
    expect(storage.read()).toEqual(visitor);
    storage.clear();
    expect(storage.read()).toBeNull();
  });

  it('ignores a corrupt or foreign value', () => {
    const backend = memoryStorage();
    backend.setItem('kotha:site', '{not json');
    expect(createVisitorStorage('site', () => backend).read()).toBeNull();
    backend.setItem('kotha:site', '{"visitorToken":1}');
    expect(createVisitorStorage('site', () => backend).read()).toBeNull();
  });
});
