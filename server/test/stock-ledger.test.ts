// The stock ledger on the real embedded database, as a freshly started process meets it:
// warm() finds the newest entry of each product it is given by a few look-ups by `_id`
// (never a read of the whole ledger), so its first moves and stock figures need none.
import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { MongoStockLedger } from '../src/persistence/stock-ledger.js';
import { countingReads } from './support/counting-reads.js';

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(process.env.LUNAS_TEST_MONGODB_URI!, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
});
afterAll(() => db.close());

async function ledgerWithHistory() {
  const first = new MongoStockLedger(db.collections);
  const run = randomBytes(3).toString('hex');
  const kopi = `kopi-${run}`;
  const teh = `teh-${run}`;
  await first.open(kopi, 50);
  await first.open(teh, 20);
  for (let i = 0; i < 12; i++) await first.move(kopi, `m-${run}-k${i}`, -1);
  for (let i = 0; i < 5; i++) await first.move(teh, `m-${run}-t${i}`, -2);
  return { kopi, teh, run };
}

it('after warm(), a fresh process moves stock and shows it without a single look-up', async () => {
  const { kopi, teh, run } = await ledgerWithHistory();
  const { collections, reads: lookups } = countingReads(db, 'stockLedger');
  const fresh = new MongoStockLedger(collections);
  expect(await fresh.warm([kopi, teh])).toBe(2);
  // A few look-ups by `_id` per product, growing with the log of its history (13 and 6
  // entries here): a gallop past the end and a bisection, then one to confirm the head.
  expect(lookups.length).toBeLessThanOrEqual(2 * 12);
  expect(lookups.every((filter) => Object.keys(filter as object).join() === '_id')).toBe(true);
  lookups.length = 0;
  expect(await fresh.available(kopi)).toBe(38);
  expect(await fresh.available(teh)).toBe(10);
  expect(await fresh.move(kopi, `m-${run}-fresh`, -3)).toBe('applied');
  expect(await fresh.available(kopi)).toBe(35);
  expect(lookups).toEqual([]);
  // And what it wrote is what the database holds.
  expect(await new MongoStockLedger(db.collections).available(kopi, { fresh: true })).toBe(35);
});

it('without it, the same process looks each head up (what warm() saves)', async () => {
  const { kopi } = await ledgerWithHistory();
  const { collections, reads: lookups } = countingReads(db, 'stockLedger');
  const fresh = new MongoStockLedger(collections);
  expect(await fresh.available(kopi)).toBe(38);
  expect(lookups.length).toBeGreaterThan(5);
});
