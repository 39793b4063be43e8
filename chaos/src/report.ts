// What the run prints: figures, one line per global check, the failed orders with what
// is needed to chase them (plan, moves, chaos, both sides, the API's log lines), then
// exactly one last line `N passed, N failed`.
import { readFileSync } from 'node:fs';
import type { OrderRun } from './burst.js';
import type { Check, Observed } from './checks.js';
import type { Delivery } from './simulator-client.js';

export interface Figures {
  seed: number;
  payments: number;
  created: number;
  refused: Record<string, number>;
  deliveries: Delivery[];
  forged: number;
  apiRestarts: number;
  dbRestarts: number;
  seconds: number;
  anomalies: Record<string, number>;
  quietMs: number;
  convergeMs: number;
}

export function printFigures(f: Figures, print: (line: string) => void): void {
  const count = (pred: (d: Delivery) => boolean) => f.deliveries.filter(pred).length;
  print('');
  print(`figures (seed ${f.seed})`);
  print(`  payments     ${f.created} created of ${f.payments}; refused ${JSON.stringify(f.refused)}`);
  print(
    `  deliveries   ${f.deliveries.length} attempts: ${count((d) => d.result === 'delivered')} answered 2xx, ` +
      `${count((d) => d.kind === 'duplicate')} duplicates, ${count((d) => d.kind === 'resend')} resends, ` +
      `${count((d) => d.kind === 'retry')} retries, ${count((d) => d.result === 'dropped')} dropped, ` +
      `${count((d) => d.response_status === 503)} answered 503, ${count((d) => d.response_status === 401)} answered 401, ` +
      `${count((d) => d.result === 'network_error')} refused connections`,
  );
  print(`  forged       ${f.forged} bodies POSTed by the run itself`);
  print(`  restarts     API ${f.apiRestarts}, FerretDB ${f.dbRestarts} (kill -9 each)`);
  print(`  anomalies    ${JSON.stringify(f.anomalies)}`);
  print(
    `  time         ${f.seconds.toFixed(1)} s (quiet after ${(f.quietMs / 1000).toFixed(1)} s, converged in ${(f.convergeMs / 1000).toFixed(1)} s)`,
  );
}

export function printChecks(
  orderChecks: Check[],
  globalChecks: Check[],
  orders: OrderRun[],
  observed: Map<number, Observed>,
  deliveries: Delivery[],
  apiLog: string,
  print: (line: string) => void,
): void {
  print('');
  print('checks');
  for (const check of globalChecks) print(`  ${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);

  const byPlan = new Map<string, { ok: number; failed: number }>();
  for (const [i, check] of orderChecks.entries()) {
    const plan = orders[i]!.plan.name;
    const tally = byPlan.get(plan) ?? { ok: 0, failed: 0 };
    if (check.ok) tally.ok++;
    else tally.failed++;
    byPlan.set(plan, tally);
  }
  const okOrders = orderChecks.filter((c) => c.ok).length;
  print(
    `  ${okOrders === orderChecks.length ? 'ok  ' : 'FAIL'} orders match Midtrans's final status: ${okOrders} of ${orderChecks.length}`,
  );
  for (const [plan, tally] of [...byPlan].sort())
    print(`         ${plan.padEnd(22)} ${tally.ok} ok${tally.failed ? `, ${tally.failed} FAILED` : ''}`);

  const logLines = readLines(apiLog);
  for (const [i, check] of orderChecks.entries()) {
    if (check.ok) continue;
    const order = orders[i]!;
    print('');
    print(`FAIL ${check.name} ${order.orderId ?? ''}: ${check.detail}`);
    print(`  cart ${JSON.stringify(order.plan.cart)}; chaos ${JSON.stringify(order.plan.chaos ?? {})}`);
    for (const step of order.steps) print(`  step ${step}`);
    const seen = observed.get(i);
    if (seen?.truth)
      print(
        `  Midtrans: ${JSON.stringify(pick(seen.truth, ['status_code', 'transaction_status', 'fraud_status', 'transaction_id', 'gross_amount', 'refund_amount']))}`,
      );
    if (seen?.api) print(`  API:      ${JSON.stringify(seen.api)}`);
    if (!order.orderId) continue;
    for (const d of deliveries.filter((x) => x.order_id === order.orderId)) {
      print(
        `  delivery ${d.sent_at} ${d.transaction_status} ${d.kind}#${d.attempt} → ${d.response_status ?? d.result} (${d.latency_ms} ms)${d.response_body ? ` ${d.response_body.slice(0, 160)}` : ''}`,
      );
    }
    for (const line of logLines.filter((l) => l.includes(order.orderId!)).slice(-15)) print(`  log ${line}`);
  }
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n');
  } catch {
    return [];
  }
}

function pick<T extends object>(value: T, keys: string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => keys.includes(k))) as Partial<T>;
}
