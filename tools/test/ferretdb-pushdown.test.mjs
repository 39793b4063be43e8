// The embedded FerretDB hands filters on fields other than `_id` to SQLite (tools/ferretdb/
// _sqlite/pushdown.go) and searches the wrapper's indexes for them (field_index.go). Two
// things are checked against the real server:
//  - the answers never change: every filter gives the documents FerretDB's own Go filter
//    gives. The reference is the same filter wrapped as {$nor: [{$nor: [filter]}]}, which
//    means the same and which the pushdown leaves alone (it does not read $nor);
//  - the queries Lunas makes search an index instead of scanning the table (SQLite's plan, as
//    FerretDB's explain reports it).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { MongoClient } from 'mongodb';
import { startFerretDB } from '@lunas/dev-services';

let db;
let client;
let dataDir;

before(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-pushdown-'));
  db = await startFerretDB({ port: 0, dataDir, quiet: true });
  client = new MongoClient(db.uri);
});

after(async () => {
  await client?.close();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

// Strings that sort differently as JSON text than as strings (a space and `!` sort before
// the quote, a backslash is escaped), a non-ASCII letter, and plain ones.
const text = fc.constantFrom('', 'a', 'ab', 'ab!', 'ab ', 'a"b', 'a\\b', 'é', 'b', 'LNS-1', 'LNS-10', 'z');
const date = fc.integer({ min: 0, max: 4 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)));
const scalar = fc.oneof(text, date, fc.integer({ min: -2, max: 2 }), fc.constant(null), fc.boolean());
const value = fc.oneof({ weight: 4, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(fc.oneof(text, date), { maxLength: 3 }) });
const field = fc.constantFrom('f', 'g');

const condition = fc.oneof(
  fc.record({ field, v: fc.oneof(text, date) }).map(({ field, v }) => ({ [field]: v })),
  fc.record({ field, v: fc.oneof(text, date) }).map(({ field, v }) => ({ [field]: { $eq: v } })),
  fc.record({ field, vs: fc.array(fc.oneof(text, date, fc.constant(null)), { minLength: 1, maxLength: 3 }) }).map(({ field, vs }) => ({
    [field]: { $in: vs },
  })),
  fc
    .record({ field, op: fc.constantFrom('$gt', '$gte', '$lt', '$lte'), v: fc.oneof(text, date) })
    .map(({ field, op, v }) => ({ [field]: { [op]: v } })),
  fc.record({ op: fc.constantFrom('$gt', '$gte', '$lt', '$lte'), v: text }).map(({ op, v }) => ({ _id: { [op]: v } })),
  fc.array(text, { minLength: 1, maxLength: 3 }).map((ids) => ({ _id: { $in: ids } })),
  text.map((v) => ({ f: v, g: { $ne: v } })),
  fc.record({ field, exists: fc.boolean() }).map(({ field, exists }) => ({ [field]: { $exists: exists } })),
);
const filter = fc.oneof(
  condition,
  fc.array(condition, { minLength: 1, maxLength: 3 }).map((all) => ({ $and: all })),
  fc.array(condition, { minLength: 1, maxLength: 3 }).map((any) => ({ $or: any })),
  fc.tuple(condition, condition).map(([a, b]) => ({ ...a, $or: [b, { g: 'a' }] })),
);

const ids = (docs) => docs.map((doc) => doc._id).sort();

test('a pushed-down filter finds exactly what FerretDB alone finds', async () => {
  const collection = client.db('lunas_pushdown').collection('mixed');
  await collection.createIndex({ f: 1 });
  await collection.createIndex({ g: 1, h: 1 });
  await fc.assert(
    fc.asyncProperty(fc.array(fc.record({ f: value, g: value }, { requiredKeys: [] }), { maxLength: 12 }), filter, async (docs, query) => {
      await collection.deleteMany({});
      if (docs.length)
        await collection.insertMany(docs.map((doc, i) => ({ _id: ['a', 'ab', 'ab!', 'b', 'LNS-1', 'é'][i % 6] + i, ...doc })));
      const pushed = ids(await collection.find(query).toArray());
      const reference = ids(await collection.find({ $nor: [{ $nor: [query] }] }).toArray());
      assert.deepEqual(pushed, reference, `filter ${JSON.stringify(query)}`);
      // updates and deletes select through the same path
      const counted = await collection.countDocuments(query);
      assert.equal(counted, reference.length);
    }),
    { numRuns: 300 },
  );
});

/** SQLite's plan for a find (a real find first, so the connection has loaded new indexes). */
async function plan(collection, query) {
  await collection.find(query).toArray();
  const explained = await collection.find(query).explain();
  return { pushed: explained.filterPushdown, plan: explained.queryPlanner.Plan.join('\n') };
}

async function untilPlanned(collection, query, pattern) {
  let last;
  for (let tries = 0; tries < 100; tries++) {
    last = await plan(collection, query);
    if (pattern.test(last.plan)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`${JSON.stringify(query)} is not planned as ${pattern}:\n${last.plan}`);
}

test('the look-ups Lunas makes search the wrapper’s indexes', async () => {
  const database = client.db('lunas_pushdown_plans');
  const notifications = database.collection('payment_notifications');
  const orders = database.collection('orders');
  await notifications.createIndex({ order_id: 1, received_at: 1 });
  await notifications.createIndex({ claimed_order_id: 1 }, { sparse: true });
  await orders.createIndex({ created_at: -1 });
  await orders.createIndex({ email_key: 1 });
  await notifications.insertMany(
    Array.from({ length: 300 }, (_, i) => ({ order_id: `LNS-${i % 30}`, received_at: new Date(i), verdict: 'passed' })),
  );
  await orders.insertMany(
    Array.from({ length: 300 }, (_, i) => ({ _id: `LNS-${i}`, created_at: new Date(i * 1000), email_key: `b${i}@x.io` })),
  );

  const byOrder = await untilPlanned(
    notifications,
    { order_id: 'LNS-3', verdict: { $in: ['passed'] } },
    /USING INDEX lunas_field_\w+_order_id/,
  );
  assert.equal(byOrder.pushed, true);
  assert.doesNotMatch(byOrder.plan, /^.*SCAN/m);
  await untilPlanned(
    notifications,
    { $or: [{ order_id: 'LNS-3', verdict: { $nin: ['passed'] } }, { claimed_order_id: 'LNS-3' }] },
    /MULTI-INDEX OR[\s\S]*lunas_field_\w+_claimed_order_id/,
  );
  await untilPlanned(orders, { created_at: { $gte: new Date(290_000) } }, /USING INDEX lunas_field_\w+_created_at \(<expr>>\?\)/);
  await untilPlanned(orders, { _id: { $gte: 'LNS-29', $lt: 'LNS-29\uffff' } }, /USING INDEX lunas_id_text_\w+ \(<expr>>\? AND <expr><\?\)/);
  await untilPlanned(orders, { $or: [{ _id: 'LNS-7' }, { email_key: 'b9@x.io' }] }, /MULTI-INDEX OR[\s\S]*lunas_field_\w+_email_key/);
  assert.deepEqual(ids(await orders.find({ $or: [{ _id: 'LNS-7' }, { email_key: 'b9@x.io' }] }).toArray()), ['LNS-7', 'LNS-9']);

  // A filter on a field nobody indexed is still pushed (SQLite filters the rows, Go decodes
  // only those), and a `$nor` is not pushed at all.
  assert.equal((await plan(notifications, { verdict: 'passed' })).pushed, true);
  assert.equal((await plan(notifications, { $nor: [{ verdict: 'passed' }] })).pushed, false);
});
