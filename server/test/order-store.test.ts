// The order store on the real embedded database, as two API instances share it: each
// answers from what it knows without a look-up that finds nothing (on FerretDB such a
// look-up reads the whole collection), and a commit from a state that is behind loses
// on the unique `_id`, after which a fresh read catches up.
import { randomBytes } from 'node:crypto';
import type { OrderChange, StoredOrder } from '../src/payments/ports.js';
import { withoutAccessToken } from '../src/payments/ports.js';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { MongoOrderStore } from '../src/persistence/order-store.js';
import { countingReads } from './support/counting-reads.js';

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(process.env.LUNAS_TEST_MONGODB_URI!, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
});
afterAll(() => db.close());

const at = new Date('2026-11-28T09:00:00.000Z');
const newOrder = (): StoredOrder => ({
  orderId: `LUNAS-TEST-${randomBytes(4).toString('hex')}`,
  status: 'pending',
  grossAmount: 18_500,
  items: [{ productId: 'kopi', name: 'Kopi', price: 18_500, quantity: 1 }],
  customer: { name: 'Budi', email: 'budi@example.com' },
  gateway: 'midtrans',
  gatewayReference: 'X',
  holdEndsAt: new Date('2026-11-29T09:00:00.000Z'),
  refundedAmount: 0,
  version: 0,
  createdAt: at,
  updatedAt: at,
  accessTokenHash: 'hash',
});
const change = (fromVersion: number, status: OrderChange['status']): OrderChange => ({
  fromVersion,
  status,
  transactionId: 'tx-1',
  paymentType: 'bank_transfer',
  refundedAmount: 0,
  at,
  source: status,
});

/** The store's reads of order_changes, counted. */
const countingChangeReads = (database: Database) => countingReads(database, 'orderChanges');

it('answers from its own commits without reading order_changes', async () => {
  const { collections, reads } = countingChangeReads(db);
  const store = new MongoOrderStore(collections);
  const order = newOrder();
  await store.insert(order);
  expect(await store.find(order.orderId)).toMatchObject({ status: 'pending', version: 0 });
  expect(await store.commit(order.orderId, change(0, 'paid'))).toBe(true);
  expect(await store.find(order.orderId)).toMatchObject({ status: 'paid', version: 1, transactionId: 'tx-1' });
  expect(reads).toEqual([]);
});

it('loses a commit made from a state that is behind, and a fresh read catches up', async () => {
  const a = new MongoOrderStore(db.collections);
  const b = new MongoOrderStore(db.collections);
  const order = newOrder();
  await a.insert(order);
  expect(await b.find(order.orderId)).toMatchObject({ status: 'pending', version: 0 });

  expect(await a.commit(order.orderId, change(0, 'paid'))).toBe(true);
  // B has not heard of it: it still answers from what it knew…
  expect(await b.find(order.orderId)).toMatchObject({ status: 'pending', version: 0 });
  // …but cannot act on it: the next version's `_id` is taken.
  expect(await b.commit(order.orderId, change(0, 'expired'))).toBe(false);
  expect(await b.find(order.orderId, { fresh: true })).toMatchObject({ status: 'paid', version: 1 });
  expect(await b.commit(order.orderId, change(1, 'refunded'))).toBe(true);
  expect(await a.find(order.orderId, { fresh: true })).toMatchObject({ status: 'refunded', version: 2 });
});

it('learns another instance’s change from the bus, newer versions only', async () => {
  const a = new MongoOrderStore(db.collections);
  const { collections, reads } = countingChangeReads(db);
  const b = new MongoOrderStore(collections);
  const order = newOrder();
  await a.insert(order);
  await b.find(order.orderId);
  reads.length = 0;

  expect(await a.commit(order.orderId, change(0, 'paid'))).toBe(true);
  const paid = (await a.find(order.orderId))!;
  b.observe(withoutAccessToken(paid));
  expect(await b.find(order.orderId)).toMatchObject({ status: 'paid', version: 1, transactionId: 'tx-1' });
  // An older announcement arriving late changes nothing.
  b.observe({ ...withoutAccessToken(paid), status: 'pending', version: 0 });
  expect(await b.find(order.orderId)).toMatchObject({ status: 'paid', version: 1 });
  expect(reads).toEqual([]);
  // Its effects are not known done from an announcement: the duplicate fast path waits for them.
  expect(b.recall(order.orderId)).toBeNull();
});

it('knows an order another instance placed, from the bus, without reading it', async () => {
  const a = new MongoOrderStore(db.collections);
  const { collections, reads } = countingChangeReads(db);
  const b = new MongoOrderStore(collections);
  const order = newOrder();
  await a.insert(order);
  b.learn(order);
  expect(await b.find(order.orderId)).toMatchObject({ status: 'pending', version: 0, accessTokenHash: 'hash' });
  expect(reads).toEqual([]);
  // A change heard of before the placement (another instance's webhook) is not undone by it.
  const other = newOrder();
  await a.insert(other);
  expect(await a.commit(other.orderId, change(0, 'paid'))).toBe(true);
  b.observe(withoutAccessToken((await a.find(other.orderId))!));
  b.learn(other);
  expect(await b.find(other.orderId)).toMatchObject({ status: 'paid', version: 1 });
  expect(reads).toEqual([]);
});

it('reads an order it has not seen from the database, starting at the projected version', async () => {
  const a = new MongoOrderStore(db.collections);
  const order = newOrder();
  await a.insert(order);
  expect(await a.commit(order.orderId, change(0, 'paid'))).toBe(true);
  expect(await a.commit(order.orderId, change(1, 'partially_refunded'))).toBe(true);
  await db.collections.orders.updateOne({ _id: order.orderId as any }, { $set: { version: 1 } });
  const { collections, reads } = countingChangeReads(db);
  const cold = new MongoOrderStore(collections);
  expect(await cold.find(order.orderId)).toMatchObject({ status: 'partially_refunded', version: 2 });
  // #1 (the projection), #2, then #3 which is not there.
  expect(reads.map((r) => (r as { _id: string })._id.split('#')[1])).toEqual(['1', '2', '3']);
});

it('keeps at most ordersKept orders; one it forgot is read again correctly, at a stated cost, and still loses a stale commit', async () => {
  const { collections, reads } = countingChangeReads(db);
  const store = new MongoOrderStore(collections, { ordersKept: 2 });
  const old = newOrder();
  await store.insert(old);
  expect(await store.commit(old.orderId, change(0, 'paid'))).toBe(true);
  await store.recordEffects(old.orderId, 1, { held: { kopi: true } });
  expect(store.recall(old.orderId)).toMatchObject({ status: 'paid', version: 1 });
  // Two newer orders push it out of every cache.
  for (const order of [newOrder(), newOrder()]) await store.insert(order);
  expect(store.recall(old.orderId)).toBeNull();
  expect(reads).toEqual([]);

  expect(await store.find(old.orderId)).toMatchObject({ status: 'paid', version: 1, transactionId: 'tx-1' });
  // Not projected (version 0 in `orders`): #1, then #2 which is not there.
  expect(reads.map((r) => (r as { _id: string })._id)).toEqual([`${old.orderId}#1`, `${old.orderId}#2`]);
  expect(await store.effectsOf(old.orderId, 1)).toEqual({ held: { kopi: true } });
  expect((await store.history(old.orderId)).map((entry) => entry.status)).toEqual(['pending', 'paid']);

  // Another instance moves it on; this one, behind, loses on the unique `_id` and re-reads.
  const other = new MongoOrderStore(db.collections);
  expect(await other.commit(old.orderId, change(1, 'refunded'))).toBe(true);
  expect(await store.commit(old.orderId, change(1, 'expired'))).toBe(false);
  expect(await store.find(old.orderId, { fresh: true })).toMatchObject({ status: 'refunded', version: 2 });
});

it('reads an order stored before orders named their gateway as a Midtrans order keyed by its own id', async () => {
  const order = { ...newOrder(), gateway: 'xendit' as const, gatewayReference: 'inv-1' };
  await new MongoOrderStore(db.collections).insert(order);
  // As the order was stored before: no gateway fields.
  await db.collections.orders.updateOne({ _id: order.orderId } as never, { $unset: { gateway: '', gateway_reference: '' } });
  const read = await new MongoOrderStore(db.collections).find(order.orderId, { fresh: true });
  expect(read).toMatchObject({
    orderId: order.orderId,
    gateway: 'midtrans',
    gatewayReference: order.orderId,
    holdEndsAt: order.holdEndsAt,
  });
});

it("keeps a Xendit order's gateway and invoice id", async () => {
  const order = { ...newOrder(), gateway: 'xendit' as const, gatewayReference: 'inv-2' };
  await new MongoOrderStore(db.collections).insert(order);
  expect(await new MongoOrderStore(db.collections).find(order.orderId, { fresh: true })).toMatchObject({
    gateway: 'xendit',
    gatewayReference: 'inv-2',
  });
});
