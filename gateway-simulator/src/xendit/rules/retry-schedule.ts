import type { AttemptOutcome } from '../../kit/delivery/outcome.js';

// Xendit's callback retries (docs/xendit.md §4): only a 2xx counts; up to 6 retries at +15 min,
// +1 h, +3 h, +6 h, +12 h and +24 h after the first try (offsets from it, not gaps between
// tries). An attempt that timed out is not retried automatically (Xendit leaves it to a
// manual resend); any other failure is.

/** Minutes after the first attempt at which retry 1..6 is due. */
export const RETRY_OFFSETS_MINUTES = [15, 60, 180, 360, 720, 1440] as const;

export function retriesAllowed(o: AttemptOutcome): number {
  if (o.kind === 'response' && o.status >= 200 && o.status < 300) return 0;
  if (o.kind === 'timeout') return 0;
  return RETRY_OFFSETS_MINUTES.length;
}

/** The wait between the previous attempt and retry `retry` (1-based), scaled. */
export function delayMs(retry: number, timeScale: number): number {
  const at = RETRY_OFFSETS_MINUTES[retry - 1] ?? 1440;
  const before = retry >= 2 ? (RETRY_OFFSETS_MINUTES[retry - 2] ?? 0) : 0;
  return (at - before) * 60_000 * timeScale;
}

export const XENDIT_RETRY_SCHEDULE = { retriesAllowed, delayMs };
