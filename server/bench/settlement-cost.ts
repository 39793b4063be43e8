// What one settlement and one duplicate cost the API: CPU (the same measure as the
// scale bench's CPU figures: /proc/<pid>/stat around the phase, less what the process
// burns idle) and database operations (the API's own lunas_db_operation_seconds counts
// on /metrics, so a batched insertMany of 16 documents is one operation). Faster than a
// whole `--orders` run, and with a warm-up first, so a change to the hot path can be
// measured in half a minute:
//   npx tsx server/bench/settlement-cost.ts [--settlements 400] [--duplicates 3000] [--cpu-prof DIR]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFerretDB } from '@lunas/dev-services';
import { request } from './http-client.js';
import { profileWhile } from './inspector.js';
import { closedLoop, now, sleep } from './load.js';
import { apiEnv, cpuSeconds, launch, launchSimulator, port, stopAll, type Child } from './processes.js';
import { createPayment, postNotification, settledBody, type ShopOrder } from './shop.js';

const flag = (name: string, fallback: number) =>
  process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback;
const SETTLEMENTS = flag('--settlements', 400);
const DUPLICATES = flag('--duplicates', 3_000);
const WARM_UP = 100;
const CONCURRENCY = 16;
const profileFlag = process.argv.indexOf('--cpu-prof');
const profileDir = profileFlag > 0 ? path.resolve(String(process.argv[profileFlag + 1])) : undefined;
const PRODUCT = 'bench-cost';

const log = (line: string) => process.stderr.write(`[cost] ${line}\n`);

/** User and system CPU seconds apart (a socket write's kernel work is system time). */
function cpuSplit(pid: number): { user: number; system: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
}

/** Database operations the API has answered so far, per `collection.operation`, from its /metrics. */
async function operations(apiUrl: string): Promise<Map<string, number>> {
  const text = (await request(`${apiUrl}/metrics`)).text;
  const counts = new Map<string, number>();
  for (const match of text.matchAll(/^lunas_db_operation_seconds_count\{collection="([^"]+)",operation="([^"]+)"\} (\S+)$/gm)) {
    counts.set(`${match[1]}.${match[2]}`, Number(match[3]));
  }
  return counts;
}

/** Waits until the projector has nothing queued (the settlement's deferred work is billed to it). */
async function projected(apiUrl: string): Promise<void> {
  const deadline = now() + 60_000;
  while (now() < deadline) {
    const backlog = /^lunas_projection_backlog (\S+)$/m.exec((await request(`${apiUrl}/metrics`)).text)?.[1];
    if (backlog !== undefined && Number(backlog) === 0) return;
    await sleep(250);
  }
}

async function placeAndSettle(api: Child, simulatorUrl: string, count: number): Promise<string[]> {
  const orders: ShopOrder[] = [];
  await closedLoop(count, 8, 120_000, async (i) => void (orders[i] = await createPayment(api.url, PRODUCT)));
  const bodies = await Promise.all(orders.filter(Boolean).map((o) => settledBody(simulatorUrl, o.orderId)));
  if (bodies.length < count) throw new Error(`only ${bodies.length} of ${count} orders could be placed`);
  return bodies;
}

async function main() {
  const work = mkdtempSync(path.join(tmpdir(), 'lunas-cost-'));
  const catalogFile = path.join(work, 'catalog.json');
  writeFileSync(catalogFile, JSON.stringify([{ id: PRODUCT, name: 'Bench cost', price: 25_000, stock: 10_000_000 }]));
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const ferret = await startFerretDB({ port: 0, dataDir: path.join(work, 'db'), quiet: true });
  try {
    const simulator = await launchSimulator();
    const apiPort = await port();
    const api = await launch(
      'API',
      'server/src/main.ts',
      apiEnv(apiPort, ferret.uri, simulator.url, catalogFile),
      `http://127.0.0.1:${apiPort}/healthz`,
      [],
      {
        inspect: true,
      },
    );

    log(`API pid ${api.pid}`);
    // Warm-up: the same paths once over, so the figures are the steady cost, not the JIT's.
    const warm = await placeAndSettle(api, simulator.url, WARM_UP);
    await closedLoop(warm.length, CONCURRENCY, 60_000, (i) => postNotification(api.url, warm[i]!).then(() => undefined));
    await closedLoop(warm.length * 3, CONCURRENCY, 60_000, (i) => postNotification(api.url, warm[i % warm.length]!).then(() => undefined));
    const bodies = await placeAndSettle(api, simulator.url, SETTLEMENTS);
    await projected(api.url);
    await sleep(1_000);
    const idleFrom = cpuSeconds(api.pid);
    const idleAt = now();
    await sleep(2_000);
    const idlePerMs = (cpuSeconds(api.pid) - idleFrom) / (now() - idleAt);

    const phase = async (name: string, count: number, body: (i: number) => string, want: string) => {
      const run = async () => {
        const opsBefore = await operations(api.url);
        let matched = 0;
        const cpuFrom = cpuSeconds(api.pid);
        const splitFrom = cpuSplit(api.pid);
        const from = now();
        await closedLoop(count, CONCURRENCY, 120_000, async (i) => {
          if ((await postNotification(api.url, body(i))).outcome === want) matched++;
        });
        const wall = now() - from;
        // The answers' own share, before the deferred work (the projection) is waited for.
        const answered = cpuSeconds(api.pid) - cpuFrom - idlePerMs * wall;
        await projected(api.url);
        await sleep(500);
        // The looks at /metrics while waiting cost a little: a few requests against hundreds.
        const seconds = cpuSeconds(api.pid) - cpuFrom - idlePerMs * (now() - from);
        const splitTo = cpuSplit(api.pid);
        const opsAfter = await operations(api.url);
        const perOp = [...opsAfter]
          .map(([key, n]) => [key, (n - (opsBefore.get(key) ?? 0)) / Math.max(1, matched)] as const)
          .filter(([, n]) => n > 0.001)
          .sort((a, b) => b[1] - a[1]);
        const total = perOp.reduce((sum, [, n]) => sum + n, 0);
        log(
          `${name}: ${matched}/${count} ${want}, ${((seconds * 1000) / matched).toFixed(3)} ms CPU each (${((answered * 1000) / matched).toFixed(3)} until the last answer; user ${(((splitTo.user - splitFrom.user) * 1000) / matched).toFixed(2)}, system ${(((splitTo.system - splitFrom.system) * 1000) / matched).toFixed(2)}), ${((matched / wall) * 1000).toFixed(0)}/s; ` +
            `database operations each ${total.toFixed(2)}: ${perOp.map(([key, n]) => `${key} ${n.toFixed(2)}`).join(', ')}`,
        );
      };
      return profileDir ? profileWhile(api, path.join(profileDir, `${name}.cpuprofile`), run) : run();
    };
    await phase('settlements', bodies.length, (i) => bodies[i]!, 'applied');
    await phase('duplicates', DUPLICATES, (i) => bodies[i % bodies.length]!, 'unchanged');
  } finally {
    await stopAll();
    await ferret.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  process.exit(1);
});
