// The one table: each figure at both sizes beside the floor and the goal, with a
// pass/miss that also applies "no figure worse by more than 1.5× at the larger size".
import type { DatabaseProbe } from './db-probe.js';
import type { Latency } from './load.js';

export interface Machine {
  cpuCount: number;
  cpuModel: string;
  memory: string;
  node: string;
  os: string;
  date: string;
  load: string;
  commit: string;
}

export interface SizeResult {
  size: number;
  ordersAtStart: number;
  ordersAtEnd: number;
  seed: { count: number; seconds: number };
  database: DatabaseProbe;
  createPayment: { concurrency: number; perSecond: number; failed: number }[];
  prep: { orders: number; seconds: number };
  memory: { before: number; after: number; perSubscriber: number };
  /** Subscriptions that did not go live within 30 s (left out of the figures). */
  notLive: number;
  latency: Latency;
  answer: Latency;
  statuses: Record<string, number>;
  stages: Record<string, number> | undefined;
  /** The API's database operations over the latency phase: mean ms once sent, and how many. */
  dbOperations?: Record<string, { ms: number; count: number }> | undefined;
  /** Writes' mean wait for their turn in the write lane over the latency phase. */
  writeWait?: { ms: number; count: number } | undefined;
  changes: { perSecond: number; applied: number; sent: number };
  duplicates: { perSecond: number; answered: number; sent: number };
  twoInstances: Latency;
  /** Phases that broke off, with why. */
  errors?: string[];
  /** CPU seconds per process over each phase, with the phase's wall time. */
  cpu: Record<string, { wall: number; cpu: Record<string, number> }>;
}

interface Input {
  machine: Machine;
  floor: Latency;
  results: SizeResult[];
  quick: boolean;
  seconds: number;
  seeded: number;
  params: Record<string, unknown>;
}

const ms = (v: number) => (Number.isFinite(v) ? `${v < 10 ? v.toFixed(2) : v.toFixed(1)} ms` : 'n/a');
const rate = (v: number) => (Number.isFinite(v) ? `${Math.round(v).toLocaleString('en')}/s` : 'n/a');
const kb = (bytes: number) => (Number.isFinite(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : 'n/a');
/** A figure of a phase that did not complete is NaN (shown as n/a, and a miss). */
const safely = (f: () => number): number => {
  try {
    const v = f();
    return typeof v === 'number' ? v : NaN;
  } catch {
    return NaN;
  }
};
const STAGES = ['verify', 'log', 'confirm', 'database', 'publish'];

type Direction = 'lower' | 'higher';

export function renderReport(input: Input) {
  const { floor, results, machine } = input;
  // A quick run has one size: it is shown in both columns, without a ratio.
  const small = results[0]!;
  const large = results[1] ?? small;
  const single = results.length === 1;
  const sizeLabel = (r: SizeResult) => `${r.size.toLocaleString('en')} orders`;
  const rows: string[][] = [];

  /** A row with a goal: pass when both sizes meet it and the larger is within 1.5× of the smaller. */
  const row = (
    figure: string,
    floorCell: string,
    value: (r: SizeResult) => number,
    show: (v: number) => string,
    goal: string,
    meets: (v: number) => boolean,
    better: Direction,
  ) => {
    const a = safely(() => value(small));
    const b = safely(() => value(large));
    const ratio = better === 'lower' ? b / a : a / b;
    const misses: string[] = [];
    if (!(meets(a) && meets(b)) || Number.isNaN(a) || Number.isNaN(b)) misses.push('goal');
    if (!single && !(ratio <= 1.5)) misses.push('1.5× rule');
    rows.push([
      figure,
      floorCell,
      show(a),
      single ? '—' : show(b),
      single ? '—' : `${ratio.toFixed(2)}×`,
      goal,
      misses.length ? `**miss** (${misses.join(', ')})` : 'pass',
    ]);
  };

  const answerCell = (r: SizeResult) => (r.answer ? `${ms(r.answer.p50)} / ${ms(r.answer.p99)}` : 'n/a');
  const floorGoal = 10 * floor.p50;
  row(
    `webhook → subscriber p50 (${small.latency.count + small.latency.missing} subscribers, ${input.params.rate}/s)`,
    ms(floor.p50),
    (r) => r.latency.p50,
    ms,
    `≤ 10× floor p50 = ${ms(floorGoal)}`,
    (v) => v <= floorGoal,
    'lower',
  );
  row(
    'webhook → subscriber p99',
    ms(floor.p99),
    (r) => r.latency.p99,
    ms,
    '≤ 25 ms',
    (v) => v <= 25,
    'lower',
  );
  row(
    'verified state changes/s',
    '—',
    (r) => r.changes.perSecond,
    rate,
    '≥ 500/s',
    (v) => v >= 500,
    'higher',
  );
  row(
    'duplicates/s',
    '—',
    (r) => r.duplicates.perSecond,
    rate,
    '≥ 2,000/s',
    (v) => v >= 2_000,
    'higher',
  );
  const bestCreate = (r: SizeResult) => (r.createPayment?.length ? Math.max(...r.createPayment.map((c) => c.perSecond)) : NaN);
  row('createPayment/s (best of the sweep)', '—', bestCreate, rate, '≥ 200/s', (v) => v >= 200, 'higher');
  row(
    'API memory per idle subscriber',
    '—',
    (r) => r.memory.perSubscriber,
    kb,
    '≤ 20 KB',
    (v) => v <= 20 * 1024,
    'lower',
  );
  row(
    'two instances, POST to A → subscriber on B, p50',
    '—',
    (r) => r.twoInstances.p50,
    ms,
    '(no goal)',
    () => true,
    'lower',
  );
  row(
    'two instances, p99',
    '—',
    (r) => r.twoInstances.p99,
    ms,
    '(no goal)',
    () => true,
    'lower',
  );
  rows.push(['webhook answer (HTTP) p50 / p99', '—', answerCell(small), single ? '—' : answerCell(large), '', '< 5 s (Midtrans)', '']);
  const stageCell = (r: SizeResult) =>
    r.stages
      ? STAGES.filter((s) => r.stages![s] !== undefined)
          .map((s) => `${s} ${r.stages![s]!.toFixed(2)}`)
          .join(' · ') + ' ms'
      : 'no /metrics';
  rows.push(['webhook stages, mean (at the rate above)', '—', stageCell(small), single ? '—' : stageCell(large), '', '', '']);

  const probe = (r: SizeResult) =>
    `insert ${r.database.insertMs.toFixed(2)} · find by _id ${r.database.findByIdMs.toFixed(2)} · update by _id ${r.database.updateByIdMs.toFixed(2)} ms`;
  rows.push(['FerretDB alone, one at a time, mean', '—', probe(small), single ? '—' : probe(large), '', '', '']);

  const header = ['figure', 'floor', sizeLabel(small), single ? '' : sizeLabel(large), single ? '' : 'larger vs smaller', 'goal', 'result'];
  const table = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
    '\n',
  );

  const count = (n: number | undefined) =>
    n !== undefined && Number.isFinite(n) ? n.toLocaleString('en') : 'not counted (the database did not answer in time)';
  const line = (f: () => string | undefined) => {
    try {
      return f();
    } catch {
      return undefined;
    }
  };
  const details = results
    .map((r) =>
      [
        `**${sizeLabel(r)}** (${count(r.ordersAtStart)} orders when the phase started, ${count(r.ordersAtEnd)} when it ended; ${r.seed.count.toLocaleString('en')} seeded as settled orders in ${r.seed.seconds.toFixed(1)} s)`,
        line(
          () =>
            `- createPayment sweep: ${r.createPayment.map((c) => `×${c.concurrency} ${rate(c.perSecond)}${c.failed ? ` (${c.failed} failed)` : ''}`).join(', ')}`,
        ),
        line(
          () =>
            `- ${r.prep.orders.toLocaleString('en')} orders prepared (createPayment on the API, then pay + settle in the simulator with notify:false, then the signed body) in ${r.prep.seconds.toFixed(1)} s`,
        ),
        line(
          () =>
            `- API RSS ${kb(r.memory.before)} → ${kb(r.memory.after)} with ${r.latency.count + r.latency.missing} idle subscribers${r.notLive ? ` (${r.notLive} more did not go live within 30 s and were left out)` : ''}`,
        ),
        line(
          () =>
            `- webhook → subscriber: ${r.latency.count} PAID events, ${r.latency.missing} missing at the end of the wait; answers ${JSON.stringify(r.statuses)}`,
        ),
        line(
          () =>
            `- state changes: ${r.changes.applied} of ${r.changes.sent} applied; duplicates: ${r.duplicates.answered} of ${r.duplicates.sent} answered "unchanged"`,
        ),
        ...Object.entries(r.cpu ?? {}).map(
          ([phase, { wall, cpu }]) =>
            `- CPU over the ${phase} phase (${wall.toFixed(1)} s wall): ${Object.entries(cpu)
              .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
              .join(', ')}`,
        ),
        line(() =>
          r.dbOperations
            ? `- database over the latency phase (mean once sent × count): ${Object.entries(r.dbOperations)
                .sort((a, b) => b[1].ms * b[1].count - a[1].ms * a[1].count)
                .map(([op, { ms: mean, count }]) => `${op} ${mean.toFixed(1)} ms × ${count}`)
                .join(', ')}${r.writeWait ? `; writes waited ${r.writeWait.ms.toFixed(1)} ms on average for their turn` : ''}`
            : undefined,
        ),
        line(() => `- two instances: ${r.twoInstances.count} PAID events on B, ${r.twoInstances.missing} missing`),
        ...(r.errors ?? []).map((e) => `- **broke off**: ${e.split('\n').slice(0, 2).join(' ').slice(0, 300)}`),
      ]
        .filter((l): l is string => l !== undefined)
        .join('\n'),
    )
    .join('\n\n');

  const m = machine;
  const machineLine = `${m.cpuCount} CPUs (nproc) · ${m.cpuModel} · ${m.memory} · node ${m.node} · ${m.os} · commit ${m.commit} · ${m.date} · ${m.load}`;
  const markdown = `# Benchmarks

The output of \`npm run bench\` (server/bench/), committed as it printed. One run measures
the bare floor and the real path on the same machine; rerun it to compare yours.

Machine: ${machineLine}. The run took ${Math.round(input.seconds)} s.

${table}

Floor: a tiny HTTP server that pushes each POST over an already open WebSocket (no
database, no GraphQL, no verification), ${floor.count + floor.missing} sockets, ${input.params.rate} POST/s, measured
from just before the POST to the message on the socket; p50 ${ms(floor.p50)}, p99 ${ms(floor.p99)}.

## Details

${details}

## How it is measured

- Everything runs on loopback on this machine: a temporary embedded FerretDB (SQLite),
  the Midtrans simulator and the API as separate node processes, redis-server for the
  two-instance figure, and the bench itself (load and the graphql-ws clients) — so the
  load generator shares the CPUs with what it measures, as the floor does.
- The API runs \`server/src/main.ts\` with \`RECONCILE_INTERVAL_S=0\`, per-IP rate limits and
  the socket cap lifted (every client is 127.0.0.1), and a \`CATALOG_FILE\` of
  ${input.params.products} products with ${Number(input.params.units).toLocaleString('en')} units in all, so stock never runs out.
- Existing orders: each size's missing orders are written as settled orders straight into
  the database (server/bench/seed.ts); the phases then add their own through createPayment.
- Subscribers: one real \`graphql-ws\` client (one socket) per order, subscribed to
  \`orderStatusChanged\` of its own order; a subscription counts as live once it has
  delivered the order's current state.
- The orders behind the subscribers and the settlements are placed through the API under
  test (createPayment, 16 at a time: priced, stock reserved, a Snap session in the
  simulator), as shoppers place them. Each payment is
  then made in the simulator through its driver API (pay by BCA virtual account, then
  settle, both with \`{"notify": false}\`), and the signed body from
  \`GET /sim/v1/transactions/{id}/notification-body\` is POSTed by the bench to the API's
  webhook: at ${input.params.rate}/s for the latency (one POST per subscriber), with
  ${input.params.inFlight} in flight for the rates. Each state change is confirmed by the API with the
  simulator's \`GET /v2/{order_id}/status\` before it is applied; duplicates are answered
  from the stored state and re-announced.
- Loops are bounded: the changes phase stops starting requests after ${Number(input.params.changesMs) / 1000} s and the
  duplicates phase after ${Number(input.params.dupMs) / 1000} s (requests in flight are waited for); the latency
  waits at most ${Number(input.params.waitMs) / 1000} s after the last POST for PAID events.
- "FerretDB alone": before each size's API starts, one insertOne of a ~1 KB document,
  one findOne by \`_id\` in \`orders\` and one updateOne by \`_id\` in \`orders\`, one at a
  time, with nothing else using the database.
- CPU per phase: user + system seconds of each process from /proc/<pid>/stat.
- Memory: after the timed phases, the API's VmRSS from /proc before and 2 s after
  opening as many subscriptions again (to the same orders), each time right after a
  full garbage collection (asked for through the API's V8 inspector on loopback),
  divided by their number.
- Stages: the API's \`lunas_webhook_stage_seconds\` histogram (GET /metrics) scraped
  before and after the latency phase; the mean of each stage over that phase.
- Two instances: the single API is stopped; two start with \`REDIS_URL\` on the same
  database; ${input.params.twoSubscribers} subscribers on B, settlements POSTed to A at ${input.params.rate}/s.
`;
  const printed = `\n${table}\n\nmachine: ${machineLine}\nfloor: p50 ${ms(floor.p50)}, p99 ${ms(floor.p99)}\n\n${details}\n`;
  return { table: printed, markdown };
}
