/**
 * The chat panel, loaded on demand by the loader: `mountPanel` renders the Preact app into
 * the widget's shadow root and returns the controls the loader forwards `Kotha.*` calls to.
 */
import { render } from 'preact';
import type { PanelControls, PanelHost } from '../protocol';
import { createApiClient } from './api-client';
import { App } from './app';
import { createChat } from './chat';
import { newId } from './ids';
import { createVisitorStorage } from './storage';
import { createStore } from './store';
import type { PanelState } from './store';
import { openStream } from './stream';
import { en } from './strings';
import { themeFor } from './theme';
import panelCss from './panel.css';

export function mountPanel(host: PanelHost): PanelControls {
  const { config, root, frame, launcher } = host;
  const store = createStore();
  const chat = createChat({
    config,
    store,
    api: createApiClient(config.api),
    storage: createVisitorStorage(config.siteId, () => window.localStorage),
    openStream,
    newId: () => newId(),
    emit: host.emit,
  });

  const style = document.createElement('style');
  style.textContent = panelCss;
  root.prepend(style);
  const container = document.createElement('div');
  frame.append(container);

  // Reflect state on the loader's elements, which live outside the Preact tree.
  let accent: string | undefined;
  function sync(state: PanelState) {
    launcher.setAttribute('aria-expanded', String(state.open));
    frame.toggleAttribute('data-open', state.open);
    if (state.unread > 0) launcher.setAttribute('data-unread', String(Math.min(state.unread, 99)));
    else launcher.removeAttribute('data-unread');
    if (state.settings && state.settings.accentColor !== accent) {
      accent = state.settings.accentColor;
      const theme = themeFor(accent);
      frame.style.setProperty('--kotha-accent', theme.accent);
      frame.style.setProperty('--kotha-on-accent', theme.onAccent);
    }
  }
  store.subscribe(sync);

  function open() {
    if (!store.get().open) {
      store.dispatch({ type: 'open' });
      host.emit('open', undefined);
    }
    if (store.get().connection === 'idle') void chat.start();
  }

  function close() {
    if (!store.get().open) return;
    // Only take focus back if it was inside the panel: a scripted close must not steal it.
    const focusWasInside = container.contains(root.activeElement);
    store.dispatch({ type: 'close' });
    if (focusWasInside) launcher.focus();
    host.emit('close', undefined);
  }

  render(<App store={store} chat={chat} locale={config.locale} strings={en} onClose={close} />, container);

  return {
    open,
    close,
    toggle: () => (store.get().open ? close() : open()),
  };
}
