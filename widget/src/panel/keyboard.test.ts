import { expect, it } from 'vitest';
import { followVisualViewport, type ViewportLike } from './keyboard';

it('keeps the panel inside what the on-screen keyboard leaves visible', () => {
  const listeners = new Set<() => void>();
  const viewport: ViewportLike = { height: 800, offsetTop: 0, addEventListener: (_t, l) => listeners.add(l), removeEventListener: (_t, l) => listeners.delete(l) };
  const values = new Map<string, string>();
  const frame = { style: { setProperty: (k: string, v: string) => values.set(k, v) } } as unknown as HTMLElement;
  const stop = followVisualViewport(frame, viewport);
  expect(values.get('--kotha-vvh')).toBe('800px');
  viewport.height = 420.4;
  viewport.offsetTop = 12;
  listeners.forEach((l) => l());
  expect(values.get('--kotha-vvh')).toBe('420px');
  expect(values.get('--kotha-vvtop')).toBe('12px');
  stop();
  expect(listeners.size).toBe(0);
  expect(followVisualViewport(frame, null)()).toBeUndefined();
});
