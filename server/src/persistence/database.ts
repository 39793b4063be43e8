// The MongoDB connection and the collections, laid out for the embedded FerretDB v1
// (SQLite) as much as for MongoDB. On FerretDB v1 a filter on `_id` alone reaches SQLite
// as `WHERE _ferretdb_sjson->'$._id' = ?`, but the unique index it made for `_id` is on
// `_ferretdb_sjson->"_id"`: a different expression, so SQLite never uses it and scans
// (EXPLAIN QUERY PLAN says `SCAN`; written the index's way it says `SEARCH ... USING
// INDEX`). A find by `_id` reads the table until the document turns up, cheap for old
// documents and a whole scan for new ones and for misses; an update or delete by `_id`
// scans while holding SQLite's one writer; a filter with any other field is decoded
// document by document. The index does enforce uniqueness (E11000), and inserts are
// cheap. So:
//   - documents that never change (orders, order_changes, stock_ledger, logs) are
//     inserted once, under an `_id` the reader can compute;
//   - an order's state is the newest of its order_changes (`<orderId>#<version>`), and a
//     product's stock the newest of its stock_ledger entries (`<productId>#<seq>`);
//   - the hot paths read neither: each process remembers the newest it wrote or heard of
//     on the bus, and a write from a state that is behind loses on the unique `_id`
//     (order-store.ts, stock-ledger.ts);
//   - the only updates and deletes go to `open_orders`, a small working set, and to the
//     `orders.payment_status` projection, both off the hot path.
// On MongoDB every one of these look-ups is an index search; the layout costs nothing there.
import mongoose, { type Connection, type mongo } from 'mongoose';

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
}

export interface Database {
  connection: Connection;
  collections: Collections;
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
  const collection = (name: string) => withDeadlines(db.collection(name), OPERATION_DEADLINE_MS);
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
  };
  // Awaited before the first request: the stock ledger's exactly-once moves depend on
  // the unique move_id index existing. The others serve MongoDB's operator queries.
  await Promise.all([
    collections.stockLedger.createIndex({ move_id: 1 }, { unique: true }),
    collections.operators.createIndex({ email: 1 }, { unique: true }),
    collections.orders.createIndex({ created_at: -1 }),
    collections.notifications.createIndex({ order_id: 1, received_at: 1 }),
    collections.anomalies.createIndex({ at: -1 }),
    collections.refunds.createIndex({ order_id: 1 }),
  ]);
  return {
    connection,
    collections,
    ping: async () => {
      await db.command({ ping: 1 });
    },
    close: () => connection.close(),
  };
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

function deadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseTimeoutError(`${what} did not answer within ${ms} ms`)), ms);
  });
  work.catch(() => undefined); // settles after the deadline: nobody is waiting any more
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The collection, with every operation (and every find's toArray) bounded by `ms`. */
function withDeadlines(collection: Collection<Document>, ms: number): Collection<Document> {
  return new Proxy(collection, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      const name = `${target.collectionName}.${String(property)}`;
      if (property === 'find') {
        return (...args: unknown[]) => {
          const cursor = (value as (...a: unknown[]) => mongo.FindCursor).apply(target, args);
          const toArray = cursor.toArray.bind(cursor);
          cursor.toArray = () => deadline(toArray(), ms, name);
          return cursor;
        };
      }
      if (!DEADLINED.has(String(property))) return value.bind(target);
      return (...args: unknown[]) => deadline((value as (...a: unknown[]) => Promise<unknown>).apply(target, args), ms, name);
    },
  });
}

/** MongoDB and FerretDB both report unique-index violations as E11000. */
export function isDuplicateKeyError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 11000;
}
