/**
 * The Widget tab's live preview: the real, built widget (its loader and panel, as a shop
 * downloads them) on a small page in an iframe, drawn from the settings the merchant has
 * not saved yet. Nothing reaches the API: the page answers the widget's two calls itself
 * (availability and the session, whose settings are the unsaved ones), holds no stream,
 * stores nothing and sends no page views. Each change builds a fresh page behind the one
 * shown and swaps them once the new one has drawn, so the preview never blinks or leaks.
 */
import type { StartSessionResponse } from '@kotha/common/contract/api.ts';
import type { WidgetSettings } from '@kotha/common/contract/schemas.ts';
import type { AvailabilityResponse } from '@kotha/common/contract/hours.ts';
import { AVAILABILITY_PATH, WIDGET_PATHS } from '@kotha/common/contract/widget-routes.ts';
import { themeFor } from '@kotha/common/theme.ts';

/** The preview's site id and API: never a real site, and a host that cannot resolve. */
export const PREVIEW_SITE = 'kotha-preview';
export const PREVIEW_API = 'https://preview.kotha.invalid';

/**
 * The loader, beside the dashboard as it is deployed (…/dashboard/ and …/widget/loader.js,
 * see plugin/src/manifest.ts HOSTED) and as the local stack serves it.
 */
export const loaderUrl = (dashboardUrl: string) => new URL('../widget/loader.js', dashboardUrl).href;

/**
 * The loader's `data-*` attributes for `settings`, as the embed carries them on a shop
 * (plugin/src/manifest.ts `embedParameters`): corner, height, colours, words and language.
 * `fallbackLocale` stands in for the site's language when the merchant chose "Automatic".
 */
export function previewEmbed(settings: WidgetSettings, fallbackLocale: string): Record<string, string> {
  const theme = themeFor(settings.accentColor);
  return {
    site: PREVIEW_SITE,
    api: PREVIEW_API,
    locale: settings.locale || fallbackLocale,
    side: settings.launcherSide === 'auto' ? '' : settings.launcherSide,
    offset: String(settings.launcherOffset),
    accent: theme.accent,
    onAccent: theme.onAccent,
    label: settings.launcherText.trim(),
  };
}

const ALWAYS_OPEN: AvailabilityResponse = {
  open: true,
  reason: 'always-open',
  changesAt: null,
  nextOpening: null,
  timeZone: null,
  outsideHours: 'take-message',
  awayMessage: null,
  typicalReplyMinutes: null,
  replyTimeText: null,
};

/** What the preview page answers the widget at `path`: a new shopper with no chats, the team in, the unsaved look. */
export function previewAnswer(path: string, settings: WidgetSettings): { status: number; body: unknown } {
  if (path === AVAILABILITY_PATH) return { status: 200, body: ALWAYS_OPEN };
  if (path === WIDGET_PATHS.session) {
    const session: StartSessionResponse = {
      visitorToken: 'preview',
      visitorId: 'preview',
      settings,
      theme: themeFor(settings.accentColor),
      conversations: [],
      branding: false,
      visitor: { name: null, hasEmail: false },
    };
    return { status: 200, body: session };
  }
  return { status: 404, body: { error: { code: 'preview', message: 'The preview sends nothing.' } } };
}

/** The page the widget sits on: a plain shop-like backdrop, in the preview's language. */
function pageHtml(lang: string): string {
  return `<!doctype html><html lang="${lang.replace(/[^A-Za-z0-9-]/g, '')}"><head><meta charset="utf-8"><style>
html,body{margin:0;height:100%}
body{background:#f7f8fa}
body::before{content:"";position:fixed;inset:0;background:linear-gradient(#e4e7ec 0 48px,transparent 0),linear-gradient(90deg,transparent 24px,#e9ecf0 0 55%,transparent 0) 0 80px/100% 20px no-repeat,linear-gradient(90deg,transparent 24px,#eef0f3 0 85%,transparent 0) 0 116px/100% 12px no-repeat,linear-gradient(90deg,transparent 24px,#eef0f3 0 70%,transparent 0) 0 138px/100% 12px no-repeat,linear-gradient(90deg,transparent 24px,#eef0f3 0 46%,transparent 0) 0 178px/100% 120px no-repeat}
</style></head><body></body></html>`;
}

type PreviewWindow = Window & typeof globalThis & { Kotha?: unknown; consentPolicyManager?: unknown };

/**
 * Makes the page answer the widget's calls itself and keep nothing; must run before the
 * loader. Returns whether the widget has asked for its session (and so has the settings).
 */
function isolate(win: PreviewWindow, settings: WidgetSettings): () => boolean {
  let sessionServed = false;
  win.fetch = (input: RequestInfo | URL) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, PREVIEW_API);
    const answer = previewAnswer(url.pathname, settings);
    sessionServed ||= url.pathname === WIDGET_PATHS.session;
    return win.Promise.resolve(
      new win.Response(JSON.stringify(answer.body), { status: answer.status, headers: { 'Content-Type': 'application/json' } }),
    );
  };
  // No live stream to hold; the panel only ever closes it.
  win.EventSource = class {
    onopen = null;
    onerror = null;
    addEventListener() {}
    close() {}
  } as unknown as typeof EventSource;
  Object.defineProperty(win.navigator, 'sendBeacon', { value: () => true });
  // Wix's consent manager saying "no functional storage": the widget stores nothing.
  win.consentPolicyManager = { getCurrentConsentPolicy: () => ({ policy: { functional: false } }) };
  // The panel focuses its message box as it opens, which would pull the merchant's cursor
  // out of the field they are typing in (inert does not stop it): in a picture, nothing takes focus.
  win.HTMLElement.prototype.focus = () => undefined;
  return () => sessionServed;
}

/**
 * Resolves once the widget in `doc` has drawn its launcher and, when `open`, its panel with
 * the settings (the session answered, no "connecting" banner left) at the end of its
 * opening motion; or after `timeoutMs`, whatever it shows then.
 */
function drawn(doc: Document, open: boolean, sessionServed: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  return new Promise((resolve) => {
    const check = () => {
      const root = doc.getElementById('kotha-widget')?.shadowRoot;
      const launcher = root?.querySelector('[data-kotha="launcher"]');
      const panel = root?.querySelector<HTMLElement>('[data-kotha="panel"]');
      const ready = launcher && (!open || (sessionServed() && panel && !panel.hidden && !root?.querySelector('.banner') && panel.getAnimations().length === 0));
      if (ready || Date.now() - started > timeoutMs) resolve();
      else setTimeout(check, 30);
    };
    check();
  });
}

export interface PreviewOptions {
  settings: WidgetSettings;
  /** Show the panel open (else the launcher alone, with its words). */
  open: boolean;
  /** The language shown when the merchant chose "Automatic". */
  fallbackLocale: string;
  /** The dashboard page's URL, to find the loader beside it. */
  dashboardUrl: string;
  /** The iframe's accessible name. */
  title: string;
}

/**
 * Shows the widget for `options` in `box`: builds a new page behind the current one and
 * swaps them when it has drawn; a page overtaken by a newer one while building is dropped.
 */
export function showPreview(box: HTMLElement, options: PreviewOptions): void {
  const frame = box.ownerDocument.createElement('iframe');
  frame.className = 'kotha-preview-frame';
  frame.title = options.title;
  frame.dataset.state = 'building';
  // A picture to look at: nothing in it takes focus from the form or answers clicks.
  frame.setAttribute('inert', '');
  frame.tabIndex = -1;
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow as PreviewWindow | null;
      if (!win) return;
      const sessionServed = isolate(win, options.settings);
      if (options.open) win.Kotha = { q: [['open']] };
      const script = win.document.createElement('script');
      script.src = loaderUrl(options.dashboardUrl);
      for (const [name, value] of Object.entries(previewEmbed(options.settings, options.fallbackLocale))) script.dataset[name] = value;
      win.document.body.append(script);
      void drawn(win.document, options.open, sessionServed).then(() => {
        if (box.lastElementChild !== frame) return frame.remove();
        for (const older of [...box.children]) if (older !== frame) older.remove();
        frame.dataset.state = 'shown';
      });
    },
    { once: true },
  );
  frame.srcdoc = pageHtml(options.settings.locale || options.fallbackLocale);
  box.append(frame);
}
