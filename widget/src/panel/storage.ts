/** What the widget remembers about a shopper between page views, per site. */
export interface StoredVisitor {
  visitorToken: string;
  visitorId: string;
}

export interface VisitorStorage {
  read(): StoredVisitor | null;
  write(visitor: StoredVisitor): void;
  clear(): void;
}

/** localStorage key, namespaced per site so two Kotha sites on one origin stay apart. */
export const storageKey = (siteId: string) => `kotha:${siteId}`;

/**
 * Remembers the visitor in localStorage, or in memory when storage is blocked (Safari
 * private mode, sandboxed iframes, full quota): the chat then lasts only as long as the page.
 */
export function createVisitorStorage(siteId: string, backend: () => Storage | null = () => localStorage): VisitorStorage {
  const key = storageKey(siteId);
  let memory: StoredVisitor | null = null;

  function parse(raw: string | null): StoredVisitor | null {
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Partial<StoredVisitor> | null;
      return typeof value?.visitorToken === 'string' && typeof value.visitorId === 'string'
        ? { visitorToken: value.visitorToken, visitorId: value.visitorId }
        : null;
    } catch {
      return null;
    }
  }

  return {
    read() {
      try {
        return parse(backend()?.getItem(key) ?? null) ?? memory;
      } catch {
        return memory;
      }
    },
    write(visitor) {
      memory = visitor;
      try {
        backend()?.setItem(key, JSON.stringify(visitor));
      } catch {
        // Blocked or full: the in-memory copy keeps this page view working.
      }
    },
    clear() {
      memory = null;
      try {
        backend()?.removeItem(key);
      } catch {
        // Nothing stored that we could reach.
      }
    },
  };
}
