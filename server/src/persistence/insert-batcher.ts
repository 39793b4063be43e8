// Group commit for inserts. Inserts that arrive in the same turn of the event loop, or
// while this collection's previous write is still out, go to the database as one
// insertMany: on FerretDB v1 (SQLite) twenty documents in one insertMany cost about
// what two single inserts do, and writes take turns (write-lane.ts), so the longer the
// queue, the fuller each write. `ordered: false` keeps documents independent: each
// caller learns whether its own document went in or hit a unique key (E11000).
import type { mongo } from 'mongoose';
import { refusals, trackInsertBatcher } from './queue-depths.js';
import { DatabaseBusyError } from './write-lane.js';

type Collection = mongo.Collection<mongo.Document>;
type Document = mongo.Document;

export type InsertResult = 'inserted' | 'duplicate';

interface Pending {
  doc: Document;
  resolve(result: InsertResult): void;
  reject(error: unknown): void;
}

/**
 * Documents that may wait for the next write of one collection. Each write takes up to
 * maxBatch of them, and its caller's deadline (4 s) still bounds each wait; past this many
 * a new insert is refused at once (DatabaseBusyError) rather than held in memory.
 */
export const MAX_QUEUED_INSERTS = 10_000;

export class InsertBatcher {
  private queue: Pending[] = [];
  /** A flush is scheduled or writing: what arrives meanwhile waits for its next write. */
  private busy = false;

  constructor(
    private readonly collection: Collection,
    private readonly maxBatch = 500,
    private readonly maxQueued = MAX_QUEUED_INSERTS,
  ) {
    trackInsertBatcher(collection.collectionName, this);
  }

  /** Documents waiting for a write (metrics, tests). */
  get queued(): number {
    return this.queue.length;
  }

  insert(doc: Document): Promise<InsertResult> {
    return new Promise<InsertResult>((resolve, reject) => {
      if (this.queue.length >= this.maxQueued) {
        refusals.inserts++;
        reject(new DatabaseBusyError(`${this.queue.length} documents wait to be inserted already; retry`));
        return;
      }
      this.queue.push({ doc, resolve, reject });
      if (!this.busy) {
        this.busy = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      await this.write(batch);
    }
    this.busy = false;
  }

  private async write(batch: Pending[]): Promise<void> {
    try {
      await this.collection.insertMany(
        batch.map((p) => p.doc),
        { ordered: false },
      );
      for (const p of batch) p.resolve('inserted');
    } catch (error) {
      // Only a bulk error that accounts for every document tells who went in: each
      // failure listed (all of them unique-key clashes) and the rest counted as inserted.
      // A network failure arrives as a bulk error too, with an empty list: then nothing
      // is known, and every caller must hear of the failure (a retry finds what landed).
      const bulk = error as Partial<mongo.MongoBulkWriteError>;
      const raw = bulk.writeErrors as unknown;
      const writeErrors = (Array.isArray(raw) ? raw : raw ? [raw] : []) as { index: number; code?: number }[];
      const inserted = bulk.result?.insertedCount ?? (bulk as { insertedCount?: number }).insertedCount;
      const accounted =
        writeErrors.length > 0 &&
        writeErrors.every((we) => we.code === 11000) &&
        typeof inserted === 'number' &&
        inserted + writeErrors.length === batch.length;
      if (!accounted) {
        for (const p of batch) p.reject(error);
        return;
      }
      const duplicates = new Set(writeErrors.map((we) => we.index));
      batch.forEach((p, index) => p.resolve(duplicates.has(index) ? 'duplicate' : 'inserted'));
    }
  }
}
