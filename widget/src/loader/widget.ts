import { textDirection } from '@kotha/common/i18n';
import { DEFAULT_LOCALE } from '@kotha/common/locales/catalog';
import { matchLocale } from '@kotha/common/locales/match';
import type { KothaApi, PanelCommand, PanelControls, PanelHost, PanelModule, ShopperIdentity, WidgetConfig } from '../protocol';
import { createEmitter } from './emitter';
import type { Frame } from './frame';

export interface WidgetDeps {
  config: WidgetConfig;
  /** Creates the shadow-DOM frame; called once, when the page has settled or on the first call that needs it. */
  createFrame: () => Frame;
  /** Loads the panel module (a dynamic `import()` in the browser). */
  importPanel: () => Promise<PanelModule>;
  /** Reports a failure without throwing into the host page. */
  warn: (message: string, error?: unknown) => void;
  /**
   * The launcher's accessible name per locale (each locale file's `openChat`, baked in by
   * widget/build.ts): the launcher is named in the page's language before any pack loads.
   */
  launcherLabels: Readonly<Record<string, string>>;
}

export interface Widget {
  /** The object installed as `window.Kotha`. */
  api: KothaApi;
  /** Shows the launcher (idempotent). */
  mount(): Frame;
  /** Loads the panel without opening it (it has messages to send). */
  warm(): void;
}

/**
 * The loader's state machine: queues panel calls until the panel module has loaded,
 * then replays them in order; loads the panel on the first launcher click or `Kotha.open()`.
 * The language is state, not a command: the loader keeps the latest and the panel mounts
 * with it, so `setLocale` never loads the panel by itself.
 */
export function createWidget({ config, createFrame, importPanel, warn, launcherLabels }: WidgetDeps): Widget {
  const emitter = createEmitter((error) => warn('Kotha: an event listener threw', error));
  const queue: PanelCommand[] = [];
  let locale = config.locale;
  // Like the language, identity is state: kept until the panel loads, then handed over.
  let identity: ShopperIdentity | null = null;
  let frame: Frame | undefined;
  let panel: PanelControls | undefined;
  let loading: Promise<void> | undefined;

  /** Mirrors the frame for right-to-left languages; names the launcher until the panel takes over. */
  function localizeFrame(target: Frame): void {
    const dir = textDirection(locale);
    target.frame.setAttribute('dir', dir);
    // The merchant's side wins; otherwise the launcher sits where the reading line ends.
    target.frame.setAttribute('data-side', config.side ?? (dir === 'rtl' ? 'left' : 'right'));
    if (panel) return;
    const named = launcherLabels[locale] ? locale : DEFAULT_LOCALE;
    target.launcher.setAttribute('aria-label', config.label || launcherLabels[named] || '');
    target.launcher.setAttribute('lang', named);
  }

  function mount(): Frame {
    if (frame) return frame;
    frame = createFrame();
    localizeFrame(frame);
    // The merchant's look from the embed, before the launcher is first painted.
    if (config.label) {
      // Text, never markup; the button's name then starts with the words it shows (see localizeFrame).
      const words = document.createElement('span');
      words.className = 'label';
      words.textContent = config.label;
      frame.launcher.append(words);
    }
    const style = frame.frame.style;
    if (config.offset) style.setProperty('--kotha-offset', `${config.offset}px`);
    if (config.accent && config.onAccent) {
      style.setProperty('--kotha-accent', config.accent);
      style.setProperty('--kotha-on-accent', config.onAccent);
    }
    const launcher = frame.launcher;
    launcher.addEventListener('click', () => run('toggle'));
    // Start fetching when the pointer heads for the launcher, to cut the wait after the click.
    launcher.addEventListener('pointerenter', () => void loadPanel(), { once: true });
    return frame;
  }

  function loadPanel(): Promise<void> {
    loading ??= importPanel()
      .then(async (module) => {
        const mounted = mount();
        const mountedIn = locale;
        const host: PanelHost = { config: { ...config, locale: mountedIn }, ...mounted, emit: emitter.emit, warn, identity };
        const controls = await module.mountPanel(host);
        // The page may have switched language while the panel was mounting.
        if (locale !== mountedIn) controls.setLocale(locale);
        return controls;
      })
      .then((controls) => {
        panel = controls;
        frame?.launcher.removeAttribute('aria-busy');
        for (const command of queue.splice(0)) panel[command]();
        emitter.emit('ready', undefined);
      })
      .catch((error: unknown) => {
        // Forget the failed attempt so the next click retries (e.g. after a network blip).
        loading = undefined;
        queue.length = 0;
        frame?.launcher.removeAttribute('aria-busy');
        warn('Kotha: the chat panel failed to load', error);
      });
    return loading;
  }

  function run(command: PanelCommand): void {
    try {
      if (panel) {
        panel[command]();
        return;
      }
      queue.push(command);
      // A close before the panel exists has nothing to close, so it loads nothing.
      if (command !== 'close') {
        mount().launcher.setAttribute('aria-busy', 'true');
        void loadPanel();
      }
    } catch (error) {
      warn(`Kotha.${command}() failed`, error);
    }
  }

  function setLocale(requested: string): void {
    if (typeof requested !== 'string') {
      warn('Kotha.setLocale(locale): the locale must be a language tag such as "bn" or "pt-BR"');
      return;
    }
    try {
      locale = matchLocale([requested]);
      if (frame) localizeFrame(frame);
      panel?.setLocale(locale);
    } catch (error) {
      warn('Kotha.setLocale() failed', error);
    }
  }

  function identify(given: ShopperIdentity): void {
    if (typeof given !== 'object' || given === null) {
      warn('Kotha.identify({ name, email }): pass an object');
      return;
    }
    const pick = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
    const clean: ShopperIdentity = { name: pick(given.name), email: pick(given.email), wixMemberToken: pick(given.wixMemberToken) };
    identity = { ...identity, ...Object.fromEntries(Object.entries(clean).filter(([, v]) => v !== undefined)) };
    panel?.identify(identity);
  }

  const api: KothaApi = {
    identify,
    open: () => run('open'),
    close: () => run('close'),
    toggle: () => run('toggle'),
    setLocale,
    on(event, listener) {
      if (typeof listener !== 'function') {
        warn(`Kotha.on("${String(event)}"): the listener must be a function`);
        return;
      }
      emitter.on(event, listener);
    },
    off: (event, listener) => emitter.off(event, listener),
  };

  return { api, mount, warm: () => void loadPanel() };
}
