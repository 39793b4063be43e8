// Benchmark: time from the simulator's `settle` (the bank confirming a payment) to the
// PAID event on a live graphql-ws subscription, over N payments; then what N concurrent
// duplicate deliveries of one settlement do. Real parts throughout: embedded FerretDB,
// the simulator over HTTP, the API over HTTP and WebSocket.
//
//   npm run bench -w server            # 50 payments, 20 duplicates
//   PAYMENTS=200 DUPLICATES=50 npm run bench -w server
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
// @ts-ignore - plain JS helper shared with the scripts
import { startFerretDB } from '../../scripts/ferretdb.mjs';
import { createOrder, startTestStack } from '../test/support/test-stack.js';

const PAYMENTS = Number(process.env.PAYMENTS ?? 50);
const DUPLICATES = Number(process.env.DUPLICATES ?? 20);

const db = await startFerretDB({ port: 0, dataDir: mkdtempSync(path.join(tmpdir(), 'lunas-bench-')), quiet: true });
process.env.LUNAS_TEST_MONGODB_URI = db.uri;
const stack = await startTestStack();
const client = stack.wsClient();

function waitForStatus(orderId: string, accessToken: string, wanted: string[]) {
  const seen: { status: string; at: number }[] = [];
  let resolveAll!: () => void;
  const done = new Promise<void>((resolve) => (resolveAll = resolve));
  const dispose = client.subscribe(
    {
      query: 'subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) { status } }',
      variables: { o: orderId, t: accessToken },
    },
    {
      next: (result: any) => {
        seen.push({ status: result.data.orderStatusChanged.status, at: performance.now() });
        if (wanted.every((s, i) => seen[i]?.status === s)) resolveAll();
      },
      error: (e) => console.error('subscription error', e),
      complete: () => undefined,
    },
  );
  return { seen, done, dispose };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

try {
  const latencies: number[] = [];
  for (let i = 0; i < PAYMENTS; i++) {
    const { orderId, accessToken } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const pendingThenPaid = waitForStatus(orderId, accessToken, ['PENDING', 'PENDING', 'PAID']);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    while (pendingThenPaid.seen.length < 2) await new Promise((r) => setTimeout(r, 2));
    const settledAt = performance.now();
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
    await pendingThenPaid.done;
    latencies.push(pendingThenPaid.seen[2]!.at - settledAt);
    pendingThenPaid.dispose();
  }
  latencies.sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`\nsettle → PAID on the subscription, ${PAYMENTS} payments`);
  console.log(`  p50 ${fmt(percentile(latencies, 50))}   p90 ${fmt(percentile(latencies, 90))}   p99 ${fmt(percentile(latencies, 99))}   max ${fmt(latencies.at(-1)!)}`);

  // Duplicates: one settled order, then the simulator resends the same settlement N times
  // at once through its notifier.
  const { orderId, accessToken } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
  const watcher = waitForStatus(orderId, accessToken, ['PENDING', 'PENDING', 'PAID']);
  await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
  while (watcher.seen.length < 2) await new Promise((r) => setTimeout(r, 2));
  const eventsBefore = stack.published.filter((o) => o.orderId === orderId).length;
  const changesBefore = await stack.db.models.OrderChange.countDocuments({ order_id: orderId });
  await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
  await watcher.done;
  const resend = await stack.driver(`/sim/v1/transactions/${orderId}/notifications/resend`, { times: DUPLICATES, concurrent: true });
  await new Promise((r) => setTimeout(r, 500));
  const deliveries = await stack.driver(`/sim/v1/notifications?order_id=${orderId}`, undefined, 'GET');
  const log: any[] = Array.isArray(deliveries.body) ? deliveries.body : deliveries.body.deliveries;
  const settleDeliveries = log.filter((d) => d.transaction_status === 'settlement');
  const codes = settleDeliveries.map((d) => d.response_status);
  const latency = settleDeliveries.map((d) => d.latency_ms as number).sort((a, b) => a - b);
  const histogram = Object.entries(codes.reduce((acc: Record<string, number>, c: unknown) => ({ ...acc, [String(c)]: (acc[String(c)] ?? 0) + 1 }), {}));
  console.log(`\n1 settlement + ${DUPLICATES} concurrent duplicates (simulator resend, HTTP ${resend.status})`);
  console.log(`  deliveries of the settlement: ${settleDeliveries.length}, response codes: ${histogram.map(([c, n]) => `${c}×${n}`).join(', ')}`);
  console.log(`  webhook latency over those deliveries: p50 ${percentile(latency, 50)} ms, max ${latency.at(-1)} ms`);
  console.log(`  status changes recorded: ${(await stack.db.models.OrderChange.countDocuments({ order_id: orderId })) - changesBefore}`);
  console.log(`  events published: ${stack.published.filter((o) => o.orderId === orderId).length - eventsBefore}`);
  console.log(`  subscriber saw: ${watcher.seen.map((s) => s.status).join(' → ')}`);
  watcher.dispose();
} finally {
  await stack.stop();
  await db.stop();
}
