// Group commit for inserts. Inserts that arrive in the same turn of the event loop go
// to the database as one insertMany: on FerretDB v1 (SQLite) twenty documents in one
// insertMany cost about what two single inserts do, and concurrent single inserts queue
// behind SQLite's one writer. `ordered: false` keeps documents independent: each caller
// learns whether its own document went in or hit a unique key (E11000).
import type { mongo } from 'mongoose';

type Collection = mongo.Collection<mongo.Document>;
type Document = mongo.Document;

export type InsertResult = 'inserted' | 'duplicate';

interface Pending {
  doc: Document;
  resolve(result: InsertResult): void;
  reject(error: unknown): void;
}

export class InsertBatcher {
  private queue: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly collection: Collection,
    private readonly maxBatch = 500,
  ) {}

  insert(doc: Document): Promise<InsertResult> {
    return new Promise<InsertResult>((resolve, reject) => {
      this.queue.push({ doc, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    this.scheduled = false;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, this.maxBatch);
      await this.write(batch);
    }
  }

  private async write(batch: Pending[]): Promise<void> {
    try {
      await this.collection.insertMany(
        batch.map((p) => p.doc),
        { ordered: false },
      );
      for (const p of batch) p.resolve('inserted');
    } catch (error) {
      const writeErrors = (error as mongo.MongoBulkWriteError).writeErrors;
      if (!Array.isArray(writeErrors) && !(writeErrors && typeof writeErrors === 'object')) {
        for (const p of batch) p.reject(error);
        return;
      }
      const failed = new Map<number, { code?: number }>();
      for (const we of Array.isArray(writeErrors) ? writeErrors : [writeErrors]) {
        failed.set(we.index, { code: we.code });
      }
      batch.forEach((p, index) => {
        const problem = failed.get(index);
        if (!problem) p.resolve('inserted');
        else if (problem.code === 11000) p.resolve('duplicate');
        else p.reject(error);
      });
    }
  }
}
