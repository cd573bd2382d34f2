/**
 * Gets the chat panel ready before the shopper asks for it, so that a click only has to
 * show it (issue 12): the panel is fetched and mounted, closed, when the page is idle, or
 * as soon as the pointer heads for the launcher. On a connection the shopper pays for or
 * that is slow (Save-Data, 2g) only the pointer's approach, a sign of a click to come,
 * fetches it. The panel mounts in short tasks and talks to the API only once opened.
 */
import type { Frame } from './frame';

/** How close (px, from the launcher's corner of the viewport) the pointer counts as heading for it. */
export const NEAR_PX = 240;

export function prefetchPanel(warm: () => void, { frame, launcher }: Frame, win: Window = window): void {
  const connection = (win.navigator as { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  const go = () => {
    win.removeEventListener('pointermove', near);
    warm();
  };
  const near = (event: PointerEvent) => {
    const fromSide = frame.getAttribute('data-side') === 'left' ? event.clientX : win.innerWidth - event.clientX;
    if (fromSide < NEAR_PX && win.innerHeight - event.clientY < NEAR_PX) go();
  };
  win.addEventListener('pointermove', near, { passive: true });
  // Not for a launcher hidden outside hours (the pointer's approach still counts).
  if (!connection?.saveData && !/2g/.test(connection?.effectiveType ?? '')) (win.requestIdleCallback ?? setTimeout)(() => launcher.hidden || go());
}
