import type { KothaEventName, KothaEvents, KothaListener } from '../protocol';

/** The host page's event subscriptions; they live in the loader so `Kotha.on` works before the panel loads. */
export interface Emitter {
  on<E extends KothaEventName>(event: E, listener: KothaListener<E>): void;
  off<E extends KothaEventName>(event: E, listener: KothaListener<E>): void;
  emit<E extends KothaEventName>(event: E, detail: KothaEvents[E]): void;
}

/** Creates an emitter; `onListenerError` receives what a host listener throws, so one bad listener cannot break the widget. */
export function createEmitter(onListenerError: (error: unknown) => void): Emitter {
  const listeners = new Map<KothaEventName, Set<(detail: never) => void>>();
  return {
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
      }
      set.add(listener);
    },
    off(event, listener) {
      listeners.get(event)?.delete(listener);
    },
    emit(event, detail) {
      for (const listener of listeners.get(event) ?? []) {
        try {
          (listener as KothaListener<typeof event>)(detail);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
  };
}
