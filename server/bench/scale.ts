// `npm run bench -- --orders N [--soak M]`: issue 19's question — does a shop's third year
// cost what its first day did? One run, one temporary FerretDB, the simulator and the API
// as their own processes on loopback:
//   1. seeds 1,000 orders of history (history.ts), starts the API on it and takes every
//      figure (scale-figures.ts);
//   2. seeds the rest, up to N, and takes the same figures again;
//   3. with `--soak M`: M minutes of a steady mix on the largest history (steady-mix.ts,
//      `--soak-rate R` checkouts a second, `--subscribers S` idle subscribers open),
//      RSS and latency printed per minute;
// then prints one table: each figure at 1,000 and at N, and their ratio against the
// goal (at most 2×). `--cpu-prof DIR`: V8 CPU profiles of the API over the CPU figures'
// settlement and duplicate phases, written there (summarise them with
// `npx tsx server/bench/profile-summary.ts DIR/settlements-at-N.cpuprofile`).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { startFerretDB } from '@lunas/dev-services';
import { SIMULATOR_SERVER_KEY } from '../src/config.js';
import { connectDatabase } from '../src/persistence/database.js';
import { History, type KnownOrder } from './history.js';
import { now } from './load.js';
import { apiEnv, launch, launchSimulator, port, rssBytes, stopAll } from './processes.js';
import { renderScale } from './scale-report.js';
import { measureSize, OPERATOR, type Budget, type SizeFigures } from './scale-figures.js';
import { closeAll, settleAtGateway, subscribeAll } from './shop.js';
import { minuteLine, steadyMix, type MinuteReport } from './steady-mix.js';

export interface ScaleOptions {
  orders: number;
  soakMinutes: number;
  quick: boolean;
  cpuProfDir?: string;
  /** Checkouts a second in the soak (each one settlement); the budget's pace unless given. */
  soakPerSecond?: number;
  /** Idle `orderStatusChanged` subscribers held open through the soak (issue 19: 2,000). */
  idleSubscribers?: number;
}

const FIRST_STEP = 1_000;
/** How far back "a year-old order" is, at the history's 1,000 orders a day. */
const YEAR = 365_000;
const REFUNDS = 5;
const IDLE_SUBSCRIBERS = 2_000;
const PRODUCT = 'bench-live';

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

export async function runScale(options: ScaleOptions): Promise<void> {
  const startedAt = now();
  const budget: Budget = options.quick
    ? { samples: 10, warmUp: 3, maxMs: 30_000, cpuSettlements: 50, cpuDuplicates: 200, mixPerSecond: 2, mixMinutes: 0 }
    : { samples: 40, warmUp: 10, maxMs: 90_000, cpuSettlements: 400, cpuDuplicates: 3_000, mixPerSecond: 5, mixMinutes: 1 };
  const total = options.orders;
  const steps = total > FIRST_STEP ? [FIRST_STEP, total] : [total];
  const load = `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the start`;
  log(`history of ${total.toLocaleString('en')} orders, figures at ${steps.map((s) => s.toLocaleString('en')).join(' and ')}; ${load}`);

  if (options.cpuProfDir) mkdirSync(options.cpuProfDir, { recursive: true });
  const work = mkdtempSync(path.join(tmpdir(), 'lunas-scale-'));
  const catalogFile = path.join(work, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify([{ id: PRODUCT, name: 'Bench live', price: 25_000, stock: 10_000_000 }]));
  const ferret = await startFerretDB({ port: 0, dataDir: path.join(work, 'db'), quiet: true });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void Promise.all([stopAll(), ferret.stop()]).finally(() => process.exit(130)));
  }
  const db = await connectDatabase(ferret.uri, { dbName: 'lunas' });
  // Started before the try/finally: a failure here still ends the database.
  const simulator = await launchSimulator().catch(async (error: unknown) => {
    await ferret.stop();
    throw error;
  });
  const startApi = async () => {
    const p = await port();
    const started = now();
    const api = await launch(
      'API',
      'server/src/main.ts',
      { ...apiEnv(p, ferret.uri, simulator.url, catalogFile), ADMIN_EMAIL: OPERATOR.email, ADMIN_PASSWORD: OPERATOR.password },
      `http://127.0.0.1:${p}/healthz`,
      [],
      // The inspector (loopback): a full GC before the memory figure, and the CPU profiles.
      { inspect: true },
    );
    return { api, readyMs: now() - started };
  };

  // Which seeded orders the figures use: spread over each step's whole history.
  const spread = (from: number, to: number, count: number) =>
    Array.from({ length: Math.min(count, to - from) }, (_, k) => from + Math.floor(((to - from) * k) / Math.min(count, to - from)));
  const yearBack = (size: number) => Math.max(0, size - YEAR);
  const keep = new Set([...steps.flatMap((to) => spread(0, to, budget.samples)), ...steps.map(yearBack)]);
  const refundAt = steps.map((to, s) => {
    const from = Math.max(s === 0 ? 1 : steps[s - 1]!, to - YEAR);
    return Array.from({ length: REFUNDS }, (_, k) => from + k);
  });
  const payAtGateway = new Map(
    refundAt
      .flat()
      .map((i) => [i, (orderId: string, gross: number) => settleAtGateway(simulator.url, SIMULATOR_SERVER_KEY, orderId, gross)]),
  );
  const history = new History(db, ferret.uri, { total, keep, payAtGateway });
  const known = new Map<number, KnownOrder>();
  const results: SizeFigures[] = [];
  let soak: MinuteReport[] = [];
  let soakSubscribers = 0;
  let subscribers: Awaited<ReturnType<typeof subscribeAll>>['live'] = [];
  try {
    let seeded = 0;
    for (const [s, size] of steps.entries()) {
      const seed = await history.seed(seeded, size);
      seeded = size;
      for (const [i, order] of seed.known) known.set(i, order);
      log(`seeded ${seed.orders.toLocaleString('en')} orders in ${seed.seconds.toFixed(1)} s: ${JSON.stringify(seed.documents)}`);
      const seededOrders = spread(0, size, budget.samples).map((i) => known.get(i)!);
      results.push(
        await measureSize({
          size,
          seedSeconds: seed.seconds,
          db,
          uri: ferret.uri,
          simulatorUrl: simulator.url,
          productId: PRODUCT,
          seeded: seededOrders,
          refundable: refundAt[s]!.map((i) => known.get(i)!),
          // The desk's old order: a year back, or the oldest there is.
          old: known.get(yearBack(size))!,
          startApi,
          ...(options.cpuProfDir ? { profileDir: options.cpuProfDir } : {}),
          budget,
          log,
        }),
      );
    }
    if (options.soakMinutes > 0) {
      const { api } = await startApi();
      try {
        const old = [...known.values()].map((o) => ({ orderId: o.orderId, accessToken: o.accessToken }));
        // Shoppers' open pages that see nothing happen: they hold sockets and memory all along.
        const wanted = options.idleSubscribers ?? IDLE_SUBSCRIBERS;
        const idle = await subscribeAll(
          api.url,
          Array.from({ length: wanted }, (_, k) => old[k % old.length]!),
        );
        log(
          `soak: ${idle.live.length} idle subscribers open (${idle.failed.length} failed), API RSS ${(rssBytes(api.pid) / 1e6).toFixed(0)} MB`,
        );
        soakSubscribers = idle.live.length;
        subscribers = idle.live;
        soak = await steadyMix(
          { apiUrl: api.url, apiPid: api.pid, simulatorUrl: simulator.url, productId: PRODUCT, old },
          options.soakMinutes,
          options.soakPerSecond ?? budget.mixPerSecond,
          (r) => log(`soak ${minuteLine(r)}`),
        );
      } finally {
        await closeAll(subscribers);
        await api.stop();
      }
    }
  } finally {
    await db.close();
    await stopAll();
    await ferret.stop();
    // The database of a million orders is gigabytes: gone with the run (the figures stay).
    rmSync(path.join(work, 'db'), { recursive: true, force: true });
  }
  const end = `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the end`;
  const text = renderScale({
    results,
    soak,
    soakSubscribers,
    seconds: (now() - startedAt) / 1000,
    load: `${load}, ${end}`,
    node: process.version,
  });
  console.log(text);
  const file = path.join(work, 'scale.json');
  writeFileSync(file, JSON.stringify({ results, soak, soakSubscribers }, null, 2));
  log(`figures as JSON: ${file}`);
}
