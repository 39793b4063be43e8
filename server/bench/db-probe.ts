// The database's own floor at this size, measured with nothing else running against it:
// what one insert, one find by `_id` and one update by `_id` of an order cost. On the
// embedded FerretDB v1 (SQLite) an update scans the whole collection (database.ts), so
// its cost grows with the orders; inserts and `_id` finds should not.
import type { Database } from '../src/persistence/database.js';
import { now } from './load.js';

export interface DatabaseProbe {
  /** Mean ms of one insertOne of a ~1 KB document (one at a time). */
  insertMs: number;
  /** Mean ms of one findOne by `_id` in `orders`. */
  findByIdMs: number;
  /** Mean ms of one updateOne by `_id` in `orders` (the projector's write). */
  updateByIdMs: number;
}

export async function probeDatabase(db: Database, rounds = 50): Promise<DatabaseProbe> {
  const scratch = db.connection.db!.collection('bench_probe');
  const ids = (
    await db.collections.orders
      .find({}, { projection: { _id: 1 } })
      .limit(rounds)
      .toArray()
  ).map((d) => d._id);
  const mean = async (n: number, op: (i: number) => Promise<unknown>) => {
    const started = now();
    for (let i = 0; i < n; i++) await op(i);
    return (now() - started) / n;
  };
  const padding = 'x'.repeat(1000);
  const insertMs = await mean(rounds, (i) => scratch.insertOne({ _id: `${Date.now()}-${i}` as any, padding }));
  const findByIdMs = await mean(rounds, (i) => db.collections.orders.findOne({ _id: ids[i % ids.length] }));
  // A no-op $set (the field is the probe's own): the cost is finding the document.
  const updateByIdMs = await mean(Math.min(10, ids.length), (i) =>
    db.collections.orders.updateOne({ _id: ids[i] }, { $set: { bench_probe: 1 } }),
  );
  return { insertMs, findByIdMs, updateByIdMs };
}
