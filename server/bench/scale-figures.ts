// The figures `--orders N` takes at each size of history, on one API process started
// on that history (its start is a restart: the history was there before it). Each
// figure is a run of sequential requests (each one's own latency), after warm-up
// rounds, bounded in count and in time: on a history where a request scans, a figure
// with fewer samples than asked says so (`count`).
import path from 'node:path';
import { loadConfig, SIMULATOR_CLIENT_KEY, SIMULATOR_SERVER_KEY } from '../src/config.js';
import { buildApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import type { Database } from '../src/persistence/database.js';
import { orderPage, orderQuery, ordersPage, signIn } from './desk.js';
import { request } from './http-client.js';
import type { KnownOrder } from './history.js';
import { closedLoop, latencyOf, now, sleep, type Latency } from './load.js';
import { collectGarbage, profileWhile } from './inspector.js';
import { cpuSeconds, rssBytes, type Child } from './processes.js';
import { closeAll, createPayment, postNotification, refundBody, settledBody, subscribeAll, type ShopOrder } from './shop.js';
import { steadyMix, type MinuteReport } from './steady-mix.js';

export const OPERATOR = { email: 'bench-operator@contoh.id', password: 'bench-operator-password' };

export interface Budget {
  samples: number;
  warmUp: number;
  /** Longest a figure may take. */
  maxMs: number;
  /** Settlements and duplicates for the CPU figures. */
  cpuSettlements: number;
  cpuDuplicates: number;
  /** Rounds per second in the first minute after the start. */
  mixPerSecond: number;
  mixMinutes: number;
}

export interface SizeFigures {
  size: number;
  seedSeconds: number;
  startToReadyMs: number;
  firstMinute: MinuteReport[];
  latency: Record<string, Latency>;
  lateRefund: Latency;
  reconcile: { ms: number; checked: number; repaired: number; errors: number } | { error: string };
  cpu: { perSettlementMs: number; settlements: number; perDuplicateMs: number; duplicates: number };
  rssMb: { afterStart: number; peak: number; afterGc: number };
  errors: string[];
}

export interface SizeContext {
  size: number;
  seedSeconds: number;
  db: Database;
  uri: string;
  simulatorUrl: string;
  productId: string;
  /** Seeded orders the shopper and the desk look at (spread over the history). */
  seeded: KnownOrder[];
  /** Seeded, paid at the simulator long ago: the late refunds. */
  refundable: KnownOrder[];
  /** The oldest of `seeded`, or the one a year back: the desk's old order. */
  old: KnownOrder;
  startApi(): Promise<{ api: Child; readyMs: number }>;
  /** Where the CPU phases' profiles go (`--cpu-prof DIR`), if anywhere. */
  profileDir?: string;
  budget: Budget;
  log(line: string): void;
}

/** Times `job` `samples` times in a row, after `warmUp` untimed rounds, within `maxMs`. */
async function sequential(budget: Budget, job: (i: number) => Promise<unknown>, samples = budget.samples): Promise<Latency> {
  const times: number[] = [];
  const started = now();
  for (let i = -budget.warmUp; i < samples && now() - started < budget.maxMs; i++) {
    const at = now();
    await job(i + budget.warmUp);
    if (i >= 0) times.push(now() - at);
  }
  return latencyOf(times, samples);
}

export async function measureSize(ctx: SizeContext): Promise<SizeFigures> {
  const { budget, log } = ctx;
  const errors: string[] = [];
  const latency: Record<string, Latency> = {};
  const attempt = async <T>(name: string, work: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await work();
    } catch (error) {
      errors.push(`${name}: ${String(error).slice(0, 300)}`);
      log(`${name} failed: ${String(error).slice(0, 300)}`);
      return undefined;
    }
  };
  const { api, readyMs } = await ctx.startApi();
  let peak = rssBytes(api.pid);
  const notePeak = () => (peak = Math.max(peak, rssBytes(api.pid)));
  const afterStart = peak;
  log(`${ctx.size} orders: API ready in ${(readyMs / 1000).toFixed(1)} s, RSS ${(afterStart / 2 ** 20).toFixed(0)} MB`);
  const old: ShopOrder[] = ctx.seeded.map((o) => ({ orderId: o.orderId, accessToken: o.accessToken }));
  const mixTarget = { apiUrl: api.url, apiPid: api.pid, simulatorUrl: ctx.simulatorUrl, productId: ctx.productId, old };
  const firstMinute =
    (await attempt('first minute', () =>
      steadyMix(mixTarget, budget.mixMinutes, budget.mixPerSecond, (r) => log(`first minute: ${JSON.stringify(r)}`)),
    )) ?? [];
  notePeak();

  const figure = async (name: string, job: (i: number) => Promise<unknown>, samples = budget.samples, warmUp = budget.warmUp) => {
    const measured = await attempt(name, () => sequential({ ...budget, warmUp }, job, samples));
    if (measured) latency[name] = measured;
    return measured;
  };
  // The shopper's path on fresh orders: createPayment, then its settlement and a duplicate.
  const fresh: ShopOrder[] = [];
  await figure('createPayment', async (i) => (fresh[i] = await createPayment(api.url, ctx.productId)));
  const bodies = await Promise.all(fresh.filter(Boolean).map((o) => settledBody(ctx.simulatorUrl, o.orderId)));
  if (bodies.length === 0) errors.push('webhook: no order could be placed, so none was settled');
  if (bodies.length > 0)
    await figure(
      'webhook: settlement',
      async (i) => {
        const answer = await postNotification(api.url, bodies[i]!);
        if (answer.outcome !== 'applied') throw new Error(`settlement answered ${answer.status} ${answer.outcome}`);
      },
      Math.max(0, bodies.length - budget.warmUp),
    );
  if (bodies.length > 0)
    await figure('webhook: duplicate', async (i) => {
      const answer = await postNotification(api.url, bodies[i % bodies.length]!);
      if (answer.outcome !== 'unchanged') throw new Error(`duplicate answered ${answer.status} ${answer.outcome}`);
    });
  // The seeded past: the shopper's order query and a subscription start on old orders.
  await figure('order query (seeded order)', (i) => orderQuery(api.url, old[i % old.length]!.orderId, old[i % old.length]!.accessToken));
  await figure('subscription start (seeded order)', async (i) => {
    const { live, failed } = await subscribeAll(api.url, [old[i % old.length]!]);
    await closeAll(live);
    if (failed.length) throw new Error(failed[0]);
  });
  notePeak();

  // A late refund: Midtrans's refund notification for an order paid long ago.
  const lateRefund =
    (await attempt('late refund', async () => {
      const refundBodies = await Promise.all(ctx.refundable.map((o) => refundBody(ctx.simulatorUrl, o.orderId, 10_000)));
      const times: number[] = [];
      for (const body of refundBodies) {
        const at = now();
        const answer = await postNotification(api.url, body);
        times.push(now() - at);
        if (answer.outcome !== 'applied') throw new Error(`refund answered ${answer.status} ${answer.outcome}`);
      }
      return latencyOf(times, refundBodies.length);
    })) ?? latencyOf([], ctx.refundable.length);

  // The operator's desk.
  const cookie = await attempt('sign-in', () => signIn(api.url, OPERATOR.email, OPERATOR.password));
  if (cookie) {
    const deskSamples = Math.min(10, budget.samples);
    await figure('desk: orders list', () => ordersPage(api.url, cookie), deskSamples, 1);
    await figure('desk: search by order id', () => ordersPage(api.url, cookie, ctx.old.orderId), deskSamples, 1);
    await figure('desk: search by email', () => ordersPage(api.url, cookie, ctx.old.email), deskSamples, 1);
    await figure("desk: an old order's page", () => orderPage(api.url, cookie, ctx.old.orderId), deskSamples, 1);
  }
  notePeak();

  const reconcile = await reconcilerPass(ctx).catch((error: unknown) => ({ error: String(error).slice(0, 300) }));
  log(`reconciler pass: ${JSON.stringify(reconcile)}`);
  await sleep(1_000);
  await collectGarbage(api).catch(() => undefined);
  const afterGc = rssBytes(api.pid);
  // Why the API failed, in its own words (its last log lines).
  if (errors.length > 0) log(`the API's first lines:\n${api.head()}\nthe API's last lines:\n${api.tail().slice(-2_500)}`);
  await api.stop();

  const cpu = (await attempt('CPU figures', () => measureCpu(ctx))) ?? {
    perSettlementMs: NaN,
    settlements: 0,
    perDuplicateMs: NaN,
    duplicates: 0,
  };
  return {
    size: ctx.size,
    seedSeconds: ctx.seedSeconds,
    startToReadyMs: readyMs,
    firstMinute,
    latency,
    lateRefund,
    reconcile,
    cpu,
    rssMb: { afterStart: afterStart / 2 ** 20, peak: peak / 2 ** 20, afterGc: afterGc / 2 ** 20 },
    errors,
  };
}

/**
 * One reconciler pass, in this process (the API has no way to start one on demand): the
 * server's own stack on the same database, every open order due (RECONCILE_AFTER_S=0).
 */
async function reconcilerPass(ctx: SizeContext) {
  const RECONCILE_CAP_MS = ctx.budget.maxMs * 4;
  const config = loadConfig({
    MONGODB_URI: ctx.uri,
    MIDTRANS_MODE: 'simulator',
    MIDTRANS_SIMULATOR_URL: ctx.simulatorUrl,
    MIDTRANS_SERVER_KEY: SIMULATOR_SERVER_KEY,
    MIDTRANS_CLIENT_KEY: SIMULATOR_CLIENT_KEY,
    RECONCILE_INTERVAL_S: '0',
    RECONCILE_AFTER_S: '0',
    LOG_LEVEL: 'silent',
  });
  const app = await buildApp({ config, db: ctx.db, logger: createLogger('silent') });
  try {
    const started = now();
    let timer: NodeJS.Timeout | undefined;
    const cap = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the pass had not ended after ${RECONCILE_CAP_MS / 60_000} min`)), RECONCILE_CAP_MS);
    });
    try {
      const report = await Promise.race([app.stack.reconciler.runOnce(), cap]);
      return { ms: now() - started, ...report };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await app.stop();
  }
}

/**
 * API CPU-seconds ÷ count, for applied settlements and for duplicates, on an API of its
 * own (with `--cpu-prof DIR`, each phase profiled, which adds a little to its figure): /proc/<pid>/stat before and after each
 * phase, less what the process burns idle over the same time. The phase includes a
 * pause after the last answer, so work a settlement leaves for later (the projection)
 * is billed to it: it ends once /metrics shows no projection waiting (or after a minute),
 * less what those looks at /metrics cost.
 */
async function measureCpu(ctx: SizeContext): Promise<SizeFigures['cpu']> {
  const { api } = await ctx.startApi();
  try {
    const orders: ShopOrder[] = [];
    await closedLoop(
      ctx.budget.cpuSettlements,
      8,
      ctx.budget.maxMs * 2,
      async (i) => void (orders[i] = await createPayment(api.url, ctx.productId)),
    );
    const bodies = (await Promise.all(orders.filter(Boolean).map((o) => settledBody(ctx.simulatorUrl, o.orderId).catch(() => '')))).filter(
      Boolean,
    );
    if (bodies.length === 0) throw new Error(`none of ${ctx.budget.cpuSettlements} orders could be placed and settled for the CPU figures`);
    await sleep(2_000);
    const idleFrom = cpuSeconds(api.pid);
    const idleAt = now();
    await sleep(2_000);
    const idlePerMs = (cpuSeconds(api.pid) - idleFrom) / (now() - idleAt);
    // What one look at /metrics costs the API, so the looks below are not billed to the settlements.
    const scrapeFrom = cpuSeconds(api.pid);
    for (let i = 0; i < 10; i++) await projected(api.url);
    const perScrape = Math.max(0, (cpuSeconds(api.pid) - scrapeFrom) / 10);
    const phase = async (count: number, body: (i: number) => string, want: string) => {
      let matched = 0;
      const cpuFrom = cpuSeconds(api.pid);
      const from = now();
      await closedLoop(count, 16, 120_000, async (i) => {
        if ((await postNotification(api.url, body(i))).outcome === want) matched++;
      });
      const scrapes = await projected(api.url);
      const seconds = cpuSeconds(api.pid) - cpuFrom - idlePerMs * (now() - from) - scrapes * perScrape;
      return { perMs: matched ? (seconds * 1000) / matched : NaN, matched };
    };
    const profiled = <T>(name: string, work: () => Promise<T>) =>
      ctx.profileDir ? profileWhile(api, path.join(ctx.profileDir, `${name}-at-${ctx.size}.cpuprofile`), work) : work();
    const applied = await profiled('settlements', () => phase(bodies.length, (i) => bodies[i]!, 'applied'));
    const dups = await profiled('duplicates', () => phase(ctx.budget.cpuDuplicates, (i) => bodies[i % bodies.length]!, 'unchanged'));
    ctx.log(
      `CPU: ${applied.perMs.toFixed(2)} ms per settlement (${applied.matched}), ${dups.perMs.toFixed(2)} ms per duplicate (${dups.matched})`,
    );
    return { perSettlementMs: applied.perMs, settlements: applied.matched, perDuplicateMs: dups.perMs, duplicates: dups.matched };
  } finally {
    await api.stop();
  }
}

/**
 * Waits until the API's projector has nothing queued (lunas_projection_backlog 0), at
 * most a minute, looking twice a second; returns how many looks it took.
 */
async function projected(apiUrl: string): Promise<number> {
  const deadline = now() + 60_000;
  let looks = 0;
  await sleep(200);
  while (now() < deadline) {
    looks++;
    const text = (await request(`${apiUrl}/metrics`).catch(() => ({ text: '' }))).text;
    const backlog = /^lunas_projection_backlog (\S+)$/m.exec(text)?.[1];
    if (backlog !== undefined && Number(backlog) === 0) break;
    await sleep(500);
  }
  return looks;
}
