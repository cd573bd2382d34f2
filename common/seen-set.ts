/** What a stream has already handed over, so a repeat (a replay, an echo) is dropped. */
export interface SeenSet {
  /** Records `id`: true the first time, false while the id is still remembered. */
  add(id: string): boolean;
}

/**
 * A seen-set that keeps the newest `capacity` ids and forgets the oldest beyond that:
 * repeats arrive close behind the first sighting, so memory can stay bounded.
 */
export function createSeenSet(capacity: number): SeenSet {
  // A Set iterates in insertion order, so its first entry is the oldest.
  const ids = new Set<string>();
  return {
    add(id) {
      if (ids.has(id)) return false;
      ids.add(id);
      if (ids.size > capacity) ids.delete(ids.values().next().value!);
      return true;
    },
  };
}
