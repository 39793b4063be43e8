// Issue 7's flat-cost check: the time of ONE createPayment, ONE `order` query, ONE
// subscription start (a new graphql-ws socket until the order's current state arrives)
// and ONE settlement (a signed notification POSTed to the webhook, confirmed with the
// simulator's status API, applied and published), with 100 and then with 20,000
// existing orders in the database. Sequential requests, so each figure is one
// operation's own latency.
//
//   npm run bench:flat -w server            (about two minutes)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSimulator } from '@lunas/gateway-simulator';
import { startFerretDB } from '@lunas/dev-services';
import { buildApp } from '../src/app.js';
import { loadConfig, SIMULATOR_CLIENT_KEY, SIMULATOR_SERVER_KEY } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { connectDatabase } from '../src/persistence/database.js';
import { seedSettledOrders } from './seed.js';
import { closeAll, subscribeAll } from './shop.js';

const SAMPLES = 40;
const WARM_UP = 10;
const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-flat-'));
  const db = await startFerretDB({ port: 0, dataDir, quiet: true });
  const database = await connectDatabase(db.uri, { dbName: 'flat' });
  const apiPort = await (await import('@lunas/dev-services')).freePort();
  const simulator = createSimulator({
    serverKey: SIMULATOR_SERVER_KEY,
    clientKey: SIMULATOR_CLIENT_KEY,
    notificationUrl: `http://127.0.0.1:${apiPort}/api/payments/notification`,
    quiet: true,
  });
  const { url: simulatorUrl } = await simulator.start(0, '127.0.0.1');
  const config = loadConfig({
    MIDTRANS_MODE: 'simulator',
    MIDTRANS_SIMULATOR_URL: simulatorUrl,
    PORT: String(apiPort),
    RECONCILE_INTERVAL_S: '0',
    RATE_LIMIT_CREATE_PAYMENT: '100000/1m',
    RATE_LIMIT_WEBHOOK: '100000/1m',
    LOG_LEVEL: 'silent',
  });
  const app = await buildApp({ config, db: database, logger: createLogger('silent') });
  const { url } = await app.start(apiPort, '127.0.0.1');
  await app.stack.catalog.upsert([{ id: 'flat-item', name: 'Flat item', price: 10_000, stock: 1_000_000 }], 'flat');

  const gql = (query: string, variables: object) =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<any>);
  const driver = (p: string, body?: object, method = 'POST') =>
    fetch(`${simulatorUrl}/sim/v1${p}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(method === 'GET' ? {} : { body: JSON.stringify(body ?? {}) }),
    }).then((r) => r.json() as Promise<any>);
  const CREATE = 'mutation($i: CreatePaymentInput!) { createPayment(input: $i) { accessToken order { orderId } } }';
  const ORDER = 'query($o: ID!, $t: String!) { order(orderId: $o, accessToken: $t) { status } }';
  const input = { items: [{ productId: 'flat-item', quantity: 1 }], customer: { name: 'Flat Bench', email: 'flat@example.com' } };

  async function measure(existing: number) {
    const create: number[] = [];
    const read: number[] = [];
    const subscribe: number[] = [];
    const settle: number[] = [];
    // The first run starts with WARM_UP untimed rounds, so neither size pays for the JIT.
    for (let i = existing === 100 ? -WARM_UP : 0; i < SAMPLES; i++) {
      let started = performance.now();
      const created = await gql(CREATE, { i: input });
      if (i >= 0) create.push(performance.now() - started);
      const orderId = created.data.createPayment.order.orderId as string;
      const accessToken = created.data.createPayment.accessToken as string;
      started = performance.now();
      const found = await gql(ORDER, { o: orderId, t: accessToken });
      if (i >= 0) read.push(performance.now() - started);
      if (found.data?.order?.status !== 'PENDING') throw new Error(`order ${orderId}: ${JSON.stringify(found)}`);
      started = performance.now();
      const { live } = await subscribeAll(url, [{ orderId, accessToken }]);
      if (i >= 0) subscribe.push(performance.now() - started);
      if (live.length !== 1) throw new Error(`the subscription to ${orderId} did not start`);
      await closeAll(live);
      await driver(`/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca', notify: false });
      await driver(`/transactions/${orderId}/settle`, { notify: false });
      const body = JSON.stringify(await driver(`/transactions/${orderId}/notification-body`, undefined, 'GET'));
      started = performance.now();
      const res = await fetch(`${url}/api/payments/notification`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const answer = (await res.json()) as { outcome?: string };
      if (i >= 0) settle.push(performance.now() - started);
      if (answer.outcome !== 'applied') throw new Error(`settlement of ${orderId} was ${JSON.stringify(answer)}`);
    }
    const row = (name: string, values: number[]) =>
      `| ${name} | ${existing.toLocaleString('en')} | ${percentile(values, 50).toFixed(1)} ms | ${percentile(values, 90).toFixed(1)} ms |`;
    return [
      row('createPayment', create),
      row('order query', read),
      row('subscription start (new socket → current state)', subscribe),
      row('settlement (webhook → applied)', settle),
    ];
  }

  const rows: string[] = [];
  // Counted here, not asked of the database (a count scans on FerretDB).
  let orders = 0;
  await seedSettledOrders(database, 100, 'flat-item', 10_000);
  orders += 100;
  rows.push(...(await measure(orders)));
  orders += SAMPLES + WARM_UP;
  process.stderr.write('seeding to 20,000 orders…\n');
  // In slices: a 500-order slice is three insertMany of 500 documents, fine on a quiet
  // machine but close to the driver's 4 s socket timeout on a busy one.
  for (let left = 20_000 - orders; left > 0; left -= 200) await seedSettledOrders(database, Math.min(200, left), 'flat-item', 10_000);
  orders = 20_000;
  rows.push(...(await measure(orders)));

  console.log(`| operation | existing orders | p50 | p90 |\n|---|---|---|---|\n${rows.join('\n')}`);
  console.log(`(${SAMPLES} sequential samples each; embedded FerretDB; ${new Date().toISOString()})`);
  await app.stop();
  await simulator.stop();
  await database.close();
  await db.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
