// "All is quiet": the simulator has no retry left to make. Bounded by time.
import type { Delivery, SimulatorClient } from './simulator-client.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Retries still owed: each attempt logged with a `next_retry_at` must be followed by an
 * attempt numbered one higher of the same event. Copies sent by `duplicate` retry on
 * their own, so attempts are counted per (event, attempt number), not matched one to one.
 */
export function retriesOwed(deliveries: Delivery[]): number {
  const scheduled = new Map<string, number>();
  const made = new Map<string, number>();
  for (const d of deliveries) {
    if (d.next_retry_at) scheduled.set(`${d.event_id}#${d.attempt + 1}`, (scheduled.get(`${d.event_id}#${d.attempt + 1}`) ?? 0) + 1);
    if (d.kind === 'retry') made.set(`${d.event_id}#${d.attempt}`, (made.get(`${d.event_id}#${d.attempt}`) ?? 0) + 1);
  }
  let owed = 0;
  for (const [key, count] of scheduled) owed += Math.max(0, count - (made.get(key) ?? 0));
  return owed;
}

/** Waits until no retry is owed (and out-of-order holds, 1 s at most, are released). */
export async function waitForQuiet(
  simulator: SimulatorClient,
  timeoutMs: number,
): Promise<{ quiet: boolean; owed: number; waitedMs: number }> {
  const started = Date.now();
  let owed = Infinity;
  while (Date.now() - started < timeoutMs) {
    owed = retriesOwed(await simulator.deliveries());
    if (owed === 0) {
      await sleep(1_500);
      // A held notification released in the meantime may have failed and owe a retry.
      owed = retriesOwed(await simulator.deliveries());
      if (owed === 0) return { quiet: true, owed, waitedMs: Date.now() - started };
    }
    await sleep(500);
  }
  return { quiet: false, owed, waitedMs: Date.now() - started };
}
