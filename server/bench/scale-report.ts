// The `--orders` run's table: each figure at the smallest and the largest history, their
// ratio, and issue 19's goal (no figure more than 2× its value at 1,000 orders; a start
// ready within 30 s; CPU per settlement and per duplicate).
import type { Latency } from './load.js';
import type { SizeFigures } from './scale-figures.js';
import type { MinuteReport } from './steady-mix.js';
import { KINDS } from './steady-mix.js';

interface Row {
  figure: string;
  values: (number | undefined)[];
  unit: string;
  goal: string;
  /** Met when true; undefined: no fixed goal beyond the ratio. */
  met?: (values: (number | undefined)[]) => boolean;
}

const ms = (l: Latency | undefined, p: 'p50' | 'p99') => (l && l.count > 0 ? l[p] : undefined);
const withinTwice = (values: (number | undefined)[]) => {
  const [first, last] = [values[0], values[values.length - 1]];
  return first !== undefined && last !== undefined && last <= Math.max(2 * first, first + 1);
};

export function renderScale(run: {
  results: SizeFigures[];
  soak: MinuteReport[];
  soakSubscribers?: number;
  seconds: number;
  load: string;
  node: string;
}): string {
  const { results } = run;
  const rows: Row[] = [];
  const names = [...new Set(results.flatMap((r) => Object.keys(r.latency)))];
  for (const name of names) {
    for (const p of ['p50', 'p99'] as const) {
      rows.push({
        figure: `${name} ${p}`,
        values: results.map((r) => ms(r.latency[name], p)),
        unit: 'ms',
        goal: '≤ 2× at 1,000',
        met: withinTwice,
      });
    }
  }
  rows.push({
    figure: 'late refund (a year-old order) p50',
    values: results.map((r) => ms(r.lateRefund, 'p50')),
    unit: 'ms',
    goal: '≤ 2× at 1,000',
    met: withinTwice,
  });
  rows.push({
    figure: 'reconciler pass',
    values: results.map((r) => ('ms' in r.reconcile ? r.reconcile.ms : undefined)),
    unit: 'ms',
    goal: '≤ 2× at 1,000',
    met: withinTwice,
  });
  rows.push({
    figure: 'reconciler pass, per open order checked',
    values: results.map((r) => ('ms' in r.reconcile && r.reconcile.checked > 0 ? r.reconcile.ms / r.reconcile.checked : undefined)),
    unit: 'ms',
    goal: '≤ 2× at 1,000',
    met: withinTwice,
  });
  rows.push({
    figure: 'start → ready (a restart on the history)',
    values: results.map((r) => r.startToReadyMs / 1000),
    unit: 's',
    goal: '≤ 30 s',
    met: (v) => v.every((x) => x !== undefined && x <= 30),
  });
  const mixed = results.some((r) => r.firstMinute.length > 0);
  for (const kind of mixed ? KINDS : []) {
    rows.push({
      figure: `first minute after the start: ${kind} p99`,
      values: results.map((r) => ms(r.firstMinute[0]?.latency[kind], 'p99')),
      unit: 'ms',
      goal: '≤ 2× at 1,000',
      met: withinTwice,
    });
  }
  if (mixed)
    rows.push({
      figure: 'first minute: rounds failed or skipped',
      values: results.map((r) => (r.firstMinute[0] ? r.firstMinute[0].errors + r.firstMinute[0].skipped : undefined)),
      unit: '',
      goal: '0',
      met: (v) => v.every((x) => x === 0),
    });
  rows.push({
    figure: 'API CPU per applied settlement',
    values: results.map((r) => r.cpu.perSettlementMs),
    unit: 'ms',
    goal: '≤ 1 ms',
    met: (v) => v.every((x) => x !== undefined && x <= 1),
  });
  rows.push({
    figure: 'API CPU per duplicate',
    values: results.map((r) => r.cpu.perDuplicateMs),
    unit: 'ms',
    goal: '≤ 0.3 ms',
    met: (v) => v.every((x) => x !== undefined && x <= 0.3),
  });
  rows.push({
    figure: 'API RSS after start',
    values: results.map((r) => r.rssMb.afterStart),
    unit: 'MB',
    goal: '< 400 MB',
    met: (v) => v.every((x) => x !== undefined && x < 400),
  });
  rows.push({
    figure: 'API RSS, peak of the figures',
    values: results.map((r) => r.rssMb.peak),
    unit: 'MB',
    goal: '< 400 MB',
    met: (v) => v.every((x) => x !== undefined && x < 400),
  });
  rows.push({
    figure: 'API RSS after a full GC',
    values: results.map((r) => r.rssMb.afterGc),
    unit: 'MB',
    goal: '< 400 MB',
    met: (v) => v.every((x) => x !== undefined && x < 400),
  });

  const fmt = (v: number | undefined, unit: string) =>
    v === undefined || Number.isNaN(v) ? '—' : `${v < 10 ? v.toFixed(2) : v.toFixed(0)}${unit ? ` ${unit}` : ''}`;
  const header = `| figure | ${results.map((r) => `at ${r.size.toLocaleString('en')}`).join(' | ')} | ratio | goal | met |`;
  const lines = [header, `|---|${results.map(() => '---|').join('')}---|---|---|`];
  for (const row of rows) {
    const [first, last] = [row.values[0], row.values[row.values.length - 1]];
    const ratio = first && last !== undefined ? `${(last / first).toFixed(2)}×` : '—';
    const met = row.met ? (row.met(row.values) ? 'yes' : 'no') : '';
    lines.push(
      `| ${row.figure} | ${row.values.map((v) => fmt(v, row.unit)).join(' | ')} | ${results.length > 1 ? ratio : '—'} | ${row.goal} | ${met} |`,
    );
  }
  const notes = [
    '',
    ...results.map(
      (r) =>
        `- at ${r.size.toLocaleString('en')}: seeded in ${r.seedSeconds.toFixed(0)} s; reconciler ${JSON.stringify(r.reconcile)}; ` +
        `CPU over ${r.cpu.settlements} settlements and ${r.cpu.duplicates} duplicates; samples per figure ${Object.entries(r.latency)
          .map(([k, l]) => `${k} ${l.count}${l.missing ? ` (${l.missing} short)` : ''}`)
          .join(', ')}${r.errors.length ? `; errors: ${r.errors.join(' | ')}` : ''}`,
    ),
  ];
  if (run.soak.length > 0) {
    notes.push('', `Soak (${run.soak.length} min on the largest history, ${run.soakSubscribers ?? 0} idle subscribers open throughout):`);
    for (const minute of run.soak)
      notes.push(
        `- minute ${minute.minute}: RSS ${minute.rssMb.toFixed(0)} MB, settlement p99 ${fmt(minute.latency.settlement.p99, 'ms')}, ` +
          `${minute.projection ? `projection ${minute.projection.lagSeconds.toFixed(1)} s behind, ` : ''}errors ${minute.errors}, skipped ${minute.skipped}`,
      );
    const first = run.soak[0]!.rssMb;
    const last = run.soak[run.soak.length - 1]!.rssMb;
    notes.push(`- RSS growth over the soak: ${(((last - first) / first) * 100).toFixed(1)}% (goal: flat, ±10%)`);
  }
  notes.push('', `Node ${run.node}; ${run.load}; the run took ${(run.seconds / 60).toFixed(1)} min.`);
  return [...lines, ...notes].join('\n');
}
