// Load shapes, bounded in count and time: a paced sender (N requests at R per second)
// and a closed loop (N requests, C in flight). Timings are performance.now() in ms.
import { performance } from 'node:perf_hooks';

export const now = () => performance.now();
export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts job(i) for i in [0, count) at `perSecond`, never waiting on answers; resolves when all have settled. */
export async function paced(count: number, perSecond: number, job: (i: number) => Promise<void>): Promise<{ seconds: number }> {
  const started = now();
  const interval = 1000 / perSecond;
  const running: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + i * interval;
    const wait = due - now();
    // A timer, not a busy wait: the sender must not eat the CPU the servers share.
    if (wait > 0) await sleep(wait);
    running.push(job(i).catch(() => undefined));
  }
  await Promise.all(running);
  return { seconds: (now() - started) / 1000 };
}

/** Runs job(i) for i in [0, count) with `concurrency` in flight, stopping early after `maxMs`. */
export async function closedLoop(
  count: number,
  concurrency: number,
  maxMs: number,
  job: (i: number) => Promise<void>,
): Promise<{ done: number; failed: number; seconds: number }> {
  const started = now();
  let next = 0;
  let done = 0;
  let failed = 0;
  const worker = async () => {
    while (next < count && now() - started < maxMs) {
      const i = next++;
      try {
        await job(i);
        done++;
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return { done, failed, seconds: (now() - started) / 1000 };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export interface Latency {
  p50: number;
  p99: number;
  count: number;
  /** Deliveries that did not arrive within the wait. */
  missing: number;
}

export const latencyOf = (values: number[], expected: number): Latency => ({
  p50: percentile(values, 50),
  p99: percentile(values, 99),
  count: values.length,
  missing: expected - values.length,
});
