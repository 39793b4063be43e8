// The MongoDB connection and the collections, laid out for the embedded FerretDB v1
// (SQLite) as much as for MongoDB. On FerretDB v1 a filter on `_id` alone reaches SQLite
// as `WHERE _ferretdb_sjson->'$._id' = ?`, but the unique index it made for `_id` is on
// `_ferretdb_sjson->"_id"`: a different expression, so SQLite never used it and scanned.
// The project's wrapper adds an index on the queried expression to every table
// (tools/ferretdb/id_index.go): a find, a miss, an update or a delete by `_id` is now an
// index search, about a millisecond at 200,000 documents. Any other filter (another
// field, `$in`) is still decoded document by document in FerretDB, and `$inc` and
// findAndModify are not atomic there under concurrency; inserts are cheap. So:
//   - documents that never change (orders, order_changes, stock_ledger, logs) are
//     inserted once, under an `_id` the reader can compute, and read by `_id` alone;
//   - an order's state is the newest of its order_changes (`<orderId>#<version>`), and a
//     product's stock the newest of its stock_ledger entries (`<productId>#<seq>`);
//   - the hot paths mostly read neither: each process remembers (bounded) the newest it
//     wrote or heard of on the bus, and a write from a state that is behind loses on the
//     unique `_id` (order-store.ts, stock-ledger.ts);
//   - the only updates and deletes go to `open_orders`, a small working set, and to the
//     `orders.payment_status` projection, both off the hot path;
//   - writes take turns, one at a time on FerretDB (write-lane.ts): SQLite's one writer
//     makes a second concurrent write sleep and retry rather than queue.
// On MongoDB every one of these look-ups is an index search; the layout costs nothing there.
import mongoose, { type Connection, type mongo } from 'mongoose';
import { WriteLane } from './write-lane.js';

type Collection<T> = mongo.Collection<T extends mongo.Document ? T : mongo.Document>;
type Document = mongo.Document;

/** The driver settings that keep every answer within Midtrans's patience (docs/midtrans.md §8). */
export const DRIVER_TIMEOUTS = {
  serverSelectionTimeoutMS: 2_000,
  connectTimeoutMS: 2_000,
  socketTimeoutMS: 4_000,
  // SQLite behind FerretDB has one writer: a hundred connections (the driver's default)
  // only queue inside it. Inserts are grouped anyway (insert-batcher.ts).
  maxPoolSize: 16,
} as const;

export interface Collections {
  orders: Collection<Document>;
  orderChanges: Collection<Document>;
  effects: Collection<Document>;
  products: Collection<Document>;
  stockLedger: Collection<Document>;
  openOrders: Collection<Document>;
  notifications: Collection<Document>;
  notificationOutcomes: Collection<Document>;
  anomalies: Collection<Document>;
  refunds: Collection<Document>;
  operators: Collection<Document>;
  sessions: Collection<Document>;
  /** One-off data changes that are done (email-key-backfill.ts), by name. */
  migrations: Collection<Document>;
}

/** One answered operation; `waitedMs` is its wait in the write lane (-1 for reads). */
export interface OperationRecord {
  collection: string;
  operation: string;
  waitedMs: number;
  tookMs: number;
}

/** How busy this process keeps the database's writer: background writers yield to the rest. */
export interface DatabaseActivity {
  /** Writes sent and not yet answered. */
  readonly inFlight: number;
  /** Milliseconds since the last write was answered (0 while one is in flight). */
  idleForMs(): number;
}

export interface Database {
  connection: Connection;
  collections: Collections;
  activity: DatabaseActivity;
  /** Calls `listener` with every answered operation (metrics, slow-operation logs); returns how to stop. */
  onOperation(listener: (record: OperationRecord) => void): () => void;
  /** Answers when the database does; throws otherwise (health checks). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export async function connectDatabase(uri: string, options: { dbName?: string; signal?: AbortSignal } = {}): Promise<Database> {
  const connection = mongoose.createConnection(uri, {
    ...(options.dbName ? { dbName: options.dbName } : {}),
    ...DRIVER_TIMEOUTS,
    // Fail at once while disconnected instead of queueing for 10 s: the webhook must
    // answer 503 quickly so Midtrans retries, rather than time out.
    bufferCommands: false,
    autoIndex: false,
  });
  const aborted = new Promise<never>((_, reject) => {
    options.signal?.addEventListener('abort', () => reject(new Error('database connect aborted')), { once: true });
  });
  try {
    await Promise.race([connection.asPromise(), aborted]);
  } catch (error) {
    await connection.close(true).catch(() => undefined);
    throw error;
  }
  const db = connection.db!;
  const activity = new ActivityMeter();
  const lane = new WriteLane((await isFerretDB(db)) ? 1 : MONGODB_WRITES_AT_ONCE);
  const collection = (name: string) => withDeadlines(db.collection(name), OPERATION_DEADLINE_MS, activity, lane);
  const collections: Collections = {
    orders: collection('orders'),
    orderChanges: collection('order_changes'),
    effects: collection('order_effects'),
    products: collection('products'),
    stockLedger: collection('stock_ledger'),
    openOrders: collection('open_orders'),
    notifications: collection('payment_notifications'),
    notificationOutcomes: collection('payment_notification_outcomes'),
    anomalies: collection('payment_anomalies'),
    refunds: collection('refunds'),
    operators: collection('operators'),
    sessions: collection('operator_sessions'),
    migrations: collection('migrations'),
  };
  // Awaited before the first request: the stock ledger's exactly-once moves depend on
  // the unique move_id index existing. The others serve the look-ups by other fields, on
  // the embedded database too: its wrapper indexes the first field of each declared index
  // (tools/ferretdb/field_index.go).
  await Promise.all([
    collections.stockLedger.createIndex({ move_id: 1 }, { unique: true }),
    collections.operators.createIndex({ email: 1 }, { unique: true }),
    collections.orders.createIndex({ created_at: -1 }),
    collections.orders.createIndex({ email_key: 1 }),
    collections.notifications.createIndex({ order_id: 1, received_at: 1 }),
    collections.notifications.createIndex({ claimed_order_id: 1 }, { sparse: true }),
    collections.anomalies.createIndex({ at: -1 }),
    collections.anomalies.createIndex({ order_id: 1 }),
    collections.refunds.createIndex({ order_id: 1 }),
    // One refund per number per order (refund-store.ts); sparse: older refunds have no claim.
    collections.refunds.createIndex({ claim: 1 }, { unique: true, sparse: true }),
    collections.refunds.createIndex({ gateway_refund_id: 1 }, { sparse: true }),
    collections.refunds.createIndex({ status: 1 }),
    collections.sessions.createIndex({ operator_id: 1 }),
  ]);
  return {
    connection,
    collections,
    activity,
    onOperation: (listener) => {
      activity.listeners.add(listener);
      return () => activity.listeners.delete(listener);
    },
    ping: async () => {
      await db.command({ ping: 1 });
    },
    close: () => connection.close(),
  };
}

/** MongoDB takes concurrent writes well; the lane only keeps a burst from taking every connection. */
const MONGODB_WRITES_AT_ONCE = 8;

/** FerretDB answers buildInfo with its own version besides MongoDB's. */
async function isFerretDB(db: mongo.Db): Promise<boolean> {
  const info = await db.admin().command({ buildInfo: 1 });
  return typeof info.ferretdbVersion === 'string';
}

/**
 * Every operation settles within this long. The driver has no per-operation deadline
 * (timeoutMS does nothing in this driver version), and a call caught by a database that
 * died mid-request was seen to hang for minutes, holding an order's queue and the
 * reconciler with it. A late answer is an error (the caller answers 503 and retries);
 * nothing here assumes a timed-out write did not happen.
 */
export const OPERATION_DEADLINE_MS = 4_000;

export class DatabaseTimeoutError extends Error {
  override name = 'MongoNetworkTimeoutError';
}

const DEADLINED = new Set([
  'insertOne',
  'insertMany',
  'findOne',
  'updateOne',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'countDocuments',
  'estimatedDocumentCount',
  'createIndex',
]);

class ActivityMeter implements DatabaseActivity {
  inFlight = 0;
  private lastAnsweredAt = 0;
  readonly listeners = new Set<(record: OperationRecord) => void>();

  /** Reports `send()` once answered; a write (`queuedAt`: when it joined the lane) counts in flight till then. */
  track<T>(collection: string, operation: string, send: () => Promise<T>, queuedAt?: number): Promise<T> {
    const sentAt = performance.now();
    const waitedMs = queuedAt === undefined ? -1 : sentAt - queuedAt;
    if (waitedMs >= 0) this.inFlight++;
    return send().finally(() => {
      const answeredAt = performance.now();
      if (waitedMs >= 0) {
        this.inFlight--;
        this.lastAnsweredAt = answeredAt;
      }
      const record = { collection, operation, waitedMs, tookMs: answeredAt - sentAt };
      for (const listener of this.listeners) listener(record);
    });
  }

  idleForMs(): number {
    return this.inFlight > 0 ? 0 : performance.now() - this.lastAnsweredAt;
  }
}

function deadline<T>(work: Promise<T>, ms: number, what: string, onLate?: () => void): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onLate?.();
      reject(new DatabaseTimeoutError(`${what} did not answer within ${ms} ms`));
    }, ms);
  });
  work.catch(() => undefined); // settles after the deadline: nobody is waiting any more
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** Operations that write: they take turns in the write lane. */
const WRITES = new Set(['insertOne', 'insertMany', 'updateOne', 'replaceOne', 'deleteOne', 'deleteMany']);

/**
 * The collection, with every operation (and every find's toArray) bounded by `ms` and
 * metered, and every write sent through the lane.
 */
function withDeadlines(collection: Collection<Document>, ms: number, activity: ActivityMeter, lane: WriteLane): Collection<Document> {
  return new Proxy(collection, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const name = `${target.collectionName}.${String(property)}`;
      if (property === 'find') {
        return (...args: unknown[]) => {
          const cursor = (value as (...a: unknown[]) => mongo.FindCursor).apply(target, args);
          const toArray = cursor.toArray.bind(cursor);
          cursor.toArray = () => deadline(activity.track(target.collectionName, 'find', toArray), ms, name);
          return cursor;
        };
      }
      if (!DEADLINED.has(String(property))) return value.bind(target);
      const operation = String(property);
      return (...args: unknown[]) => {
        const send = () => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args);
        if (!WRITES.has(operation)) return deadline(activity.track(target.collectionName, operation, send), ms, name);
        const queuedAt = performance.now();
        let late = false;
        const written = lane.run(
          () => activity.track(target.collectionName, operation, send, queuedAt),
          () => late,
        );
        return deadline(written, ms, name, () => (late = true));
      };
    },
  });
}

/** MongoDB and FerretDB both report unique-index violations as E11000. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
