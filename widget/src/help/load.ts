/** A request's state for a screen: loading, failed (with a retry) or its answer. */
import { useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { state: 'loading' } | { state: 'failed'; retry: () => void } | { state: 'done'; value: T };

/** Runs `load` when `key` changes (and on retry); an answer for an older key is dropped. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load().then(
      (value) => current && setLoaded({ state: 'done', value }),
      () => current && setLoaded({ state: 'failed', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  return loaded;
}
