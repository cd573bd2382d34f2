/**
 * The chat panel, loaded on demand by the loader: `mountPanel` renders the Preact app into
 * the widget's shadow root and returns the controls the loader forwards `Kotha.*` calls to.
 */
import { render } from 'preact';
import type { PanelControls, PanelHost, ShopperIdentity } from '../protocol';
import { createApiClient } from './api-client';
import { App } from './app';
import { watchAvailability } from './availability';
import { createChat } from './chat';
import { newId } from '@kotha/common/ids';
import { createLanguage } from './language';
import type { ImportPack } from './language';
import { functionalAllowed, onConsentChange } from './consent';
import { createVisitorStorage } from './storage';
import { createOutboxStorage } from './outbox';
import { createStore } from './store';
import type { PanelState } from './store';
import { waitingConversation } from './store';
import { openStream } from './stream';
import type { Strings } from './strings';
import panelCss from './panel.css';
import type { PageViewModule } from '../page-view';
import { pageTitleKeeper } from './page-title';
import { followVisualViewport } from './keyboard';
import { placement, type Placement } from './placement';
import { warmIntl } from './warm-intl';
import { Fragment, jsx } from 'preact/jsx-runtime';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CreateHelp, HelpModule } from '../help/module';

/** The content hash all locale packs share (`./locale-bn-<hash>.js`), injected by widget/build.ts. */
declare const __KOTHA_LOCALE_HASH__: string;

/**
 * Fetches one locale pack, resolved against the panel's own URL so the files can be hosted
 * anywhere. The loader only ever passes a supported locale (`matchLocale`), and every
 * supported one but English has a pack; a failed fetch falls back to English (language.ts).
 */
const importPack: ImportPack = (locale) =>
  import(/* @vite-ignore */ new URL(`./locale-${locale}-${__KOTHA_LOCALE_HASH__}.js`, import.meta.url).href);

/** The page-view module (`./page-view-<hash>.js`), injected by widget/build.ts; the loader fetches the same file. */
declare const __KOTHA_PAGE_VIEW_FILE__: string;

/** The Help chunk's content-hashed file (`./help-<hash>.js`), injected by widget/build.ts. */
declare const __KOTHA_HELP_FILE__: string;

/** Gives the main thread back between the steps of mounting, so that none is a long task. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));
/** Runs work nobody waits for when the page is idle (Safari has no requestIdleCallback). */
const whenIdle = (run: () => void) => void (window.requestIdleCallback ?? setTimeout)(run);

/**
 * Mounts the panel, closed, in a few short tasks: the loader mounts it ahead of the click
 * when the page is idle (loader/prefetch.ts), so a click only has to show it. Nothing here
 * talks to the API until the shopper opens the chat (or an unsent message waits).
 */
export async function mountPanel(host: PanelHost): Promise<PanelControls> {
  const { config, root, frame, launcher } = host;
  // This task has just evaluated the module: build in the next one.
  await nextTask();
  const store = createStore();
  const api = createApiClient(config.api);
  // Remembered across page views only while Wix's consent policy allows functional storage.
  const storage = createVisitorStorage(config.siteId, () => (functionalAllowed() ? window.localStorage : null));
  const outbox = createOutboxStorage(config.siteId, () => (functionalAllowed() ? window.localStorage : null));
  onConsentChange(() => storage.clear());
  const chat = createChat({
    config,
    store,
    api,
    storage,
    openStream,
    newId: () => newId(),
    emit: host.emit,
    // A beacon: it waits for an idle moment rather than lengthen the session's task. Its
    // module is the one the loader fetches on a returning shopper's page views, not in the panel.
    reportPageView: (token) =>
      whenIdle(() =>
        import(/* @vite-ignore */ new URL(__KOTHA_PAGE_VIEW_FILE__, import.meta.url).href)
          .then((module: PageViewModule) => module.reportPageView(config.api, token))
          .catch(() => undefined),
      ),
    outbox,
  });
  // Messages an earlier page could not send go now, without waiting for the shopper to open the chat.
  if (outbox.read().length > 0) void chat.start();
  const language = createLanguage({
    importPack,
    warn: host.warn,
    onChange: (next) => {
      strings = next;
      draw();
    },
  });
  let strings: Strings = await language.start(config.locale);
  // Reads the viewport, so before this panel's first change to the page needs a new layout.
  followVisualViewport(frame);
  await nextTask();

  // Parsing the stylesheet is a task's worth on a slow phone; rendering is the next one.
  const style = document.createElement('style');
  style.textContent = panelCss;
  root.prepend(style);
  const container = document.createElement('div');
  frame.append(container);
  await nextTask();

  // Reflect state on the loader's elements, which live outside the Preact tree.
  let accent: string | undefined;
  const showUnreadInTitle = pageTitleKeeper(document);
  // The saved look wins over an embed Wix has not caught up with yet, but only once the
  // launcher can move without leaving the shopper's pointer (placement.ts). A finger leaves
  // before its click, so only a mouse or pen counts as "over".
  let placed: Placement = { side: config.side, offset: config.offset, words: config.label };
  let over = launcher.matches(':hover');
  launcher.addEventListener('pointerenter', (event) => (over = event.pointerType != 'touch'));
  launcher.addEventListener('pointerleave', (event) => {
    if (event.pointerType == 'touch') return;
    over = false;
    sync(store.get());
  });
  const label = launcher.querySelector('.label') ?? document.createElement('span');
  label.className = 'label';
  function sync(state: PanelState) {
    showUnreadInTitle(state.unread, strings.number);
    launcher.setAttribute('aria-expanded', String(state.open));
    placed = placement(placed, state.settings, state.open, over);
    // Text, never markup; visible words lead the launcher's name (WCAG 2.5.3), the unread count after them.
    const words = placed.words;
    if (label.textContent != words) label.textContent = words;
    if (!words) label.remove();
    else if (!label.isConnected) launcher.append(label);
    const unread = state.unread > 0 ? strings.openChatUnread(state.unread) : '';
    launcher.setAttribute('aria-label', words ? [words, unread].filter(Boolean).join(', ') : unread || strings.openChat);
    launcher.setAttribute('lang', strings.locale);
    frame.toggleAttribute('data-open', state.open);
    if (state.unread > 0) launcher.setAttribute('data-unread', strings.number(Math.min(state.unread, 99)));
    else launcher.removeAttribute('data-unread');
    frame.style.setProperty('--kotha-offset', `${placed.offset}px`);
    frame.setAttribute('data-side', placed.side ?? (strings.dir == 'rtl' ? 'left' : 'right'));
    // The session's colours, readable text worked out by the server (common/theme.ts).
    const theme = state.theme;
    if (theme && theme.accent !== accent) {
      accent = theme.accent;
      frame.style.setProperty('--kotha-accent', theme.accent);
      frame.style.setProperty('--kotha-on-accent', theme.onAccent);
    }
  }
  store.subscribe(sync);

  // While the shopper waits for a person with the panel open, show their place in line.
  let waitingIn: string | null = null;
  let queueTimer: ReturnType<typeof setInterval> | undefined;
  store.subscribe((state) => {
    const next = state.open ? waitingConversation(state) : null;
    if (next === waitingIn) return;
    waitingIn = next;
    clearInterval(queueTimer);
    if (!next) return void (state.queue && store.dispatch({ type: 'queue', queue: null }));
    void chat.checkQueue(next);
    queueTimer = setInterval(() => void chat.checkQueue(next), 30_000);
  });
  // Business hours: away (and back) at the exact minute, without a reload; watched from the
  // first open, so a panel mounted ahead of a click costs the API nothing.
  let watching = false;

  function open() {
    if (!store.get().open) {
      store.dispatch({ type: 'open' });
      host.emit('open', undefined);
    }
    // The click's task only shows the panel; the requests start in the next one, while it paints.
    setTimeout(connect);
  }

  function connect() {
    if (!watching) {
      watching = true;
      watchAvailability({ load: () => api.availability(config.siteId), onChange: (availability) => store.dispatch({ type: 'availability', availability }) });
    }
    if (store.get().connection === 'idle') void chat.start();
    else chat.seen();
  }

  // Who the shopper is (Kotha.identify) goes with the session (chat.identify holds it until one
  // starts), so a panel mounted ahead of a click starts none.
  function identify(next: ShopperIdentity | null) {
    if (next) chat.identifyWhenConnected(next);
  }

  function close() {
    if (!store.get().open) return;
    // Only take focus back if it was inside the panel: a scripted close must not steal it.
    const focusWasInside = container.contains(root.activeElement);
    store.dispatch({ type: 'close' });
    if (focusWasInside) launcher.focus();
    host.emit('close', undefined);
  }

  // Self-service loads when the shopper opens Help or starts typing, on this panel's Preact.
  let help: Promise<HelpModule> | null = null;
  const loadHelp = () =>
    (help ??= import(/* @vite-ignore */ new URL(__KOTHA_HELP_FILE__, import.meta.url).href).then(
      ({ createHelp }: { createHelp: CreateHelp }) =>
        createHelp({ jsx, Fragment, useState, useEffect, useRef }, { root, request: api.request, chat }),
      (error: unknown) => {
        help = null;
        throw error;
      },
    ));

  /** Renders the app in the current language and names the launcher in it. */
  function draw() {
    render(<App store={store} chat={chat} strings={strings} onClose={close} loadHelp={loadHelp} />, container);
    sync(store.get());
  }
  draw();
  // Starting a worker is a few milliseconds of this thread's time too: not in the render's task.
  whenIdle(() => warmIntl(config.locale));

  identify(host.identity);
  return {
    open,
    close,
    toggle: () => (store.get().open ? close() : open()),
    setLocale: language.set,
    identify,
  };
}
