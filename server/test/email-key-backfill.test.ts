// Orders stored before email_key existed get it once, on the real embedded database: every
// one, however far back, while orders that have it are left alone; then a marker stops
// later starts from walking the orders again.
import { randomBytes } from 'node:crypto';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { backfillEmailKeys, WINDOW_MS } from '../src/persistence/email-key-backfill.js';
import { MongoOrderSearch } from '../src/persistence/order-search.js';
import { silent } from './unit/fakes.js';

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(process.env.LUNAS_TEST_MONGODB_URI!, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
});
afterAll(() => db.close());

const NOW = new Date('2026-12-04T12:00:00.000Z');

it('gives every older order its email_key, months and years back, once', async () => {
  const legacy = (i: number, ago: number) => ({
    _id: `LNS-legacy-${i}`,
    order_id: `LNS-legacy-${i}`,
    created_at: new Date(NOW.getTime() - ago),
    customer: { name: 'Budi', email: `Budi.${i}@Contoh.ID` },
  });
  await db.collections.orders.insertMany([
    legacy(1, 0),
    legacy(2, WINDOW_MS + 1),
    legacy(3, 3 * 365 * 86_400_000),
    { ...legacy(4, 1_000), email_key: 'kept@contoh.id' },
  ] as any[]);
  const search = new MongoOrderSearch(db.collections, () => NOW);
  expect(await search.search({ search: 'budi.3@contoh.id' }, 10)).toEqual([]);

  expect(await backfillEmailKeys(db.collections, silent, () => NOW)).toBe(3);
  expect(await search.search({ search: 'BUDI.3@contoh.id' }, 10)).toEqual(['LNS-legacy-3']);
  expect(await search.search({ search: 'budi.2@contoh.id' }, 10)).toEqual(['LNS-legacy-2']);
  expect((await db.collections.orders.findOne({ _id: 'LNS-legacy-4' as any }))!.email_key).toBe('kept@contoh.id');

  // Done once: a legacy order written after the marker is not looked for again.
  await db.collections.orders.insertOne(legacy(5, 0) as any);
  expect(await backfillEmailKeys(db.collections, silent, () => NOW)).toBe(0);
  expect(await db.collections.migrations.countDocuments({})).toBe(1);
});
