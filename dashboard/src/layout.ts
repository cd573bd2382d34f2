/**
 * The page's shape as React sees it: whether the phone layout applies, and the visible
 * height once an on-screen keyboard takes part of the screen.
 */
import { useEffect, useSyncExternalStore } from 'react';

/** The phone layout (one pane at a time, thumb-sized controls); inbox.css uses the same width. */
export const PHONE_QUERY = '(max-width: 600px)';

export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}

export const usePhone = (): boolean => useMediaQuery(PHONE_QUERY);

/**
 * Keeps `--kotha-vv-height` and `--kotha-vv-top` on <html> equal to the visual viewport:
 * when a phone's keyboard opens, the layout viewport keeps its height (iOS) while the
 * visible part shrinks and may scroll; the app shell follows the visible part, so the
 * reply box stays just above the keyboard.
 */
export function useVisualViewport(): void {
  useEffect(() => {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const root = document.documentElement.style;
    const update = () => {
      root.setProperty('--kotha-vv-height', `${viewport.height}px`);
      root.setProperty('--kotha-vv-top', `${viewport.offsetTop}px`);
    };
    update();
    viewport.addEventListener('resize', update);
    viewport.addEventListener('scroll', update);
    return () => {
      viewport.removeEventListener('resize', update);
      viewport.removeEventListener('scroll', update);
      root.removeProperty('--kotha-vv-height');
      root.removeProperty('--kotha-vv-top');
    };
  }, []);
}
