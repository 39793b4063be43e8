// Collections that keep what the server's stores write, in memory, instead of sending it:
// the seeder (history.ts) runs the server's own MongoOrderStore, MongoStockLedger,
// MongoNotificationLog and MongoRefundStore against them, so every seeded document has
// exactly the shape and `_id` the running API writes (nothing restated here that could
// drift), and then writes a whole slice at once with a few large insertMany.
//
// Only what those stores call is answered: inserts (refusing a repeated `_id`, as the
// unique index would), a find by `_id` among this slice's documents, and `$set` updates.
import type { Collections } from '../src/persistence/database.js';

type Doc = Record<string, any>;

export class RecordingCollection {
  readonly docs = new Map<string, Doc>();

  async insertOne(doc: Doc): Promise<{ acknowledged: true }> {
    this.add(doc);
    return { acknowledged: true };
  }

  async insertMany(docs: Doc[]): Promise<{ acknowledged: true; insertedCount: number }> {
    for (const doc of docs) this.add(doc);
    return { acknowledged: true, insertedCount: docs.length };
  }

  async findOne(filter: Doc): Promise<Doc | null> {
    return this.docs.get(String(filter._id)) ?? null;
  }

  async updateOne(filter: Doc, update: { $set?: Doc }): Promise<{ matchedCount: number }> {
    const doc = this.docs.get(String(filter._id));
    if (doc && update.$set) Object.assign(doc, update.$set);
    return { matchedCount: doc ? 1 : 0 };
  }

  /** Hands over what was recorded and starts the next slice empty. */
  take(): Doc[] {
    const docs = [...this.docs.values()];
    this.docs.clear();
    return docs;
  }

  private add(doc: Doc): void {
    const id = String(doc._id);
    if (this.docs.has(id)) throw Object.assign(new Error(`E11000 duplicate key: ${id}`), { code: 11000 });
    this.docs.set(id, doc);
  }
}

export type RecordingCollections = Record<keyof Collections, RecordingCollection>;

export function recordingCollections(): RecordingCollections {
  const names: (keyof Collections)[] = [
    'orders',
    'orderChanges',
    'effects',
    'products',
    'stockLedger',
    'openOrders',
    'notifications',
    'notificationOutcomes',
    'anomalies',
    'refunds',
    'operators',
    'sessions',
  ];
  return Object.fromEntries(names.map((name) => [name, new RecordingCollection()])) as RecordingCollections;
}

/** The recorders typed as the driver's collections, for the server's store constructors. */
export const asCollections = (recorders: RecordingCollections): Collections => recorders as unknown as Collections;
