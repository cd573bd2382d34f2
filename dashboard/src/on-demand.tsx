/**
 * What the inbox's first rows do not need loads after them (issue 12): each settings tab,
 * and the open conversation's panel with the shopper's details and the action modals, is a
 * chunk of its own, fetched when first shown (or ahead of it: `preload`). Meanwhile a WSR
 * Loader holds the place the content takes, so nothing jumps; a chunk that fails to load
 * offers "Try again" instead of emptying the page.
 */
import { Component, createElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Loader, TextButton } from 'wix-style-react';
import { t } from './i18n/i18n.ts';

type OnDemand<P> = ComponentType<P> & { preload(): Promise<unknown> };

const resets = new Set<() => void>();

/** A component from a chunk loaded on first render, or earlier with `preload()`; rendered directly once loaded. */
function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let ready: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (component) => (ready = component),
      (error: unknown) => {
        pending = undefined; // the next render or preload tries again
        throw error;
      },
    ));
  const makeLazy = () => lazy(() => preload().then((component) => ({ default: component })));
  let Lazy = makeLazy();
  // React keeps a failed lazy component failed: "Try again" needs a fresh one.
  resets.add(() => {
    if (!ready) Lazy = makeLazy();
  });
  const Shown = (props: P) => createElement((ready ?? Lazy) as ComponentType<P>, props);
  return Object.assign(Shown, { preload });
}

// The chunk behind the open conversation: its panel, the shopper's details and the Wix card.
const conversation = () => import('./conversation-chunk.ts');

export const ConversationPanel = onDemand(() => conversation().then((m) => m.ConversationPanel));
export const ShopperDetails = onDemand(() => conversation().then((m) => m.ShopperDetails));
export const WixContextCard = onDemand(() => conversation().then((m) => m.WixContextCard));
export const TeamSettingsPage = onDemand(() => import('./settings/TeamSettingsPage.tsx').then((m) => m.TeamSettingsPage));
export const WidgetSettingsPage = onDemand(() => import('./settings/WidgetSettingsPage.tsx').then((m) => m.WidgetSettingsPage));
export const HoursSettingsPage = onDemand(() => import('./settings/HoursSettingsPage.tsx').then((m) => m.HoursSettingsPage));
export const HelpCenterPage = onDemand(() => import('./help/HelpCenterPage.tsx').then((m) => m.HelpCenterPage));

/** The settings tabs' chunks, for when the merchant heads for the tabs. */
export function preloadSettings(): void {
  for (const page of [TeamSettingsPage, WidgetSettingsPage, HoursSettingsPage, HelpCenterPage]) page.preload().catch(() => undefined);
}

/** The open conversation's chunk, once the first rows are up and the browser is idle. */
export function preloadConversation(): void {
  const load = () => void ConversationPanel.preload().catch(() => undefined);
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

/**
 * Where a chunk's content goes, while it loads or after it failed: a page (a settings tab,
 * laid out like the tabs' own loading state) or the conversation panel's column.
 */
function Place({ place, children }: { place: 'page' | 'panel'; children: ReactNode }) {
  // The settings tabs' own loading state is a Loader 24 px down, centred (Box padding SP6).
  const inner = (
    <div data-hook="on-demand" style={{ display: 'flex', justifyContent: 'center', padding: 24 }}>
      {children}
    </div>
  );
  return place === 'panel' ? <section className="kotha-panel kotha-panel--empty">{inner}</section> : inner;
}

/** Shows `children` once their chunk is in: a Loader in their place until then, "Try again" if it fails. */
export class Deferred extends Component<{ place: 'page' | 'panel'; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    const { place, children } = this.props;
    if (this.state.failed) {
      const retry = () => {
        for (const reset of resets) reset();
        this.setState({ failed: false });
      };
      return (
        <Place place={place}>
          <TextButton dataHook="on-demand-retry" onClick={retry}>
            {t('common.tryAgain')}
          </TextButton>
        </Place>
      );
    }
    return (
      <Suspense
        fallback={
          <Place place={place}>
            <Loader size="small" />
          </Place>
        }
      >
        {children}
      </Suspense>
    );
  }
}
