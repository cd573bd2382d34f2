import { describe, expect, it } from 'vitest';
import type { PanelCommand, PanelHost, PanelModule } from '../protocol';
import type { Frame } from './frame';
import { createWidget } from './widget';

const config = { siteId: 'site', api: 'https://api.test', locale: 'en' };

/** A frame made of plain EventTargets: enough for the loader's wiring, no DOM needed. */
function fakeFrame(): Frame {
  const attributes = new Map<string, string>();
  const launcher = Object.assign(new EventTarget(), {
    setAttribute: (name: string, value: string) => attributes.set(name, value),
    removeAttribute: (name: string) => attributes.delete(name),
    getAttribute: (name: string) => attributes.get(name) ?? null,
  });
  return { root: {}, frame: {}, launcher } as unknown as Frame;
}

function setup(importPanel?: () => Promise<PanelModule>) {
  const calls: PanelCommand[] = [];
  const warnings: string[] = [];
  let host: PanelHost | undefined;
  let frames = 0;
  const panelModule: PanelModule = {
    mountPanel(h) {
      host = h;
      return {
        open: () => calls.push('open'),
        close: () => calls.push('close'),
        toggle: () => calls.push('toggle'),
      };
    },
  };
  const widget = createWidget({
    config,
    createFrame: () => {
      frames += 1;
      return fakeFrame();
    },
    importPanel: importPanel ?? (() => Promise.resolve(panelModule)),
    warn: (message) => warnings.push(message),
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
});
