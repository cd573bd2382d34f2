import { describe, expect, it } from 'vitest';
import type { PanelCommand, PanelHost, PanelModule, ShopperIdentity, WidgetConfig } from '../protocol';
import type { Frame } from './frame';
import { createWidget } from './widget';

const config: WidgetConfig = { siteId: 'site', api: 'https://api.test', locale: 'en', side: null, offset: 0, accent: null, onAccent: null, label: '' };
const launcherLabels = { en: 'Open chat', bn: 'চ্যাট খুলুন', ar: 'فتح الدردشة', 'zh-TW': '開啟聊天' };

/** An element made of a plain EventTarget and an attribute map: enough for the loader's wiring, no DOM needed. */
function fakeElement() {
  const attributes = new Map<string, string>();
  return Object.assign(new EventTarget(), {
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
    getAttribute: (name: string) => attributes.get(name) ?? null,
  });
}

function fakeFrame(): Frame {
  return { root: {}, frame: fakeElement(), launcher: fakeElement() } as unknown as Frame;
}

function setup(importPanel?: () => Promise<PanelModule>, overrides: Partial<WidgetConfig> = {}) {
  const calls: string[] = [];
  const warnings: string[] = [];
  let host: PanelHost | undefined;
  let frames = 0;
  const panelModule: PanelModule = {
    mountPanel(h) {
      host = h;
      const command = (name: PanelCommand) => () => void calls.push(name);
      return Promise.resolve({
        open: command('open'),
        close: command('close'),
        toggle: command('toggle'),
        setLocale: (locale: string) => void calls.push(`setLocale:${locale}`),
        identify: (identity: ShopperIdentity) => void calls.push(`identify:${JSON.stringify(identity)}`),
      });
    },
  };
  const widget = createWidget({
    config: { ...config, ...overrides },
    createFrame: () => {
      frames += 1;
      return fakeFrame();
    },
    importPanel: importPanel ?? (() => Promise.resolve(panelModule)),
    warn: (message) => warnings.push(message),
    launcherLabels,
  });
  return { widget, calls, warnings, host: () => host, frames: () => frames };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createWidget', () => {
  it('queues calls made before the panel loads and replays them in order', async () => {
    const { widget, calls } = setup();
    widget.api.open();
    widget.api.close();
    widget.api.open();
    expect(calls).toEqual([]);
    await settle();
    expect(calls).toEqual(['open', 'close', 'open']);
    widget.api.toggle();
    expect(calls).toEqual(['open', 'close', 'open', 'toggle']);
  });

  it('loads the panel on a launcher click and mounts the frame once', async () => {
    const { widget, calls, frames } = setup();
    const frame = widget.mount();
    widget.mount();
    frame.launcher.dispatchEvent(new Event('click'));
    await settle();
    expect(calls).toEqual(['toggle']);
    expect(frames()).toBe(1);
  });

  it('does not load the panel for a lone close', async () => {
    let imports = 0;
    const { widget } = setup(() => {
      imports += 1;
      return new Promise(() => {});
    });
    widget.api.close();
    await settle();
    expect(imports).toBe(0);
  });

  it('lets the host subscribe before the panel loads and hears panel events', async () => {
    const { widget, host } = setup();
    const seen: string[] = [];
    widget.api.on('ready', () => seen.push('ready'));
    widget.api.on('message', (m) => seen.push(m.text));
    widget.api.open();
    await settle();
    host()?.emit('message', { conversationId: 'c', text: 'Hello!', authorName: 'Rina' });
    expect(seen).toEqual(['ready', 'Hello!']);
  });

  it('warns instead of throwing when the panel fails to load, and retries on the next call', async () => {
    let attempts = 0;
    const { widget, warnings } = setup(() => {
      attempts += 1;
      return Promise.reject(new Error('offline'));
    });
    widget.api.open();
    await settle();
    widget.api.open();
    await settle();
    expect(attempts).toBe(2);
    expect(warnings).toEqual(['Kotha: the chat panel failed to load', 'Kotha: the chat panel failed to load']);
  });

  it('warns about a listener that is not a function', () => {
    const { widget, warnings } = setup();
    widget.api.on('open', 'nope' as unknown as () => void);
    expect(warnings).toHaveLength(1);
  });

  it('names the launcher in the widget language and mirrors the frame for right-to-left', () => {
    const bengali = setup(undefined, { locale: 'bn' }).widget.mount();
    expect(bengali.launcher.getAttribute('aria-label')).toBe('চ্যাট খুলুন');
    expect(bengali.launcher.getAttribute('lang')).toBe('bn');
    expect(bengali.frame.getAttribute('dir')).toBe('ltr');
    expect(bengali.frame.getAttribute('data-side')).toBe('right');

    const arabic = setup(undefined, { locale: 'ar' }).widget.mount();
    expect(arabic.frame.getAttribute('dir')).toBe('rtl');
    expect(arabic.frame.getAttribute('data-side')).toBe('left');
  });

  it('keeps the side the merchant chose, whatever the language', () => {
    const frame = setup(undefined, { locale: 'ar', side: 'right' }).widget.mount();
    expect(frame.frame.getAttribute('data-side')).toBe('right');
  });

  it('switches language before the panel loads without loading it, and mounts the panel in it', async () => {
    const { widget, calls, host } = setup();
    const frame = widget.mount();
    widget.api.setLocale('zh-Hant-HK');
    expect(frame.launcher.getAttribute('aria-label')).toBe('開啟聊天');
    await settle();
    expect(host()).toBeUndefined();
    widget.api.setLocale('ar-EG');
    expect(frame.frame.getAttribute('data-side')).toBe('left');
    widget.api.open();
    await settle();
    expect(host()?.config.locale).toBe('ar');
    expect(calls).toEqual(['open']);
  });

  it('hands a language switch to a loaded panel, which names the launcher from then on', async () => {
    const { widget, calls } = setup();
    const frame = widget.mount();
    widget.api.open();
    await settle();
    frame.launcher.setAttribute('aria-label', 'Open chat, 2 unread messages');
    widget.api.setLocale('bn-IN');
    widget.api.setLocale('xx');
    expect(calls).toEqual(['open', 'setLocale:bn', 'setLocale:en']);
    expect(frame.launcher.getAttribute('aria-label')).toBe('Open chat, 2 unread messages');
  });

  it('tells a panel that mounted in an older language about the newer one', async () => {
    const seen: string[] = [];
    const module: PanelModule = {
      mountPanel(host) {
        seen.push(`mounted:${host.config.locale}`);
        widget.api.setLocale('te'); // the page switches while the panel mounts
        return Promise.resolve({
          open: () => void seen.push('open'),
          close: () => {},
          toggle: () => {},
          setLocale: (locale: string) => void seen.push(`setLocale:${locale}`),
          identify: () => {},
        });
      },
    };
    const { widget } = setup(() => Promise.resolve(module));
    widget.api.open();
    await settle();
    expect(seen).toEqual(['mounted:en', 'setLocale:te', 'open']);
  });

  it('warns about a locale that is not a string', () => {
    const { widget, warnings } = setup();
    widget.api.setLocale(42 as unknown as string);
    expect(warnings).toHaveLength(1);
  });
});

describe('Kotha.identify', () => {
  it('keeps who the shopper is until the panel loads, hands it over, then forwards changes', async () => {
    const { widget, calls, warnings, host: hostOf } = setup();
    widget.api.identify({ name: ' Meena ', email: 'meena@example.com' });
    widget.api.identify({ name: 42 } as never);
    widget.api.identify(null as never);
    widget.api.open();
    await settle();
    expect(hostOf()?.identity).toEqual({ name: 'Meena', email: 'meena@example.com' });
    widget.api.identify({ wixMemberToken: 'tok' });
    expect(calls).toContain('identify:{"name":"Meena","email":"meena@example.com","wixMemberToken":"tok"}');
    expect(warnings).toEqual(['Kotha.identify({ name, email }): pass an object']);
  });
});
