// Midtrans's notification retry rules (docs/midtrans.md §8): how many retries an outcome earns and
// how long to wait before each one.

import { isDelivered, type AttemptOutcome } from '../../kit/delivery/outcome.js';

export { isDelivered, type AttemptOutcome };

/**
 * Retries allowed after this outcome: 2xx → none; 301/302/303 → none (not followed, "fix the
 * URL"); 500 → 1; 503 → 4; 400/404 → 2; any other code, timeout or connection error → 5.
 * The simulator counts from the latest outcome, so a 503 followed by a 500 stops after 1 retry.
 */
export function retriesAllowed(o: AttemptOutcome): number {
  if (o.kind !== 'response') return 5;
  const s = o.status;
  if (s >= 200 && s < 300) return 0;
  if (s === 301 || s === 302 || s === 303) return 0;
  if (s === 500) return 1;
  if (s === 503) return 4;
  if (s === 400 || s === 404) return 2;
  return 5;
}

/** Minutes after the previous failure, before retry 1..5. */
export const RETRY_DELAYS_MINUTES = [2, 10, 30, 90, 210] as const;

/**
 * Delay before retry number `retry` (1-based), with Midtrans's random jitter ("the first retry
 * may come after 33 s, up to 2 min") modelled as 25–100 % of the nominal delay, then scaled.
 */
export function retryDelayMs(retry: number, timeScale: number, random: () => number = Math.random): number {
  const minutes = RETRY_DELAYS_MINUTES[Math.min(retry, RETRY_DELAYS_MINUTES.length) - 1] ?? 210;
  return minutes * 60_000 * (0.25 + 0.75 * random()) * timeScale;
}

/** Midtrans's schedule, as the notifier takes it. */
export const MIDTRANS_RETRY_SCHEDULE = { retriesAllowed, delayMs: (retry: number, timeScale: number) => retryDelayMs(retry, timeScale) };
