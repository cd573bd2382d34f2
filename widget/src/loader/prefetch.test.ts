import { describe, expect, it } from 'vitest';
import type { Frame } from './frame';
import { NEAR_PX, prefetchPanel } from './prefetch';

/** A window with what prefetchPanel reads: the connection, idle callbacks, pointer moves and the viewport. */
function setup(connection?: { saveData?: boolean; effectiveType?: string }, { side = 'right', hidden = false } = {}) {
  const idle: Array<() => void> = [];
  const listeners = new Set<(event: PointerEvent) => void>();
  const win = {
    navigator: { connection },
    innerWidth: 1000,
    innerHeight: 800,
    requestIdleCallback: (run: () => void) => idle.push(run),
    addEventListener: (_type: string, listener: (event: PointerEvent) => void) => listeners.add(listener),
    removeEventListener: (_type: string, listener: (event: PointerEvent) => void) => listeners.delete(listener),
  } as unknown as Window;
  const frame = { frame: { getAttribute: () => side }, launcher: { hidden } } as unknown as Frame;
  let warmed = 0;
  prefetchPanel(() => (warmed += 1), frame, win);
  return {
    warmed: () => warmed,
    idle: () => idle.splice(0).forEach((run) => run()),
    move: (clientX: number, clientY: number) => [...listeners].forEach((listener) => listener({ clientX, clientY } as PointerEvent)),
    listening: () => listeners.size,
  };
}

describe('prefetchPanel', () => {
  it('gets the panel ready when the page is idle, and stops watching the pointer', () => {
    const page = setup({ effectiveType: '4g' });
    expect(page.warmed()).toBe(0);
    page.idle();
    expect(page.warmed()).toBe(1);
    expect(page.listening()).toBe(0);
  });

  it('waits for the pointer to near the launcher on Save-Data or a 2g connection', () => {
    for (const connection of [{ saveData: true }, { effectiveType: 'slow-2g' }, { effectiveType: '2g' }]) {
      const page = setup(connection);
      page.idle();
      page.move(10, 10);
      expect(page.warmed(), JSON.stringify(connection)).toBe(0);
      page.move(1000 - NEAR_PX / 2, 800 - NEAR_PX / 2);
      page.move(990, 790);
      expect(page.warmed(), JSON.stringify(connection)).toBe(1);
    }
  });

  it('measures nearness from the corner the launcher sits in', () => {
    const left = setup({ saveData: true }, { side: 'left' });
    left.move(990, 790);
    expect(left.warmed()).toBe(0);
    left.move(20, 790);
    expect(left.warmed()).toBe(1);
  });

  it('fetches nothing at idle for a launcher hidden outside hours', () => {
    const page = setup(undefined, { hidden: true });
    page.idle();
    expect(page.warmed()).toBe(0);
    page.move(990, 790);
    expect(page.warmed()).toBe(1);
  });
});
