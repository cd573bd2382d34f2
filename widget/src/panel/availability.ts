/**
 * Keeps the panel's idea of "is the team in" current without a reload: it loads the
 * availability, then switches by itself at the exact minute the hours say it changes
 * (the timer fires even if the network is slow) and asks again for the next change.
 */
import type { AvailabilityResponse } from '@kotha/common/contract/hours';

/** setTimeout's longest wait (about 24.8 days); longer waits just ask again then. */
const MAX_WAIT_MS = 2 ** 31 - 1;
const RETRY_MS = 60_000;

export interface AvailabilityWatch {
  stop(): void;
}

export function watchAvailability(deps: {
  load: () => Promise<AvailabilityResponse>;
  onChange: (availability: AvailabilityResponse) => void;
  now?: () => number;
  schedule?: (run: () => void, ms: number) => unknown;
  cancel?: (handle: unknown) => void;
}): AvailabilityWatch {
  const now = deps.now ?? Date.now;
  const schedule = deps.schedule ?? ((run, ms) => setTimeout(run, ms));
  const cancel = deps.cancel ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  let timer: unknown = null;
  let stopped = false;

  const later = (run: () => void, ms: number) => {
    if (!stopped) timer = schedule(run, Math.min(Math.max(0, ms), MAX_WAIT_MS));
  };

  async function refresh(): Promise<void> {
    let current: AvailabilityResponse;
    try {
      current = await deps.load();
    } catch {
      return later(() => void refresh(), RETRY_MS);
    }
    if (stopped) return;
    deps.onChange(current);
    const changesAt = current.changesAt;
    if (changesAt === null) return;
    later(() => {
      if (now() < changesAt) return void refresh(); // a clamped long wait: not yet
      deps.onChange({ ...current, open: !current.open, changesAt: null, nextOpening: null });
      void refresh();
    }, changesAt - now());
  }

  void refresh();
  return {
    stop() {
      stopped = true;
      if (timer !== null) cancel(timer);
    },
  };
}
