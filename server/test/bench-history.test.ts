// The bench's seeded history (server/bench/history.ts) on the real embedded database,
// read back through the server's own stores: if the seeder's documents drifted from what
// the API writes, these reads would not find the orders, their state, their log or their
// stock as seeded.
import { randomBytes } from 'node:crypto';
import { History, type KnownOrder } from '../bench/history.js';
import { RecordingCollection } from '../bench/recording-collections.js';
import { hashAccessToken } from '../src/payments/secrets.js';
import { holdsStock } from '../src/payments/stock-policy.js';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { MongoNotificationLog } from '../src/persistence/notification-log.js';
import { MongoOrderStore } from '../src/persistence/order-store.js';
import { MongoRefundStore } from '../src/persistence/refund-store.js';
import { MongoStockLedger } from '../src/persistence/stock-ledger.js';

const uri = process.env.LUNAS_TEST_MONGODB_URI!;
const TOTAL = 400;
const silent = { debug() {}, info() {}, warn() {}, error() {} };
let db: Database;
const known = new Map<number, KnownOrder>();
const seeded: Record<string, number>[] = [];

beforeAll(async () => {
  db = await connectDatabase(uri, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
  const history = new History(db, uri, {
    total: TOTAL,
    keep: new Set(Array.from({ length: TOTAL }, (_, i) => i)),
    payAtGateway: new Map([[7, async () => 'gateway-tx-7']]),
  });
  // In two steps, as the bench seeds (1,000, then the rest): the second continues the ledger.
  for (const [from, to] of [
    [0, 150],
    [150, TOTAL],
  ] as const) {
    const report = await history.seed(from, to);
    for (const [i, order] of report.known) known.set(i, order);
    seeded.push(report.documents);
  }
}, 120_000);
afterAll(() => db.close());

describe('the seeded history', () => {
  it('holds orders in every status, each read back by the order store as seeded', async () => {
    const statuses = new Set([...known.values()].map((o) => o.status));
    expect([...statuses].sort()).toEqual(['cancelled', 'expired', 'failed', 'paid', 'partially_refunded', 'refunded']);
    const store = new MongoOrderStore(db.collections);
    for (const i of [0, 149, 150, 7, 233, TOTAL - 1]) {
      const want = known.get(i)!;
      const order = await store.find(want.orderId);
      expect(order).toMatchObject({ orderId: want.orderId, status: want.status, createdAt: want.createdAt });
      expect(order!.accessTokenHash).toBe(hashAccessToken(want.accessToken));
      const history = await store.history(want.orderId);
      expect(history[0]!.status).toBe('pending');
      expect(history.at(-1)!.status).toBe(want.status);
      expect(order!.version).toBe(history.length - 1);
    }
  });

  it('projects each order onto `orders` as the projector would have, long ago', async () => {
    const want = known.get(233)!;
    const doc = await db.collections.orders.findOne({ _id: want.orderId as any });
    expect(doc).toMatchObject({ payment_status: want.status, order_id: want.orderId });
    expect(doc!.version).toBeGreaterThan(0);
    // Stamped with its change's time, not the seeding's.
    expect(new Date(doc!.updated_at).getTime()).toBeLessThan(Date.now() - 7 * 86_400_000);
  });

  it("dates every effect, stock move and outcome at the change it belongs to, not at the seeding's clock", async () => {
    const want = known.get(42)!;
    const effect = await db.collections.effects.findOne({ _id: `${want.orderId}#1` as any });
    const change = await db.collections.orderChanges.findOne({ _id: `${want.orderId}#1` as any });
    expect(new Date(effect!.at).getTime() - new Date(change!.at).getTime()).toBe(20);
    const week = Date.now() - 7 * 86_400_000;
    const moves = await db.collections.stockLedger.find({ move_id: { $regex: `^${want.orderId}` } }).toArray();
    expect(moves.length).toBeGreaterThan(0);
    for (const move of moves) expect(new Date(move.at).getTime()).toBeLessThan(week);
  });

  it('logs the notifications behind each change, with their outcomes (a duplicate for some)', async () => {
    const log = new MongoNotificationLog(db.collections, silent);
    const paid = [...known.values()].find((o) => o.status === 'paid')!;
    // Valid deliveries come newest first; the story reads oldest first.
    const deliveries = (await log.forOrder(paid.orderId, { first: 50 })).reverse();
    expect(deliveries.map((d) => d.transactionStatus).slice(0, 2)).toEqual(['pending', 'settlement']);
    expect(deliveries[0]!.outcome).toEqual({ outcome: 'applied', httpStatus: 200 });
    const copies = Object.values(seeded).reduce((n, docs) => n + (docs.notifications ?? 0) - (docs.orderChanges ?? 0), 0);
    expect(copies).toBeGreaterThan(0);
  });

  it('keeps the refund the operator asked for beside each refunded order', async () => {
    const refunds = new MongoRefundStore(db.collections);
    const refunded = [...known.values()].filter((o) => o.status === 'refunded' || o.status === 'partially_refunded');
    expect(refunded.length).toBeGreaterThan(0);
    for (const order of refunded) {
      const [refund] = await refunds.forOrder(order.orderId);
      expect(refund).toMatchObject({ orderId: order.orderId, status: 'accepted' });
    }
  });

  it("carries the gateway's transaction id for an order paid at the gateway for real", async () => {
    const order = await new MongoOrderStore(db.collections).find(known.get(7)!.orderId);
    expect(order).toMatchObject({ status: 'paid', transactionId: 'gateway-tx-7' });
  });

  it("leaves each product's ledger at its opening stock less what the orders still hold", async () => {
    const ledger = new MongoStockLedger(db.collections);
    const store = new MongoOrderStore(db.collections);
    let held = 0;
    for (const order of known.values()) {
      const stored = (await store.find(order.orderId))!;
      const item = stored.items[0]!;
      if (item.productId === 'hist-01' && holdsStock(stored.status)) held += item.quantity;
    }
    expect(await ledger.available('hist-01', { fresh: true })).toBe(100_000_000 - held);
  });
});

describe('a recording collection', () => {
  it('refuses a repeated `_id` as the unique index would (E11000)', async () => {
    const recorder = new RecordingCollection();
    await recorder.insertOne({ _id: 'a', n: 1 });
    await expect(recorder.insertOne({ _id: 'a', n: 2 })).rejects.toMatchObject({ code: 11000 });
    expect(recorder.take()).toEqual([{ _id: 'a', n: 1 }]);
    expect(recorder.take()).toEqual([]);
  });
});
