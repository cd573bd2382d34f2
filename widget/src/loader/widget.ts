import type { KothaApi, PanelCommand, PanelControls, PanelHost, PanelModule, WidgetConfig } from '../protocol';
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
}

export interface Widget {
  /** The object installed as `window.Kotha`. */
  api: KothaApi;
  /** Shows the launcher (idempotent). */
  mount(): Frame;
}

/**
 * The loader's state machine: queues panel calls until the panel module has loaded,
 * then replays them in order; loads the panel on the first launcher click or `Kotha.open()`.
 */
export function createWidget({ config, createFrame, importPanel, warn }: WidgetDeps): Widget {
  const emitter = createEmitter((error) => warn('Kotha: an event listener threw', error));
  const queue: PanelCommand[] = [];
  let frame: Frame | undefined;
  let panel: PanelControls | undefined;
  let loading: Promise<void> | undefined;

  function mount(): Frame {
    if (frame) return frame;
    frame = createFrame();
    const launcher = frame.launcher;
    launcher.addEventListener('click', () => run('toggle'));
    // Start fetching when the pointer heads for the launcher, to cut the wait after the click.
    launcher.addEventListener('pointerenter', () => void loadPanel(), { once: true });
    return frame;
  }

  function loadPanel(): Promise<void> {
    loading ??= importPanel()
      .then((module) => {
        const mounted = mount();
        const host: PanelHost = { config, ...mounted, emit: emitter.emit };
        panel = module.mountPanel(host);
        mounted.launcher.removeAttribute('aria-busy');
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

  const api: KothaApi = {
    open: () => run('open'),
    close: () => run('close'),
    toggle: () => run('toggle'),
    on(event, listener) {
      if (typeof listener !== 'function') {
        warn(`Kotha.on("${String(event)}"): the listener must be a function`);
        return;
      }
      emitter.on(event, listener);
    },
    off: (event, listener) => emitter.off(event, listener),
  };

  return { api, mount };
}
