/**
 * On phones the on-screen keyboard covers the bottom of the layout viewport, where the
 * composer is. The visual viewport is what stays visible: the panel takes its height and
 * offset, so the composer sits just above the keyboard.
 */
export interface ViewportLike {
  height: number;
  offsetTop: number;
  addEventListener(type: 'resize' | 'scroll', listener: () => void): void;
  removeEventListener(type: 'resize' | 'scroll', listener: () => void): void;
}

export function followVisualViewport(frame: HTMLElement, viewport: ViewportLike | null | undefined = window.visualViewport): () => void {
  if (!viewport) return () => undefined;
  const update = () => {
    frame.style.setProperty('--kotha-vvh', `${Math.round(viewport.height)}px`);
    frame.style.setProperty('--kotha-vvtop', `${Math.round(viewport.offsetTop)}px`);
  };
  update();
  viewport.addEventListener('resize', update);
  viewport.addEventListener('scroll', update);
  return () => {
    viewport.removeEventListener('resize', update);
    viewport.removeEventListener('scroll', update);
  };
}
