// What an order this process has forgotten costs to read, as a store with cold caches
// meets it (after a restart, or once ORDERS_KEPT newer orders pushed it out): the issue-19
// cliff. Seeds N paid orders through the store itself (order, its #1 change, its effects),
// then times, on a fresh store, a find, a history and the effects of old and new orders,
// and the projector's update by `_id`.
//
//   npx tsx server/perf/evicted-orders.ts [--orders 25000] [--ferretdb <wrapper binary>]
//
// `--ferretdb` runs another build of the embedded database's wrapper (one from before
// tools/ferretdb/id_index.go, say); by default the current one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startFerretDB } from '@lunas/dev-services';
import type { StoredOrder } from '../src/payments/ports.js';
import { connectDatabase } from '../src/persistence/database.js';
import { MongoOrderStore } from '../src/persistence/order-store.js';

const { values } = parseArgs({ options: { orders: { type: 'string', default: '25000' }, ferretdb: { type: 'string' } } });
const count = Number(values.orders);
const SAMPLES = 30;
const at = new Date('2026-01-01T00:00:00.000Z');
const idOf = (i: number) => `OLD-${String(i).padStart(7, '0')}`;

function order(orderId: string): StoredOrder {
  return {
    orderId,
    status: 'pending',
    grossAmount: 10_000,
    items: [{ productId: 'kopi', name: 'Kopi', price: 10_000, quantity: 1 }],
    customer: { name: 'Perf Shopper', email: 'perf@example.com' },
    accessTokenHash: 'hash',
    gateway: 'midtrans',
    gatewayReference: orderId,
    holdEndsAt: at,
    refundedAmount: 0,
    version: 0,
    createdAt: at,
    updatedAt: at,
  };
}

async function timed(what: string, ids: string[], work: (orderId: string) => Promise<unknown>): Promise<void> {
  console.log(`${what.padEnd(34)} ${await figure(ids, work)}`);
}

async function figure(ids: string[], work: (orderId: string) => Promise<unknown>): Promise<string> {
  const ms: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    try {
      await work(id);
    } catch (error) {
      return `failed: ${String(error)}`;
    }
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  return `p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms, max ${ms[ms.length - 1]!.toFixed(1)} ms`;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-evicted-'));
const ferret = await startFerretDB({ port: 0, dataDir, quiet: true, ...(values.ferretdb ? { bin: values.ferretdb } : {}) });
const db = await connectDatabase(ferret.uri, { dbName: 'evicted' });
try {
  const seeding = new MongoOrderStore(db.collections);
  const seedStarted = performance.now();
  for (let from = 0; from < count; from += 500) {
    const ids = Array.from({ length: Math.min(500, count - from) }, (_, k) => idOf(from + k));
    await Promise.all(ids.map((id) => seeding.insert(order(id))));
    await Promise.all(
      ids.map((id) =>
        seeding.commit(id, {
          fromVersion: 0,
          status: 'paid',
          transactionId: `tx-${id}`,
          paymentType: 'bank_transfer',
          refundedAmount: 0,
          at,
          source: 'settlement',
        }),
      ),
    );
    await Promise.all(ids.map((id) => seeding.recordEffects(id, 1, { held: { kopi: true } })));
  }
  console.log(`${count.toLocaleString('en')} paid orders seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
  await new Promise((resolve) => setTimeout(resolve, 1_000)); // the wrapper indexes new tables within 250 ms

  const cold = new MongoOrderStore(db.collections);
  const oldest = Array.from({ length: SAMPLES }, (_, i) => idOf(i));
  const newest = Array.from({ length: SAMPLES }, (_, i) => idOf(count - 1 - i));
  await timed('find, oldest orders', oldest, (id) => cold.find(id));
  await timed('find, newest orders', newest, (id) => new MongoOrderStore(db.collections).find(id));
  await timed('history(), newest orders', newest, (id) => new MongoOrderStore(db.collections).history(id));
  await timed('effectsOf, newest orders', newest, (id) => new MongoOrderStore(db.collections).effectsOf(id, 1));
  await timed('find, an unknown order', oldest, (id) => cold.find(`NONE-${id}`));
  await timed('projection update by _id, newest', newest, (id) =>
    db.collections.orders.updateOne({ _id: id as any }, { $set: { payment_status: 'paid', version: 1 } }),
  );
} finally {
  await db.close();
  await ferret.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
