// `npm run chaos`: N payments through the real processes with Midtrans's misbehaviour
// turned up, a crash of the API and of the database mid-burst, then every order compared
// with Midtrans's final truth. See chaos/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApiClient, type Product } from './api-client.js';
import { runBurst, type OrderRun, type Outage } from './burst.js';
import {
  LAPSE_GRACE_MS,
  checkAnswers,
  checkDeliveriesLogged,
  checkForgeries,
  checkOrders,
  checkStock,
  type Check,
  type Observed,
} from './checks.js';
import { auditDatabase } from './db-audit.js';
import { checkDeskRefunds, runDeskRefunds } from './desk-refunds.js';
import { parseOptions, USAGE, type Options } from './options.js';
import { describeCounters, reconcilerCounters } from './metrics-probe.js';
import { waitForQuiet } from './quiet.js';
import { Random } from './random.js';
import { printChecks, printFigures } from './report.js';
import { Stack } from './services.js';
import { SimulatorClient } from './simulator-client.js';
import { runXenditOrders } from './xendit-orders.js';

const started = Date.now();
const print = (line: string) => process.stdout.write(`${line}\n`);
const log = (line: string) => print(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Retries come after ≈ 2/10/30/90/210 min × this: 0.1 to 13 s, so they span the restarts. */
const RETRY_TIME_SCALE = 0.001;
/** The reconciler's abandoned-checkout delay (server ABANDONED_CHECKOUT_MS), plus two passes. */
const ABANDONED_CHECKOUT_WAIT_MS = 60_000 + 6_000;

async function run(options: Options, stack: Stack): Promise<boolean> {
  const runTag = `${options.seed.toString(36)}${Date.now().toString(36).slice(-4)}`;
  log(
    `seed ${options.seed}: ${options.payments} payments, ${options.concurrency} at once${options.snapExpiryMinutes ? `, Snap tokens lapse after ${options.snapExpiryMinutes} min` : ''}`,
  );
  await stack.start();
  log(`FerretDB ${stack.dbUri} (${stack.dataDir}), simulator ${stack.simulatorUrl}, API ${stack.apiUrl}`);
  const api = new ApiClient(stack.apiUrl);
  const simulator = new SimulatorClient(stack.simulatorUrl);
  const initial = await api.products();

  const burst = await runBurst({
    stack,
    api,
    simulator,
    random: new Random(options.seed),
    products: initial,
    payments: options.payments,
    concurrency: options.concurrency,
    runTag,
    dbDownMs: options.quick ? 2_000 : 4_000,
    log,
  });
  const { orders, outages } = burst;
  const created = orders.filter((o) => o.orderId);
  log(`burst done: ${created.length} orders created, ${orders.length - created.length} checkouts refused`);

  const quiet = await waitForQuiet(simulator, 90_000);
  log(quiet.quiet ? `simulator quiet after ${quiet.waitedMs} ms` : `simulator still owes ${quiet.owed} retries after ${quiet.waitedMs} ms`);

  // Refunds from the desk under Midtrans timeouts and 5xx, with the API killed mid-way.
  const deskRefunds = await runDeskRefunds({
    stack,
    api,
    simulator,
    random: new Random(options.seed ^ 0x5eed),
    orders,
    outages,
    count: options.quick ? 6 : 12,
    log,
  });

  const convergeStarted = Date.now();
  const deadline = convergeDeadline(options, orders);
  // Agreement before every unpaid Snap token has lapsed proves nothing about lapsing.
  const allLapsed = options.snapExpiryMinutes
    ? Math.max(...orders.map((o) => o.startedAt)) + options.snapExpiryMinutes * 60_000 + LAPSE_GRACE_MS
    : 0;
  const observed = new Map<number, Observed>();
  const snapExpiryMs = options.snapExpiryMinutes ? options.snapExpiryMinutes * 60_000 : undefined;
  let orderChecks: Check[] = [];
  let stock: Check;
  let final: Product[] = [];
  // Orders converge as the reconciler passes (every 2 s) and lapsed tokens expire; ask
  // until everything agrees or the deadline says the disagreement is for good.
  for (let round = 1; ; round++) {
    orderChecks = await checkOrders(orders, { api, simulator, outages, snapExpiryMs, observed });
    final = await api.products().catch(() => []);
    stock = checkStock(initial, final, observed);
    const failing = orderChecks.filter((c) => !c.ok).length + (stock.ok ? 0 : 1);
    if ((failing === 0 && Date.now() > allLapsed) || Date.now() > deadline) break;
    if (round % 5 === 1) log(`${failing} checks not yet agreeing; waiting (up to ${Math.round((deadline - Date.now()) / 1000)} s)`);
    await sleep(2_000);
  }
  const convergeMs = Date.now() - convergeStarted;
  // Passes are counted when they finish: a count that stands still means a pass is stuck.
  const counters = await reconcilerCounters(stack.apiUrl);
  let countersLater = counters;
  for (let waited = 0; waited < 10_000 && counters && countersLater && countersLater.runs <= counters.runs; waited += 1_000) {
    await sleep(1_000);
    countersLater = await reconcilerCounters(stack.apiUrl);
  }
  const reconcilerPassing: Check = {
    name: 'the reconciler keeps passing (GET /metrics)',
    ok: !counters || !countersLater || countersLater.runs > counters.runs,
    detail:
      counters && countersLater
        ? `${describeCounters(countersLater)} in the API since its restart${countersLater.runs > counters.runs ? '' : '; no pass finished in 10 s (interval 2 s)'}`
        : 'metrics unavailable',
  };

  const deskChecks = await checkDeskRefunds(deskRefunds, { simulator, apiUrl: stack.apiUrl, deadline: Date.now() + 60_000, log });
  const deliveries = await simulator.deliveries();
  if (options.keep) {
    // For a post-mortem next to the process logs and the database.
    writeFileSync(path.join(stack.dir, 'deliveries.json'), JSON.stringify(deliveries, null, 1));
    writeFileSync(path.join(stack.dir, 'orders.json'), JSON.stringify({ orders, outages }, null, 1));
  }
  const audit = await auditDatabase(stack.dbUri, runTag);
  const createdIds = new Set(created.map((o) => o.orderId));
  const storedIds = new Set(audit.ordersOfRun.map((o) => o.orderId));
  const strays = audit.ordersOfRun.filter((o) => !createdIds.has(o.orderId));
  const unstored = created.filter((o) => !storedIds.has(o.orderId!));
  const globalChecks: Check[] = [
    stock,
    checkDeliveriesLogged(deliveries, audit.loggedHashes),
    ...checkAnswers(deliveries),
    checkForgeries(orders),
    {
      name: 'orders in the database = checkouts that answered an order',
      ok: strays.length === 0 && unstored.length === 0,
      detail:
        strays.length || unstored.length
          ? [
              ...unstored.map(
                (o) =>
                  `${o.orderId} (checkout sent ${new Date(o.startedAt).toISOString().slice(11, 23)}) answered with an order that is not in orders`,
              ),
              ...strays.map((s) => `${s.orderId} (${s.email}) stored for a checkout that answered an error`),
            ].join('; ')
          : `${audit.ordersOfRun.length} stored, ${created.length} created`,
    },
    processesCheck(stack, outages),
    reconcilerPassing,
    ...deskChecks,
  ];
  // After the Midtrans checks (it restarts the API once more and takes stock of its own).
  globalChecks.push(
    ...(await runXenditOrders({
      stack,
      api,
      random: new Random(options.seed ^ 0x0c0de),
      productId: initial.find((p) => p.stock > 50)?.id ?? initial[0]!.id,
      count: options.quick ? 8 : 16,
      log,
    })),
  );

  printFigures(
    {
      seed: options.seed,
      payments: options.payments,
      created: created.length,
      refused: tally(orders.flatMap((o) => (o.refused ? [o.refused.code] : []))),
      deliveries,
      forged: orders.reduce((n, o) => n + o.forgeries.length, 0),
      apiRestarts: Math.max(0, (stack.api?.starts ?? 1) - 1),
      dbRestarts: Math.max(0, stack.dbStarts - 1),
      seconds: (Date.now() - started) / 1000,
      anomalies: audit.anomalies,
      quietMs: quiet.waitedMs,
      convergeMs,
    },
    print,
  );
  printChecks(orderChecks, globalChecks, orders, observed, deliveries, path.join(stack.dir, 'api.log'), print);
  const all = [...orderChecks, ...globalChecks];
  const failed = all.filter((c) => !c.ok).length;
  if (options.traceDb && failed > 0) await printUnsettledCalls(stack);
  print('');
  print(`${all.length - failed} passed, ${failed} failed`);
  return failed === 0;
}

/** How long disagreement may last before it counts: reconciler passes, lapsing tokens, abandoned checkouts. */
function convergeDeadline(options: Options, orders: OrderRun[]): number {
  let deadline = Date.now() + (options.quick ? 20_000 : 60_000);
  if (options.snapExpiryMinutes) {
    const lastStart = Math.max(...orders.map((o) => o.startedAt));
    deadline = Math.max(deadline, lastStart + options.snapExpiryMinutes * 60_000 + LAPSE_GRACE_MS + 20_000);
  }
  // A checkout that failed mid-way may hold stock until the reconciler gives it back.
  const failedCheckouts = orders.filter((o) => o.refused && o.refused.code !== 'OUT_OF_STOCK').map((o) => o.refused!.at);
  if (failedCheckouts.length) deadline = Math.max(deadline, Math.max(...failedCheckouts) + ABANDONED_CHECKOUT_WAIT_MS);
  return deadline;
}

function processesCheck(stack: Stack, outages: Outage[]): Check {
  const crashes = (stack.api?.unexpectedExits ?? 0) + (stack.simulator?.unexpectedExits ?? 0);
  const spans = outages
    .map((o) => `${o.what} down ${((o.to - o.from) / 1000).toFixed(1)} s from ${new Date(o.from).toISOString().slice(11, 23)}`)
    .join(', ');
  const bothRestarted = outages.some((o) => o.what === 'api') && outages.some((o) => o.what === 'database');
  return {
    name: 'API and database restarted mid-burst; no process died on its own',
    ok: crashes === 0 && bothRestarted,
    detail: `${spans || 'no restart happened'}${crashes ? `; ${crashes} unexpected exits` : ''}`,
  };
}

/** Asks the traced API (--trace-db) for its MongoDB calls unsettled after 5 s. */
async function printUnsettledCalls(stack: Stack): Promise<void> {
  const apiLog = path.join(stack.dir, 'api.log');
  const before = readFileSync(apiLog, 'utf8').length;
  stack.api?.notify('SIGUSR2');
  await sleep(1_000);
  const lines = readFileSync(apiLog, 'utf8')
    .slice(before)
    .split('\n')
    .filter((line) => line.includes('"traceDb":"unsettled"'));
  print('');
  print(`MongoDB calls in the API unsettled after 5 s (--trace-db): ${lines.length}`);
  for (const line of lines.slice(0, 20)) print(`  ${line}`);
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function tally(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

async function main(): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    print(USAGE);
    return 0;
  }
  const keep = options.keep;
  const stack = new Stack({
    retryTimeScale: RETRY_TIME_SCALE,
    traceDb: options.traceDb,
    ...(options.snapExpiryMinutes ? { snapExpiryMinutes: options.snapExpiryMinutes } : {}),
  });
  // Whatever happens (an error, Ctrl+C), no process and no temp dir is left behind.
  process.once('exit', () => stack.killNowAndClean(keep));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      print(`\n${signal}: stopping every process of the run`);
      process.exit(130);
    });
  }
  // A last bound on everything: no CI job waits on a run that lost its way.
  const limitMs = (options.quick ? 5 : 15) * 60_000 + options.payments * 1_000;
  setTimeout(() => {
    print(`chaos run took longer than ${limitMs / 1000} s; giving up`);
    print('0 passed, 1 failed');
    process.exit(1);
  }, limitMs).unref();
  try {
    return (await run(options, stack)) ? 0 : 1;
  } catch (error) {
    print(`chaos run aborted: ${(error as Error).stack ?? String(error)}`);
    for (const name of ['api', 'simulator']) {
      const tail = readFileSafe(path.join(stack.dir, `${name}.log`))
        .split('\n')
        .slice(-15)
        .join('\n  ');
      if (tail.trim()) print(`last lines of ${name}.log:\n  ${tail}`);
    }
    print(`logs: ${stack.dir}/{api,simulator}.log${keep ? '' : ' (removed on exit; --keep keeps them)'}`);
    print('0 passed, 1 failed');
    return 1;
  } finally {
    await stack.stop().catch(() => undefined);
    if (keep) print(`kept ${stack.dir}`);
  }
}

process.exitCode = await main();
