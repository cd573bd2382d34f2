/**
 * The widget's footprint on the host page: one fixed-position host element with an open
 * shadow root, holding the launcher button and its styles. Everything else the widget
 * draws goes inside the same shadow root, so host CSS cannot reach it.
 */

import launcherCss from './launcher.css';

/** The host element's id; browser tests find the shadow root through it. */
export const HOST_ID = 'kotha-widget';

export interface Frame {
  root: ShadowRoot;
  /** Wrapper inside the shadow root; carries the theme variables, `dir` and `data-side`. */
  frame: HTMLElement;
  /** Named (aria-label, lang) by the widget in the page's language; see widget.ts. */
  launcher: HTMLButtonElement;
}

// Applied inline with !important: outer rules beat :host styles, and host pages do write
// things like `div { position: relative !important }`. A transform or filter on the host
// would re-anchor the fixed-position panel, so those are pinned too.
const HOST_STYLE: Record<string, string> = {
  position: 'fixed',
  right: '0',
  bottom: '0',
  width: '0',
  height: '0',
  margin: '0',
  padding: '0',
  border: '0',
  overflow: 'visible',
  display: 'block',
  transform: 'none',
  filter: 'none',
  'z-index': '2147483000',
};

const CHAT_ICON =
  '<svg class="icon-chat" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/></svg>';
const CLOSE_ICON =
  '<svg class="icon-close" viewBox="0 0 24 24" aria-hidden="true"><path fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" d="M6 6l12 12M18 6L6 18"/></svg>';

/** Creates the host element, its shadow root and the launcher, and appends them to the page. */
export function createFrame(doc: Document): Frame {
  const host = doc.createElement(HOST_ID);
  host.id = HOST_ID;
  for (const [property, value] of Object.entries(HOST_STYLE)) {
    host.style.setProperty(property, value, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });

  const style = doc.createElement('style');
  style.textContent = launcherCss;

  const frame = doc.createElement('div');
  frame.className = 'frame';

  const launcher = doc.createElement('button');
  launcher.type = 'button';
  launcher.className = 'launcher';
  launcher.setAttribute('part', 'launcher');
  launcher.setAttribute('data-kotha', 'launcher');
  launcher.setAttribute('aria-expanded', 'false');
  // Static markup of our own; no page or user data ever goes through innerHTML.
  launcher.innerHTML = CHAT_ICON + CLOSE_ICON;

  frame.append(launcher);
  root.append(style, frame);
  (doc.body ?? doc.documentElement).append(host);
  return { root, frame, launcher };
}
