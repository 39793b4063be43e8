// A shop's past, seeded fast: `count` orders in every status, each with the documents
// the API leaves behind for it — the order, its changes and their effects, its stock
// moves, the notifications that caused them (with their outcomes, some delivered twice)
// and, for refunded orders, the refund the operator asked for. About 1,000 orders a day,
// oldest first, the newest a week old (its story is over), a million reaching back almost
// three years.
//
// How: the server's own stores (MongoOrderStore, MongoStockLedger, MongoNotificationLog,
// MongoRefundStore) run against collections that only record (recording-collections.ts);
// each slice of orders is then written with one large unordered insertMany per
// collection, on a connection of its own without the API's 4 s deadlines. The stores'
// clocks say "now" where they stamp a time themselves (effects, stock moves, outcomes),
// so those stamps are set afterwards to the time of the change they belong to. The
// `orders` documents get the projector's fields, as if it had caught up long ago.
//
// The seeded products (`hist-01`…) are not the ones the bench sells live, so the live
// ledger's heads never race the seeder's.
import { createHash } from 'node:crypto';
import mongoose from 'mongoose';
import type { OrderChange, StoredOrder } from '../src/payments/ports.js';
import { hashAccessToken, hashClientToken, newOrderId } from '../src/payments/secrets.js';
import { holdsStock, stockMoveId } from '../src/payments/stock-policy.js';
import type { OrderStatus } from '../src/payments/order-status.js';
import type { Database } from '../src/persistence/database.js';
import { MongoNotificationLog } from '../src/persistence/notification-log.js';
import { MongoOrderStore } from '../src/persistence/order-store.js';
import { MongoRefundStore } from '../src/persistence/refund-store.js';
import { MongoStockLedger } from '../src/persistence/stock-ledger.js';
import { asCollections, recordingCollections } from './recording-collections.js';

const DAY_MS = 86_400_000;
export const ORDERS_PER_DAY = 1_000;
const SLICE = 10_000;
/** The newest seeded order is this old, so that every change its story has (a refund a week on) is past. */
const SETTLED_FOR_MS = 8 * DAY_MS;
const PRODUCTS = Array.from({ length: 20 }, (_, i) => `hist-${String(i + 1).padStart(2, '0')}`);
const PRICE = 35_000;
const silent = { debug() {}, info() {}, warn() {}, error() {} };

/** What an order went through; shares out of 1,000 (a shop's usual mix). */
const STORIES: { story: Story; share: number }[] = [
  { story: 'settled', share: 620 },
  { story: 'expired', share: 200 },
  { story: 'denied', share: 40 },
  { story: 'cancelled', share: 30 },
  { story: 'partially-refunded', share: 20 },
  { story: 'refunded', share: 10 },
  { story: 'settled-twice-notified', share: 80 },
];
type Story = 'settled' | 'expired' | 'denied' | 'cancelled' | 'partially-refunded' | 'refunded' | 'settled-twice-notified';

/** An order the bench will use later by name: its id, its token, when it was placed. */
export interface KnownOrder {
  orderId: string;
  accessToken: string;
  email: string;
  createdAt: Date;
  status: OrderStatus;
}

export interface HistoryPlan {
  /** The index of the shop's last order (the whole history's length), so dates line up across calls. */
  total: number;
  /** Orders whose access tokens the bench keeps (order query, page). */
  keep: Set<number>;
  /**
   * Orders paid at the gateway for real (the simulator), to be refunded late: returns the
   * transaction id the gateway gave, which their seeded changes carry.
   */
  payAtGateway?: Map<number, (orderId: string, grossAmount: number) => Promise<string>>;
}

export interface SeedReport {
  orders: number;
  documents: Record<string, number>;
  seconds: number;
  known: Map<number, KnownOrder>;
}

/**
 * The seeder of one history: its stores (and so the ledger's heads) live across calls,
 * so the history can be seeded in steps (1,000 orders, measured, then the rest).
 */
export class History {
  private readonly recorders = recordingCollections();
  private readonly stores: Stores;
  private readonly now = Date.now();
  private opened = false;

  constructor(
    private readonly database: Database,
    private readonly uri: string,
    private readonly plan: HistoryPlan,
  ) {
    const collections = asCollections(this.recorders);
    this.stores = {
      orders: new MongoOrderStore(collections),
      stock: new MongoStockLedger(collections),
      log: new MongoNotificationLog(collections, silent),
      refunds: new MongoRefundStore(collections),
    };
  }

  /** Seeds orders [from, to) of the history. */
  async seed(from: number, to: number): Promise<SeedReport> {
    const started = performance.now();
    const { plan, now, stores } = this;
    // A connection of its own: a large insertMany takes longer than the API's deadlines allow.
    const bulk = await mongoose
      .createConnection(this.uri, { dbName: this.database.connection.db!.databaseName, autoIndex: false })
      .asPromise();
    const documents: Record<string, number> = {};
    const known = new Map<number, KnownOrder>();
    const spacing = DAY_MS / ORDERS_PER_DAY;
    try {
      if (!this.opened) {
        for (const product of PRODUCTS)
          await stores.stock.open(product, 100_000_000, new Date(now - SETTLED_FOR_MS - (plan.total + 1) * spacing));
        this.opened = true;
      }
      // The next slice is built (this process's CPU) while the last one is written (the
      // database's): on two cores that overlap is most of the speed.
      let writing: Promise<void> = Promise.resolve();
      for (let start = from; start < to; start += SLICE) {
        const end = Math.min(to, start + SLICE);
        const stamps = new Map<string, Date>();
        const jobs: Promise<void>[] = [];
        for (let i = start; i < end; i++)
          jobs.push(seedOrder(i, new Date(now - SETTLED_FOR_MS - (plan.total - i) * spacing), plan, stores, stamps, known));
        await Promise.all(jobs);
        // Let the stores' insert batchers hand over what they queued.
        await new Promise((resolve) => setImmediate(resolve));
        await new Promise((resolve) => setImmediate(resolve));
        const slice = Object.entries(this.recorders).map(([name, recorder]) => {
          const docs = recorder.take();
          for (const doc of docs) restamp(name, doc, stamps);
          return { name, docs };
        });
        await writing;
        writing = (async () => {
          for (const { name, docs } of slice) {
            const target = bulk.db!.collection((this.database.collections as any)[name].collectionName as string);
            for (let i = 0; i < docs.length; i += 5_000) await target.insertMany(docs.slice(i, i + 5_000) as any[], { ordered: false });
            if (docs.length > 0) documents[name] = (documents[name] ?? 0) + docs.length;
          }
        })();
        writing.catch(() => undefined);
      }
      await writing;
    } finally {
      await bulk.close();
    }
    return { orders: to - from, documents, seconds: (performance.now() - started) / 1000, known };
  }
}

interface Stores {
  orders: MongoOrderStore;
  stock: MongoStockLedger;
  log: MongoNotificationLog;
  refunds: MongoRefundStore;
}

/** A deterministic story per order number: the same history every run. */
function storyOf(i: number): Story {
  const roll = createHash('sha1').update(String(i)).digest().readUInt16BE(0) % 1_000;
  let sum = 0;
  for (const { story, share } of STORIES) if (roll < (sum += share)) return story;
  return 'settled';
}

async function seedOrder(
  i: number,
  createdAt: Date,
  plan: HistoryPlan,
  s: Stores,
  stamps: Map<string, Date>,
  known: Map<number, KnownOrder>,
) {
  const orderId = newOrderId(createdAt);
  const accessToken = `hist-token-${i}-${orderId.slice(-8)}`;
  const email = `shopper${i % 50_000}@contoh.id`;
  const quantity = 1 + (i % 3);
  const product = PRODUCTS[i % PRODUCTS.length]!;
  const grossAmount = PRICE * quantity;
  const story = plan.payAtGateway?.has(i) ? 'settled' : storyOf(i);
  const order: StoredOrder = {
    orderId,
    status: 'pending',
    grossAmount,
    items: [{ productId: product, name: `Riwayat ${product}`, price: PRICE, quantity }],
    customer: { name: `Pembeli ${i}`, email },
    accessTokenHash: hashAccessToken(accessToken),
    gateway: 'midtrans',
    gatewayReference: orderId,
    clientTokenHash: hashClientToken(`hist-snap-${orderId}`),
    holdEndsAt: new Date(createdAt.getTime() + DAY_MS),
    refundedAmount: 0,
    version: 0,
    createdAt,
    updatedAt: createdAt,
  };
  // createPayment: the reservation, then the order.
  await s.stock.move(product, stockMoveId(orderId, 0, product), -quantity, { fresh: true });
  await s.orders.insert(order);
  const transactionId = plan.payAtGateway?.has(i) ? await plan.payAtGateway.get(i)!(orderId, grossAmount) : `hist-tx-${i}`;
  const at = (minutes: number) => new Date(createdAt.getTime() + minutes * 60_000);
  const card = story === 'denied';
  const base = { transactionId, paymentType: card ? 'credit_card' : 'bank_transfer' } as const;
  const va = { bank: 'bca', vaNumber: String(10_000_000_000 + i), expiresAt: at(24 * 60).toISOString() };
  const steps: { change: Omit<OrderChange, 'fromVersion'>; gatewayStatus: string; copies?: number; refund?: number }[] = [];
  if (card) steps.push({ change: { ...base, status: 'failed', refundedAmount: 0, at: at(2), source: 'deny' }, gatewayStatus: 'deny' });
  else
    steps.push({
      change: { ...base, status: 'pending', instructions: va, refundedAmount: 0, at: at(1), source: 'pending' },
      gatewayStatus: 'pending',
    });
  const paid = { ...base, status: 'paid' as const, instructions: va, refundedAmount: 0, at: at(45), source: 'settlement' };
  if (story === 'expired')
    steps.push({
      change: { ...base, status: 'expired', instructions: va, refundedAmount: 0, at: at(24 * 60), source: 'expire' },
      gatewayStatus: 'expire',
    });
  if (story === 'cancelled')
    steps.push({
      change: { ...base, status: 'cancelled', instructions: va, refundedAmount: 0, at: at(30), source: 'cancel' },
      gatewayStatus: 'cancel',
    });
  if (story.startsWith('settled') || story.endsWith('refunded')) {
    steps.push({ change: paid, gatewayStatus: 'settlement', copies: story === 'settled-twice-notified' ? 2 : 1 });
  }
  if (story === 'partially-refunded') {
    steps.push({
      change: { ...paid, status: 'partially_refunded', refundedAmount: PRICE, at: at(7 * 24 * 60), source: 'partial_refund' },
      gatewayStatus: 'partial_refund',
      refund: PRICE,
    });
  }
  if (story === 'refunded') {
    steps.push({
      change: { ...paid, status: 'refunded', refundedAmount: grossAmount, at: at(7 * 24 * 60), source: 'refund' },
      gatewayStatus: 'refund',
      refund: grossAmount,
    });
  }
  let version = 0;
  let held = true;
  let refunds = 0;
  for (const step of steps) {
    if (step.refund) {
      const refundKey = `hist-refund-${i}`;
      await s.refunds.insert(
        {
          orderId,
          refundKey,
          amount: step.refund,
          reason: 'Barang rusak',
          status: 'requested',
          requestedAt: new Date(step.change.at.getTime() - 60_000),
          requestedBy: 'operator@contoh.id',
        },
        refunds++,
      );
      await s.refunds.settle(orderId, refundKey, { status: 'accepted' });
    }
    for (let copy = 0; copy < (step.copies ?? 1); copy++) {
      const body = notificationBody(orderId, transactionId, step.gatewayStatus, grossAmount, step.change.at);
      const receivedAt = new Date(step.change.at.getTime() + copy * 60_000);
      const id = await s.log.received({
        receivedAt,
        requestId: `hist-${i}-${version}-${copy}`,
        verdict: 'valid',
        orderId,
        transactionStatus: step.gatewayStatus,
        body,
        truncated: false,
        bodySha256: createHash('sha256').update(body).digest('hex'),
        bodyBytes: Buffer.byteLength(body),
      });
      s.log.outcome(id, { outcome: copy === 0 ? 'applied' : 'unchanged', httpStatus: 200 });
      stamps.set(`notificationOutcomes:${id}`, new Date(receivedAt.getTime() + 40));
    }
    await s.orders.commit(orderId, { ...step.change, fromVersion: version });
    version++;
    const want = holdsStock(step.change.status);
    if (held && !want) await s.stock.move(product, stockMoveId(orderId, version, product), quantity);
    held = want;
    await s.orders.recordEffects(orderId, version, { held: { [product]: held } });
    stamps.set(`effects:${orderId}#${version}`, new Date(step.change.at.getTime() + 20));
    stamps.set(`move:${orderId}#${version}`, new Date(step.change.at.getTime() + 10));
  }
  stamps.set(`move:${orderId}#0`, createdAt);
  const last = steps[steps.length - 1]!.change;
  // The projector's fields (order-projector.ts), long since written.
  stamps.set(`project:${orderId}`, last.at);
  projections.set(orderId, {
    payment_status: last.status,
    payment_gateway_transaction_id: transactionId,
    payment_type: last.paymentType ?? null,
    refunded_amount: last.refundedAmount,
    version,
    updated_at: last.at,
  });
  if (plan.keep.has(i) || plan.payAtGateway?.has(i)) known.set(i, { orderId, accessToken, email, createdAt, status: last.status });
}

/** Fields set on `orders` docs after recording, keyed by order id (cleared as used). */
const projections = new Map<string, Record<string, unknown>>();

function restamp(collection: string, doc: Record<string, any>, stamps: Map<string, Date>): void {
  if (collection === 'orders') {
    const projected = projections.get(doc._id);
    if (projected) Object.assign(doc, projected);
    projections.delete(doc._id);
  } else if (collection === 'effects') {
    doc.at = stamps.get(`effects:${doc._id}`) ?? doc.at;
  } else if (collection === 'notificationOutcomes') {
    doc.at = stamps.get(`notificationOutcomes:${doc._id}`) ?? doc.at;
  } else if (collection === 'stockLedger' && typeof doc.move_id === 'string') {
    doc.at = stamps.get(`move:${doc.move_id.slice(0, doc.move_id.lastIndexOf(':'))}`) ?? doc.at;
  }
}

/** A Midtrans HTTP notification as it arrives (field set of docs/midtrans.md; not signed for real: never verified again). */
function notificationBody(orderId: string, transactionId: string, status: string, gross: number, at: Date): string {
  const time = at.toISOString().replace('T', ' ').slice(0, 19);
  return JSON.stringify({
    transaction_time: time,
    transaction_status: status,
    transaction_id: transactionId,
    status_message: 'midtrans payment notification',
    status_code: status === 'deny' ? '202' : status === 'pending' ? '201' : '200',
    signature_key: createHash('sha512').update(`${orderId}${status}${gross}`).digest('hex'),
    settlement_time: status === 'settlement' ? time : undefined,
    payment_type: status === 'deny' ? 'credit_card' : 'bank_transfer',
    order_id: orderId,
    merchant_id: 'G000000000',
    gross_amount: `${gross}.00`,
    fraud_status: 'accept',
    currency: 'IDR',
    va_numbers: status === 'deny' ? undefined : [{ va_number: '10000000000', bank: 'bca' }],
  });
}
