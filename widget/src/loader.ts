/**
 * The Kotha loader: the only script every page view downloads. It reads the embed's
 * config, installs `window.Kotha`, and once the page has loaded shows a launcher in a
 * shadow root. The Preact panel is fetched only when the shopper asks for it.
 */
import type { KothaApi, PanelModule } from './protocol';
import { embedData, readConfig } from './loader/config';
import { createFrame } from './loader/frame';
import { followHours } from './loader/hours';
import { hasQueued, storedToken } from './loader/visit';
import type { PageViewModule } from './page-view';
import { prefetchPanel } from './loader/prefetch';
import { createWidget } from './loader/widget';

/** The panel's content-hashed file name, injected by widget/build.ts. */
declare const __KOTHA_PANEL_FILE__: string;
/** The page-view module's (page-view.ts), likewise. */
declare const __KOTHA_PAGE_VIEW_FILE__: string;
/** What a later run of the loader on the same page tells the first one: the page changed. */
const PAGE_EVENT = 'kotha:page';
/** Each locale's launcher name (its `openChat`), injected by widget/build.ts from the locale files. */
declare const __KOTHA_LAUNCHER_LABELS__: Record<string, string>;

declare global {
  interface Window {
    Kotha?: KothaApi;
  }
}

/** A queue a page may set up before the async loader runs: `Kotha = { q: [['open']] }`. */
type PreloadQueue = { q?: unknown };

let warned = false;

/** Warns once: a broken widget must never throw into, or flood the console of, the host page. */
function warnOnce(message: string, error?: unknown): void {
  if (warned) return;
  warned = true;
  console.warn(message, ...(error === undefined ? [] : [error]));
}

/** Runs `task` after the page's load event, when the browser is idle, so the widget never competes with the shop. */
function whenPageSettled(task: () => void): void {
  const guarded = () => {
    try {
      task();
    } catch (error) {
      warnOnce('Kotha: the launcher failed to start', error);
    }
  };
  const schedule = () => {
    if (typeof window.requestIdleCallback === 'function') {
      window.requestIdleCallback(guarded, { timeout: 3000 });
    } else {
      setTimeout(guarded, 200);
    }
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}

/** Replays calls a page queued before the loader arrived. */
function replayPreloadQueue(previous: PreloadQueue | undefined, api: KothaApi): void {
  if (!previous || !Array.isArray(previous.q)) return;
  for (const entry of previous.q) {
    if (!Array.isArray(entry)) continue;
    const [method, ...args] = entry as [keyof KothaApi, ...unknown[]];
    const fn = api[method] as ((...a: unknown[]) => void) | undefined;
    if (typeof fn === 'function') fn(...args);
  }
}

function boot(): void {
  // Must be read synchronously: currentScript is null once this script's first run ends.
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[data-api][src*="loader"]');
  if (!script) {
    warnOnce('Kotha: cannot find the loader <script> tag');
    return;
  }
  const data = embedData(script.dataset);
  // The merchant (or an uninstall) turned the widget off in the embed: stay out of the page.
  if (data.enabled === 'false') return;
  const config = readConfig({ src: script.src, dataset: data }, {
    lang: document.documentElement.lang,
    languages: navigator.languages ?? [navigator.language],
  });
  if (!config) {
    warnOnce('Kotha: the embed names no site');
    return;
  }
  const previous = window.Kotha as (KothaApi & PreloadQueue) | undefined;
  if (previous && typeof previous.open === 'function') {
    // Wix runs the embed again on every navigation inside a site (and a page may embed it
    // twice): the first run stays, silently, and reports the page if it is a new one.
    dispatchEvent(new Event(PAGE_EVENT));
    return;
  }

  const panelUrl = new URL(__KOTHA_PANEL_FILE__, script.src).href;
  const widget = createWidget({
    config,
    createFrame: () => createFrame(document),
    importPanel: () => import(/* @vite-ignore */ panelUrl) as Promise<PanelModule>,
    warn: warnOnce,
    launcherLabels: __KOTHA_LAUNCHER_LABELS__,
  });
  window.Kotha = widget.api;
  replayPreloadQueue(previous, widget.api);
  let reported = '';
  /** On each page of the visit: report it (once per address) and follow a #kotha-chat link. */
  const onPage = () => {
    const token = storedToken(config.siteId);
    if (token && reported !== location.href) {
      reported = location.href;
      // Only a shopper who has chatted needs the page-view module (and its consent check).
      import(/* @vite-ignore */ new URL(__KOTHA_PAGE_VIEW_FILE__, script.src).href)
        .then((module: PageViewModule) => module.reportPageView(config.api, token))
        .catch(() => undefined);
    }
    // The link in a reply email (…#kotha-chat) opens the conversation where it left off.
    if (location.hash === '#kotha-chat') widget.api.open();
  };
  addEventListener(PAGE_EVENT, () => whenPageSettled(onPage));
  whenPageSettled(() => {
    followHours(config.api, config.siteId, widget.mount().launcher);
    prefetchPanel(widget.warm, widget.mount());
    // Messages an earlier page could not send: load the panel now to send them.
    if (hasQueued(config.siteId)) widget.warm();
    onPage();
  });
}

try {
  boot();
} catch (error) {
  warnOnce('Kotha: the widget failed to start', error);
}
