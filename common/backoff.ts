/** Reconnect delays for the live stream: exponential from 1 s, capped at 30 s. */
export const BACKOFF_MIN_MS = 1_000;
export const BACKOFF_MAX_MS = 30_000;

/**
 * The wait before reconnect number `attempt` (0 = first retry). Jittered by ±25 % so
 * that shoppers dropped together (a server deploy) do not all come back in the same second.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const exponential = BACKOFF_MIN_MS * 2 ** Math.min(Math.max(attempt, 0), 10);
  const jittered = exponential * (0.75 + random() * 0.5);
  return Math.round(Math.min(BACKOFF_MAX_MS, Math.max(BACKOFF_MIN_MS, jittered)));
}
