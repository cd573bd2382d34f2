/**
 * The one typed protocol between the loader (on every page view) and the lazily loaded
 * panel. Types only: nothing here ships to the browser.
 */

/** The embed's configuration, read from the loader's `<script data-…>` attributes. */
export interface WidgetConfig {
  /** The site's public key (the Wix instanceId), from `data-site`. */
  siteId: string;
  /** API base URL without a trailing slash, from `data-api`. */
  api: string;
  /**
   * The widget's language: a supported locale code (see locales/catalog.ts), matched from
   * `data-locale`, the page's `<html lang>` and the browser's languages; `Kotha.setLocale` changes it.
   */
  locale: string;
  /** The page corner the launcher sits in, from `data-side`; null follows the language (left for right-to-left). */
  side: 'left' | 'right' | null;
  /** The launcher's look from the embed: extra distance from the bottom (px) and colours (#rrggbb), when given. */
  offset: number;
  accent: string | null;
  onAccent: string | null;
  /** Words beside the launcher's icon (the merchant's), or empty. */
  label: string;
}

/** Events a host page can subscribe to with `Kotha.on(name, fn)`. */
export interface KothaEvents {
  /** The panel module loaded and replayed the queued calls. */
  ready: undefined;
  open: undefined;
  close: undefined;
  /** A new message from the team (agent or system) arrived. */
  message: { conversationId: string; text: string; authorName: string | null };
}

export type KothaEventName = keyof KothaEvents;
export type KothaListener<E extends KothaEventName> = (detail: KothaEvents[E]) => void;

/** The calls that need the panel; queued until it loads, then replayed in order. */
export type PanelCommand = 'open' | 'close' | 'toggle';

/** `window.Kotha`: the widget's single public global. */
export interface KothaApi {
  open(): void;
  close(): void;
  toggle(): void;
  /** Switches the widget's language live; takes any BCP 47 tag and uses the best supported match (else English). */
  setLocale(locale: string): void;
  /**
   * Tells Kotha who the shopper is, so the team sees it and never has to ask: their own
   * `name`/`email`, or a logged-in Wix member's `wixMemberToken` (verified with Wix).
   */
  identify(identity: ShopperIdentity): void;
  on<E extends KothaEventName>(event: E, listener: KothaListener<E>): void;
  off<E extends KothaEventName>(event: E, listener: KothaListener<E>): void;
}

/** What the loader hands the panel when it mounts. */
export interface PanelHost {
  config: WidgetConfig;
  root: ShadowRoot;
  /** The shadow root's wrapper; carries theme variables and the `data-open` state. */
  frame: HTMLElement;
  /** Once the panel is mounted, it names the launcher (the name then carries the unread count). */
  launcher: HTMLButtonElement;
  emit<E extends KothaEventName>(event: E, detail: KothaEvents[E]): void;
  /** What `Kotha.identify` said before the panel loaded, if anything. */
  identity: ShopperIdentity | null;
  /** Reports a failure without throwing into the host page. */
  warn(message: string, error?: unknown): void;
}

/** What the panel gives back; the loader forwards launcher clicks and queued calls to it. */
export interface PanelControls extends Record<PanelCommand, () => void> {
  /** Shows the panel in `locale` (already matched to a supported code) once its pack has loaded. */
  setLocale(locale: string): void;
  identify(identity: ShopperIdentity): void;
}

export interface ShopperIdentity {
  name?: string;
  email?: string;
  wixMemberToken?: string;
}

/** The panel module's shape, as the loader `import()`s it. */
export interface PanelModule {
  /** Resolves once the panel has rendered in its language (a pack may have to load first). */
  mountPanel(host: PanelHost): Promise<PanelControls>;
}
