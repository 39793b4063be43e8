// The connection on the real embedded database (FerretDB, SQLite behind it): writes
// take turns in the write lane, one at a time, while reads go at once; every answered
// operation is reported (metrics, slow-operation logs) with its wait for its turn.
import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database, type OperationRecord } from '../src/persistence/database.js';

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(process.env.LUNAS_TEST_MONGODB_URI!, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
});
afterAll(() => db.close());

it('sends one write at a time on FerretDB, in the order they were made, and reports each', async () => {
  const records: (OperationRecord & { answeredAt: number })[] = [];
  const stop = db.onOperation((record) => records.push({ ...record, answeredAt: performance.now() }));
  const collections = [db.collections.notifications, db.collections.orderChanges, db.collections.effects, db.collections.anomalies];
  const run = randomBytes(4).toString('hex');
  const inFlight: number[] = [];
  const writes = Array.from({ length: 24 }, (_, i) => {
    const written = collections[i % collections.length]!.insertOne({ _id: `${run}-${i}` as any, padding: 'x'.repeat(500) });
    inFlight.push(db.activity.inFlight);
    return written;
  });
  await Promise.all(writes);
  stop();

  const inserts = records.filter((r) => r.operation === 'insertOne');
  expect(inserts).toHaveLength(24);
  // One sent at a time: each was sent after the one before it was answered.
  for (let i = 1; i < inserts.length; i++) {
    const sentAt = inserts[i]!.answeredAt - inserts[i]!.tookMs;
    expect(sentAt).toBeGreaterThanOrEqual(inserts[i - 1]!.answeredAt - 0.5);
  }
  expect(Math.max(...inFlight)).toBe(1);
  // The later ones waited for their turn, and said so.
  expect(inserts.at(-1)!.waitedMs).toBeGreaterThan(inserts[0]!.waitedMs);
  expect(db.activity.inFlight).toBe(0);
});

it('does not make reads wait for writes', async () => {
  const records: OperationRecord[] = [];
  const stop = db.onOperation((record) => records.push(record));
  const run = randomBytes(4).toString('hex');
  await Promise.all([
    ...Array.from({ length: 8 }, (_, i) => db.collections.anomalies.insertOne({ _id: `${run}-${i}` as any })),
    db.collections.anomalies.findOne({ _id: `${run}-0` as any }),
  ]);
  stop();
  expect(records.find((r) => r.operation === 'findOne')).toMatchObject({ collection: 'payment_anomalies', waitedMs: -1 });
});
