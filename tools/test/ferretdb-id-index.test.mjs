// The embedded FerretDB finds, updates and deletes by `_id` through an index (tools/ferretdb/
// id_index.go), not a scan: FerretDB's own `explain` answers with SQLite's EXPLAIN QUERY PLAN
// for the very query it sends, so these tests read the plan the real server would run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { MongoClient } from 'mongodb';
import { startFerretDB } from '@lunas/dev-services';

let db;
let client;
let dataDir;

before(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lunas-id-index-'));
  db = await startFerretDB({ port: 0, dataDir, quiet: true });
  client = new MongoClient(db.uri);
});

after(async () => {
  await client?.close();
  await db?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * SQLite's plan lines for a find by `_id` alone (the only filter FerretDB pushes down). A
 * real find goes first: an EXPLAIN opens no transaction, so it plans with whatever schema
 * its connection last loaded, while a real statement notices the new index and reloads.
 */
async function planOfFindById(collection) {
  await collection.findOne({ _id: 'LNS-1#1' });
  const explained = await collection.find({ _id: 'LNS-1#1' }).explain();
  assert.equal(explained.filterPushdown, true, 'FerretDB sends the _id filter to SQLite');
  return explained.queryPlanner.Plan.join('\n');
}

/** The wrapper indexes a new table within a poll interval (250 ms); wait well past that. */
async function untilIndexed(collection) {
  let plan = '';
  for (let tries = 0; tries < 100; tries++) {
    plan = await planOfFindById(collection);
    if (/USING (COVERING )?INDEX lunas_id_path_/.test(plan)) return plan;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.fail(`a find by _id still does not use the index on the expression FerretDB queries:\n${plan}`);
}

test('a new collection gets the index its _id look-ups use, and FerretDB still refuses a duplicate _id', async () => {
  const changes = client.db('lunas_id_index').collection('order_changes');
  await changes.insertMany(Array.from({ length: 50 }, (_, i) => ({ _id: `LNS-${i}#1`, status: 'PENDING' })));
  assert.match(await untilIndexed(changes), /SEARCH/);
  assert.deepEqual(await changes.findOne({ _id: 'LNS-7#1' }), { _id: 'LNS-7#1', status: 'PENDING' });
  assert.equal(await changes.findOne({ _id: 'LNS-missing#1' }), null);
  assert.equal((await changes.updateOne({ _id: 'LNS-7#1' }, { $set: { status: 'PAID' } })).modifiedCount, 1);
  assert.equal((await changes.findOne({ _id: 'LNS-7#1' })).status, 'PAID');
  assert.equal((await changes.deleteOne({ _id: 'LNS-8#1' })).deletedCount, 1);
  await assert.rejects(changes.insertOne({ _id: 'LNS-7#1' }), (error) => error.code === 11000);
  // The index is the wrapper's, not a collection index: listIndexes shows FerretDB's own only.
  assert.deepEqual(
    (await changes.listIndexes().toArray()).map((index) => index.name),
    ['_id_'],
  );
});

test('a database dropped and made again is indexed again (its file is a new one)', async () => {
  const database = client.db('lunas_id_index_dropped');
  await database.collection('orders').insertOne({ _id: 'LNS-1' });
  await untilIndexed(database.collection('orders'));
  await database.dropDatabase();
  await database.collection('orders').insertOne({ _id: 'LNS-2' });
  await untilIndexed(database.collection('orders'));
});
