// A steady mix of a shop's traffic at a fixed pace, reported per minute: the first
// minute after a (re)start, and `--soak N`, where growth over time is the point.
// Each round is one shopper's checkout end to end — createPayment, the `order` query on
// it, the bank's settlement POSTed to the webhook, then the same notification again (a
// duplicate, as Midtrans retries) — plus one `order` query on an order from the seeded
// past. Rounds start on time whether or not earlier ones have answered, but never more
// than MAX_IN_FLIGHT at once (a round that cannot start is counted as skipped).
import { orderQuery } from './desk.js';
import { latencyOf, now, paced, type Latency } from './load.js';
import { scrapeGauges } from './metrics.js';
import { rssBytes } from './processes.js';
import { createPayment, postNotification, settledBody, type ShopOrder } from './shop.js';

const MAX_IN_FLIGHT = 50;
export const KINDS = ['createPayment', 'order', 'settlement', 'duplicate', 'old order'] as const;
type Kind = (typeof KINDS)[number];

export interface MinuteReport {
  minute: number;
  rssMb: number;
  /** The projection's lag and backlog at the minute's end (GET /metrics), when it answered. */
  projection?: { lagSeconds: number; backlog: number };
  rounds: number;
  skipped: number;
  errors: number;
  latency: Record<Kind, Latency>;
}

export interface MixTarget {
  apiUrl: string;
  apiPid: number;
  simulatorUrl: string;
  productId: string;
  /** Orders from the seeded past the shopper looks up again. */
  old: ShopOrder[];
}

/** Runs `minutes` of rounds at `perSecond`, calling `onMinute` as each minute ends. */
export async function steadyMix(
  target: MixTarget,
  minutes: number,
  perSecond: number,
  onMinute: (report: MinuteReport) => void = () => undefined,
): Promise<MinuteReport[]> {
  const reports: MinuteReport[] = [];
  for (let minute = 1; minute <= minutes; minute++) {
    const times: Record<Kind, number[]> = Object.fromEntries(KINDS.map((kind) => [kind, []])) as unknown as Record<Kind, number[]>;
    let inFlight = 0;
    let skipped = 0;
    let errors = 0;
    const timed = async <T>(kind: Kind, work: () => Promise<T>): Promise<T> => {
      const started = now();
      const result = await work();
      times[kind].push(now() - started);
      return result;
    };
    const rounds = perSecond * 60;
    await paced(rounds, perSecond, async (i) => {
      if (inFlight >= MAX_IN_FLIGHT) {
        skipped++;
        return;
      }
      inFlight++;
      try {
        const order = await timed('createPayment', () => createPayment(target.apiUrl, target.productId));
        await timed('order', () => orderQuery(target.apiUrl, order.orderId, order.accessToken));
        const old = target.old[i % target.old.length];
        if (old) await timed('old order', () => orderQuery(target.apiUrl, old.orderId, old.accessToken));
        const body = await settledBody(target.simulatorUrl, order.orderId);
        const applied = await timed('settlement', () => postNotification(target.apiUrl, body));
        if (applied.outcome !== 'applied') throw new Error(`settlement answered ${applied.status} ${applied.outcome}`);
        const again = await timed('duplicate', () => postNotification(target.apiUrl, body));
        if (again.outcome !== 'unchanged') throw new Error(`duplicate answered ${again.status} ${again.outcome}`);
      } catch {
        errors++;
      } finally {
        inFlight--;
      }
    });
    const projection = await projectionState(target.apiUrl);
    const report: MinuteReport = {
      minute,
      rssMb: rssBytes(target.apiPid) / 2 ** 20,
      ...(projection ? { projection } : {}),
      rounds,
      skipped,
      errors,
      latency: Object.fromEntries(KINDS.map((kind) => [kind, latencyOf(times[kind], times[kind].length)])) as Record<Kind, Latency>,
    };
    reports.push(report);
    onMinute(report);
  }
  return reports;
}

/** The projection's gauges from the API's /metrics. */
async function projectionState(apiUrl: string): Promise<MinuteReport['projection']> {
  const gauges = await scrapeGauges(apiUrl, ['lunas_projection_lag_seconds', 'lunas_projection_backlog']);
  return gauges && { lagSeconds: gauges.lunas_projection_lag_seconds!, backlog: gauges.lunas_projection_backlog! };
}

export const minuteLine = (r: MinuteReport) =>
  `minute ${r.minute}: RSS ${r.rssMb.toFixed(0)} MB, ${r.rounds - r.skipped - r.errors}/${r.rounds} rounds ok` +
  (r.projection ? `, projection ${r.projection.lagSeconds.toFixed(1)} s behind (${r.projection.backlog} waiting)` : '') +
  `${r.skipped ? `, ${r.skipped} skipped` : ''}${r.errors ? `, ${r.errors} failed` : ''}; ` +
  KINDS.map((kind) => `${kind} p50 ${r.latency[kind].p50.toFixed(1)} / p99 ${r.latency[kind].p99.toFixed(1)} ms`).join(', ');
