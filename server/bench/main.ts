// `npm run bench` (repo root): the payment hot path measured beside the bare floor, on
// embedded defaults, in one run, printed as one table against the goals of issue 9.
// Everything runs on loopback: a temporary FerretDB, the Midtrans simulator, the API as
// its own process(es), redis-server for the two-instance figure. Every load loop is
// bounded in count and time. `--quick` is a short smoke run (small counts, no docs).
// `--orders N` / `--soak M` run issue 19's scale bench instead (scale.ts).
//
// What is measured, at each size of existing orders (see docs/benchmarks.md):
//   createPayment/s   the best of a concurrency sweep, against the simulator's Snap API;
//   memory            API RSS (/proc/<pid>/status) before and after N idle subscriptions;
//   webhook → event   N graphql-ws sockets, one subscription each to its own order; the
//                     signed settlement of each order POSTed at R/s; from the POST to PAID;
//   stages            the API's lunas_webhook_stage_seconds over that phase;
//   changes/s         distinct real settlements POSTed as fast as the API takes them;
//   duplicates/s      copies of settlements already applied, as fast as it takes them;
//   two instances     a settlement POSTed to instance A, PAID on a subscriber of B (Redis).
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { startFerretDB } from '@lunas/dev-services';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { measureFloor } from './floor.js';
import { closedLoop, latencyOf, now, paced, sleep } from './load.js';
import { scrapeStages, seriesMeans, stageMeans } from './metrics.js';
import { collectGarbage } from './inspector.js';
import { apiEnv, cpuSeconds, launch, launchSimulator, port, root, rssBytes, startRedis, stopAll, type Child } from './processes.js';
import { renderReport, type Machine, type SizeResult } from './report.js';
import { probeDatabase } from './db-probe.js';
import { seedSettledOrders } from './seed.js';
import { closeAll, createPayment, postNotification, settledBody, subscribeAll, type ShopOrder } from './shop.js';

const quick = process.argv.includes('--quick');
/** `--subscribers N`: fewer (or more) sockets than the goal's 2,000, for a shorter run on a busy machine. */
const subscribersFlag = process.argv.indexOf('--subscribers');
const subscribersWanted = subscribersFlag > 0 ? Number(process.argv[subscribersFlag + 1]) : undefined;
if (subscribersWanted !== undefined && !(Number.isInteger(subscribersWanted) && subscribersWanted >= 10 && subscribersWanted <= 5_000)) {
  throw new Error('--subscribers takes a whole number from 10 to 5000');
}
const P = quick
  ? {
      sizes: [100],
      subscribers: 100,
      rate: 200,
      changes: 100,
      duplicates: 1_000,
      dupMs: 1_500,
      sweep: [16],
      sweepCount: 30,
      twoSubscribers: 50,
      changesMs: 3_000,
      waitMs: 5_000,
    }
  : {
      sizes: [1_000, 20_000],
      subscribers: 2_000,
      rate: 200,
      changes: 1_000,
      duplicates: 20_000,
      dupMs: 8_000,
      sweep: [1, 8, 32, 96],
      sweepCount: 300,
      twoSubscribers: 1_000,
      changesMs: 30_000,
      waitMs: 10_000,
    };
if (subscribersWanted) Object.assign(P, { subscribers: subscribersWanted, twoSubscribers: Math.ceil(subscribersWanted / 2) });
/** `--sizes 20000[,1000]`: only these sizes of existing orders (a partial run writes no docs). */
const sizesFlag = process.argv.indexOf('--sizes');
const sizesWanted =
  sizesFlag > 0
    ? String(process.argv[sizesFlag + 1])
        .split(',')
        .map(Number)
    : undefined;
if (sizesWanted && !sizesWanted.every((n) => Number.isInteger(n) && n >= 0 && n <= 200_000)) {
  throw new Error('--sizes takes whole numbers from 0 to 200000, separated by commas');
}
if (sizesWanted) P.sizes = sizesWanted;
const IN_FLIGHT = 64;
const PRODUCTS = 20;
const UNITS_PER_PRODUCT = 5_000;
const PRICE = 25_000;
const products = Array.from({ length: PRODUCTS }, (_, i) => `bench-${String(i + 1).padStart(2, '0')}`);
const anyProduct = () => products[Math.floor(Math.random() * PRODUCTS)]!;

/** CPU seconds each process used over a phase, and the phase's wall time. */
function cpuMeter(pids: Record<string, number>) {
  const read = () => Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuSeconds(pid)]));
  const before = read();
  const started = now();
  return () => {
    const after = read();
    return {
      wall: (now() - started) / 1000,
      cpu: Object.fromEntries(Object.keys(pids).map((name) => [name, after[name]! - before[name]!])),
    };
  };
}

const log = (line: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

/** The machine's CPU ticks, all and stolen (a virtual machine's host running others), from /proc/stat. */
function cpuTimes(): { all: number; steal: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    return { all: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return undefined;
  }
}

const stealShare = (from?: { all: number; steal: number }, to?: { all: number; steal: number }) =>
  from && to && to.all > from.all ? (to.steal - from.steal) / (to.all - from.all) : undefined;

async function main() {
  const startedAt = now();
  // Figures mean little if the host took the CPUs away for part of the run: reported.
  const stealAtStart = cpuTimes();
  const machine = describeMachine();
  log(`${machine.cpuCount} × ${machine.cpuModel}, ${machine.memory}, node ${machine.node}${quick ? ' (quick run)' : ''}`);

  log(`floor: ${P.subscribers} sockets, ${P.rate} POST/s`);
  const floor = await measureFloor(P.subscribers, P.rate);
  log(`floor p50 ${floor.p50.toFixed(2)} ms, p99 ${floor.p99.toFixed(2)} ms`);

  const work = mkdtempSync(path.join(tmpdir(), 'lunas-bench-'));
  const catalogFile = path.join(work, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify(products.map((id) => ({ id, name: `Bench ${id}`, price: PRICE, stock: UNITS_PER_PRODUCT }))));
  const ferret = await startFerretDB({ port: 0, dataDir: path.join(work, 'db'), quiet: true });
  // Interrupted: end what this run started (its own children only) before leaving.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void Promise.all([stopAll(), ferret.stop()]).finally(() => process.exit(130)));
  }
  const db = await connectDatabase(ferret.uri, { dbName: 'lunas' });
  // Started before the phases' try/finally: a failure here still ends the database.
  const [simulator, redis] = await Promise.all([launchSimulator(), startRedis()]).catch(async (error: unknown) => {
    await stopAll();
    await ferret.stop();
    throw error;
  });

  const startApi = async (extra: Record<string, string> = {}): Promise<Child> => {
    const p = await port();
    return launch(
      'API',
      'server/src/main.ts',
      { ...apiEnv(p, ferret.uri, simulator.url, catalogFile), ...extra },
      `http://127.0.0.1:${p}/healthz`,
      [],
      // The inspector (loopback) is how the memory figure forces a garbage collection.
      { inspect: true },
    );
  };

  /**
   * Orders placed through the API under test (createPayment: priced, stock reserved, a
   * Snap session in the simulator), as shoppers place them, so the API knows them as it
   * would in production; each then paid and settled silently in the simulator. Returns
   * the signed settlement bodies.
   */
  const prepare = async (count: number, apiUrl: string) => {
    const started = now();
    const orders: ShopOrder[] = [];
    const bodies: string[] = [];
    let lastError = '';
    const run = await closedLoop(count, 16, 600_000, async (i) => {
      try {
        orders[i] = await createPayment(apiUrl, anyProduct());
        bodies[i] = await settledBody(simulator.url, orders[i]!.orderId);
      } catch (error) {
        lastError = String(error);
        throw error;
      }
    });
    if (run.failed > 0) log(`${run.failed} of ${count} orders could not be prepared (left out): ${lastError.slice(0, 300)}`);
    const kept = orders.flatMap((order, i) => (order && bodies[i] ? [{ order, body: bodies[i]! }] : []));
    return { orders: kept.map((k) => k.order), bodies: kept.map((k) => k.body), seconds: (now() - started) / 1000 };
  };

  const results: SizeResult[] = [];
  let seeded = 0;
  try {
    for (const size of P.sizes) {
      await quietDatabase(db);
      const existing = await countOrders(db);
      const seedCount = Math.max(0, size - (Number.isNaN(existing) ? seeded : existing));
      const seedStarted = now();
      // In slices, each retried once: the bench's own connection has the API's short
      // driver timeouts (database.ts), which a busy FerretDB can exceed.
      for (let done = 0; done < seedCount; done += 1_000) {
        const slice = Math.min(1_000, seedCount - done);
        await seedSettledOrders(db, slice, products[0]!, PRICE).catch(async () => {
          await quietDatabase(db);
          await seedSettledOrders(db, slice, products[0]!, PRICE);
        });
      }
      seeded += seedCount;
      const seedSeconds = (now() - seedStarted) / 1000;
      log(`${size} orders: seeded ${seedCount} settled orders in ${seedSeconds.toFixed(1)} s`);

      const r: Partial<SizeResult> = { size, seed: { count: seedCount, seconds: seedSeconds } };
      r.database = await probeDatabase(db);
      log(`FerretDB alone: ${JSON.stringify(r.database)}`);
      await quietDatabase(db);
      let running: Child | undefined;
      try {
        const api = await startApi();
        running = api;
        r.ordersAtStart = await countOrders(db);

        // createPayment against the simulator, lowest concurrency first (it warms the JIT too).
        r.createPayment = [];
        for (const concurrency of P.sweep) {
          const loop = await closedLoop(P.sweepCount, concurrency, 8_000, async () => void (await createPayment(api.url, anyProduct())));
          r.createPayment.push({ concurrency, perSecond: loop.done / loop.seconds, failed: loop.failed });
          log(`createPayment ×${concurrency}: ${(loop.done / loop.seconds).toFixed(0)}/s${loop.failed ? `, ${loop.failed} failed` : ''}`);
        }

        const prepared = await prepare(P.subscribers + P.changes, api.url);
        r.prep = { orders: P.subscribers + P.changes, seconds: prepared.seconds };
        log(`prepared ${r.prep.orders} settlements in ${prepared.seconds.toFixed(1)} s`);
        const bodyOf = new Map(prepared.orders.map((order, i) => [order.orderId, prepared.bodies[i]!]));
        const watched = prepared.orders.slice(0, P.subscribers);
        const freshBodies = prepared.bodies.slice(P.subscribers);

        const { live: subscribers, failed: notLive } = await subscribeAll(api.url, watched);
        if (notLive.length > 0) log(`${notLive.length} subscriptions did not go live (left out); first: ${notLive[0]}`);
        r.notLive = notLive.length;
        const watchedBodies = subscribers.map((s) => bodyOf.get(s.order.orderId)!);
        await sleep(2_000);

        // Webhook → subscriber at the target rate.
        const pids = { API: api.pid, FerretDB: ferret.pid as number, simulator: simulator.pid, bench: process.pid };
        const stagesBefore = await scrapeStages(api.url);
        const latencyCpu = cpuMeter(pids);
        const sentAt: number[] = [];
        const answers: number[] = [];
        const statuses: Record<string, number> = {};
        await paced(subscribers.length, P.rate, async (i) => {
          sentAt[i] = now();
          const answer = await postNotification(api.url, watchedBodies[i]!);
          answers.push(answer.ms);
          const key = `${answer.status} ${answer.outcome ?? ''}`.trim();
          statuses[key] = (statuses[key] ?? 0) + 1;
        });
        const deadline = now() + P.waitMs;
        while (subscribers.some((s) => s.paidAt === undefined) && now() < deadline) await sleep(20);
        r.latency = latencyOf(
          subscribers.flatMap((s, i) => (s.paidAt === undefined ? [] : [s.paidAt - sentAt[i]!])),
          subscribers.length,
        );
        r.answer = latencyOf(answers, subscribers.length);
        r.statuses = statuses;
        const stagesAfter = await scrapeStages(api.url);
        r.stages = stageMeans(stagesBefore, stagesAfter);
        r.dbOperations = seriesMeans(stagesBefore?.operations, stagesAfter?.operations);
        r.writeWait = seriesMeans(stagesBefore?.writeWaits, stagesAfter?.writeWaits)?.['write lane'];
        log(`database: ${JSON.stringify(r.dbOperations)}; write lane wait ${JSON.stringify(r.writeWait)}`);
        r.cpu = { latency: latencyCpu() };
        log(`stages ${JSON.stringify(r.stages)}; CPU s ${JSON.stringify(r.cpu.latency)}`);
        log(`webhook → PAID p50 ${r.latency.p50.toFixed(2)} ms, p99 ${r.latency.p99.toFixed(2)} ms (${JSON.stringify(statuses)})`);

        // The most distinct state changes per second.
        let applied = 0;
        const changesCpu = cpuMeter(pids);
        const changes = await closedLoop(freshBodies.length, IN_FLIGHT, P.changesMs, async (i) => {
          const answer = await postNotification(api.url, freshBodies[i]!);
          if (answer.outcome === 'applied') applied++;
        });
        r.cpu.changes = changesCpu();
        r.changes = { perSecond: applied / changes.seconds, applied, sent: freshBodies.length };
        log(`state changes: ${r.changes.perSecond.toFixed(0)}/s (${applied} of ${freshBodies.length} applied)`);

        // The most duplicates per second: copies of settlements applied above.
        let unchanged = 0;
        const dupsCpu = cpuMeter(pids);
        const dups = await closedLoop(P.duplicates, IN_FLIGHT, P.dupMs, async (i) => {
          const answer = await postNotification(api.url, watchedBodies[i % watchedBodies.length]!);
          if (answer.outcome === 'unchanged') unchanged++;
        });
        r.cpu.duplicates = dupsCpu();
        r.duplicates = { perSecond: unchanged / dups.seconds, answered: unchanged, sent: dups.done + dups.failed };
        log(`duplicates: ${r.duplicates.perSecond.toFixed(0)}/s`);
        await closeAll(subscribers);

        // Idle subscribers, last (a session on the inspector is not left to weigh on the
        // timed phases): RSS right after a full garbage collection, before and after
        // opening the same number of subscriptions again, settled for a moment.
        await sleep(1_000);
        await collectGarbage(api);
        const rssBefore = rssBytes(api.pid);
        const idle = await subscribeAll(api.url, watched);
        await sleep(2_000);
        await collectGarbage(api);
        const rssAfter = rssBytes(api.pid);
        r.memory = { before: rssBefore, after: rssAfter, perSubscriber: (rssAfter - rssBefore) / idle.live.length };
        log(`${idle.live.length} idle subscribers: ${(r.memory.perSubscriber / 1024).toFixed(1)} KB each`);
        await closeAll(idle.live);
      } catch (error) {
        // A phase that breaks (the API or database gave up) is reported, and the run goes on.
        r.errors = [...(r.errors ?? []), `single instance: ${String(error).slice(0, 400)}`];
        log(`single-instance phases stopped: ${String(error).slice(0, 400)}`);
      } finally {
        await running?.stop();
      }

      // Two instances on one database and one Redis: POST to A, subscriber on B.
      await quietDatabase(db);
      let pair: Child[] = [];
      try {
        const [a, b] = await Promise.all([startApi({ REDIS_URL: redis.url }), startApi({ REDIS_URL: redis.url })]);
        pair = [a!, b!];
        const two = await prepare(P.twoSubscribers, a.url);
        const { live: onB, failed: notLiveOnB } = await subscribeAll(b.url, two.orders);
        if (notLiveOnB.length > 0) log(`${notLiveOnB.length} subscriptions on B did not go live (left out); first: ${notLiveOnB[0]}`);
        const bodyOnB = new Map(two.orders.map((order, i) => [order.orderId, two.bodies[i]!]));
        const sentAt: number[] = [];
        const answersOfA: Record<string, number> = {};
        await paced(onB.length, P.rate, async (i) => {
          sentAt[i] = now();
          const answer = await postNotification(a.url, bodyOnB.get(onB[i]!.order.orderId)!);
          const key = `${answer.status} ${answer.outcome ?? ''}`.trim();
          answersOfA[key] = (answersOfA[key] ?? 0) + 1;
        });
        const deadline = now() + P.waitMs;
        while (onB.some((s) => s.paidAt === undefined) && now() < deadline) await sleep(20);
        r.twoInstances = latencyOf(
          onB.flatMap((s, i) => (s.paidAt === undefined ? [] : [s.paidAt - sentAt[i]!])),
          onB.length,
        );
        log(
          `two instances: p50 ${r.twoInstances.p50.toFixed(2)} ms, p99 ${r.twoInstances.p99.toFixed(2)} ms (A answered ${JSON.stringify(answersOfA)})`,
        );
        await closeAll(onB);
      } catch (error) {
        r.errors = [...(r.errors ?? []), `two instances: ${String(error).slice(0, 400)}`];
        log(`two-instance phase stopped: ${String(error).slice(0, 400)}`);
      } finally {
        await Promise.all(pair.map((child) => child.stop()));
      }
      r.ordersAtEnd = await countOrders(db);
      results.push(r as SizeResult);
    }
  } finally {
    await db.close();
    await stopAll();
    await ferret.stop();
  }

  machine.load += ` → ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at the end`;
  const steal = stealShare(stealAtStart, cpuTimes());
  if (steal !== undefined) {
    machine.load += `; ${(steal * 100).toFixed(0)}% of the CPU time was stolen by the host (/proc/stat)`;
    log(`CPU steal over the run: ${(steal * 100).toFixed(1)}%`);
  }
  const report = renderReport({
    machine,
    floor,
    results,
    quick,
    seconds: (now() - startedAt) / 1000,
    params: { ...P, inFlight: IN_FLIGHT, products: PRODUCTS, units: PRODUCTS * UNITS_PER_PRODUCT },
    seeded,
  });
  console.log(report.table);
  if (!quick && !sizesWanted && !subscribersWanted) {
    writeFileSync(path.join(root, 'docs', 'benchmarks.md'), report.markdown);
    log('wrote docs/benchmarks.md');
  }
}

/**
 * Waits (at most a minute) until the database answers a find by `_id` within 50 ms, so
 * work left over from the previous phase is not billed to the next. The document looked
 * for is alone in its collection: on FerretDB a look-up that finds nothing reads the
 * whole collection (half a second in 20,000 orders), and would be the load it waits out.
 */
async function quietDatabase(db: Database): Promise<void> {
  const deadline = now() + 60_000;
  const probes = db.connection.db!.collection('bench_quiet');
  await probes.insertOne({ _id: 'here' as any }).catch(() => undefined);
  for (;;) {
    const started = now();
    await probes.findOne({ _id: 'here' as any }).catch(() => undefined);
    if (now() - started < 50 || now() > deadline) return;
    await sleep(1_000);
  }
}

/** The number of orders (a scan on FerretDB); NaN when the database does not answer in time. */
const countOrders = (db: Database) => db.collections.orders.countDocuments().catch(() => NaN);

function describeMachine(): Machine {
  const sh = (command: string) => {
    try {
      return execSync(command, { encoding: 'utf8' }).trim();
    } catch {
      return '?';
    }
  };
  return {
    cpuCount: Number(sh('nproc')) || cpus().length,
    cpuModel: cpus()[0]?.model ?? '?',
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB (${(freemem() / 2 ** 30).toFixed(1)} GiB free at start)`,
    node: process.version,
    os: sh('uname -srm'),
    date: new Date().toISOString(),
    // Other work on the machine competes for the same cores: part of what the figures mean.
    load: `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the start`,
    commit: sh(`git -C ${JSON.stringify(root)} rev-parse --short HEAD`),
  };
}

/**
 * `--orders N` (issue 19): the figures at 1,000 orders and at N; `--soak M`: M minutes of
 * steady traffic after them, `--soak-rate R` checkouts a second (each one settlement, so R
 * state changes a second), with `--subscribers S` idle subscribers open (2,000).
 */
const flag = (name: string) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : undefined);
const ordersWanted = flag('--orders');
const soakWanted = flag('--soak');
const soakRate = flag('--soak-rate');
const idleWanted = flag('--subscribers');
if (ordersWanted !== undefined && !(Number.isInteger(ordersWanted) && ordersWanted >= 100 && ordersWanted <= 2_000_000)) {
  throw new Error('--orders takes a whole number from 100 to 2000000');
}
if (soakWanted !== undefined && !(Number.isInteger(soakWanted) && soakWanted >= 1 && soakWanted <= 240)) {
  throw new Error('--soak takes a whole number of minutes from 1 to 240');
}
if (soakRate !== undefined && !(Number.isInteger(soakRate) && soakRate >= 1 && soakRate <= 200)) {
  throw new Error('--soak-rate takes a whole number of checkouts a second from 1 to 200');
}
const cpuProfFlag = process.argv.indexOf('--cpu-prof');
const run =
  ordersWanted !== undefined || soakWanted !== undefined
    ? import('./scale.js').then(({ runScale }) =>
        runScale({
          orders: ordersWanted ?? 1_000,
          soakMinutes: soakWanted ?? 0,
          ...(soakRate !== undefined ? { soakPerSecond: soakRate } : {}),
          ...(idleWanted !== undefined ? { idleSubscribers: idleWanted } : {}),
          quick,
          ...(cpuProfFlag > 0 ? { cpuProfDir: path.resolve(String(process.argv[cpuProfFlag + 1])) } : {}),
        }),
      )
    : main();
run.catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
