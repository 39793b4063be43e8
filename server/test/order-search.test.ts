// The desk's order list on the real embedded database: pages read newest window first must
// give exactly what one unbounded sorted read gives (the reference below), whatever the
// spacing of the orders, the filters and the cursor; a search finds an id prefix or a whole
// email in any case; and a busy shop's first page reads only its newest slice.
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { OrderFilter } from '../src/payments/ports.js';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { emailKey } from '../src/persistence/email-key.js';
import { FIRST_WINDOW_MS, MongoOrderSearch } from '../src/persistence/order-search.js';

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(process.env.LUNAS_TEST_MONGODB_URI!, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
});
afterAll(() => db.close());

const NOW = Date.parse('2026-12-04T12:00:00.000Z');
const HOUR = 3_600_000;
type Row = { _id: string; order_id: string; created_at: Date; payment_status: string; gateway?: string; email_key: string };

async function store(rows: Row[]) {
  await db.collections.orders.deleteMany({});
  if (rows.length) await db.collections.orders.insertMany(rows as any[]);
}

/** The reference: every matching order, sorted as the desk shows them. */
function expected(rows: Row[], filter: OrderFilter, limit: number, after?: { createdAt: Date; orderId: string }) {
  return rows
    .filter((r) => !filter.statuses?.length || filter.statuses.includes(r.payment_status as any))
    .filter((r) => !filter.createdFrom || r.created_at >= filter.createdFrom)
    .filter((r) => !filter.createdTo || r.created_at < filter.createdTo)
    .filter((r) => !filter.gateway || (r.gateway ?? 'midtrans') === filter.gateway)
    .filter(
      (r) =>
        !after ||
        r.created_at.getTime() < after.createdAt.getTime() ||
        (r.created_at.getTime() === after.createdAt.getTime() && r.order_id < after.orderId),
    )
    .sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || (a.order_id < b.order_id ? 1 : -1))
    .slice(0, limit)
    .map((r) => r._id);
}

const row = (i: number, hoursAgo: number, status: string, gateway?: string): Row => {
  const id = `LNS-20261204-${String(i).padStart(4, '0')}`;
  return {
    _id: id,
    order_id: id,
    created_at: new Date(NOW - hoursAgo * HOUR),
    payment_status: status,
    ...(gateway ? { gateway } : {}),
    email_key: `shopper${i % 3}@contoh.id`,
  };
};

it('pages read slice by slice are the pages one sorted read gives', async () => {
  const search = new MongoOrderSearch(db.collections, () => new Date(NOW));
  await fc.assert(
    fc.asyncProperty(
      // Orders from minutes to years back, some at the same instant, some stamped ahead of the clock.
      fc.array(
        fc.record({
          hoursAgo: fc.oneof(fc.constantFrom(-1, 0, 0.5, 1, 3, 5), fc.integer({ min: 0, max: 30_000 })),
          status: fc.constantFrom('paid', 'pending', 'refunded'),
          gateway: fc.constantFrom(undefined, 'midtrans', 'xendit'),
        }),
        { maxLength: 25 },
      ),
      fc.record(
        {
          statuses: fc.subarray(['paid', 'pending', 'refunded'] as const, { minLength: 1 }),
          createdFrom: fc.integer({ min: 0, max: 30_000 }).map((h) => new Date(NOW - h * HOUR)),
          createdTo: fc.integer({ min: 0, max: 30_000 }).map((h) => new Date(NOW - h * HOUR)),
          gateway: fc.constantFrom('midtrans', 'xendit') as fc.Arbitrary<'midtrans' | 'xendit'>,
        },
        { requiredKeys: [] },
      ),
      fc.integer({ min: 1, max: 6 }),
      async (spec, filter, limit) => {
        const rows = spec.map((s, i) => row(i, s.hoursAgo, s.status, s.gateway));
        await store(rows);
        // Walk every page with the cursor, as the desk does.
        let after: { createdAt: Date; orderId: string } | undefined;
        for (let pages = 0; pages < 30; pages++) {
          const got = await search.search(filter as OrderFilter, limit, after);
          expect(got).toEqual(expected(rows, filter as OrderFilter, limit, after));
          if (got.length < limit) return;
          const last = rows.find((r) => r._id === got.at(-1))!;
          after = { createdAt: last.created_at, orderId: last.order_id };
        }
      },
    ),
    { numRuns: 60 },
  );
});

it('searches an order id prefix in any case before LNS-, or a whole email in any case', async () => {
  const rows = [row(1, 1, 'paid'), row(2, 2, 'paid'), row(12, 3000, 'paid'), row(30, 4, 'paid')];
  rows[0]!.email_key = emailKey('Budi.Santoso@Contoh.ID');
  await store(rows);
  const search = new MongoOrderSearch(db.collections, () => new Date(NOW));
  expect(await search.search({ search: 'lns-20261204-000' }, 10)).toEqual(['LNS-20261204-0001', 'LNS-20261204-0002']);
  expect(await search.search({ search: 'LNS-20261204-00' }, 10)).toEqual([
    'LNS-20261204-0001',
    'LNS-20261204-0002',
    'LNS-20261204-0030',
    'LNS-20261204-0012',
  ]);
  expect(await search.search({ search: 'LNS-20261204-0012' }, 10)).toEqual(['LNS-20261204-0012']);
  expect(await search.search({ search: '  BUDI.santoso@contoh.id ' }, 10)).toEqual(['LNS-20261204-0001']);
  expect(await search.search({ search: 'budi' }, 10)).toEqual([]);
});

it("a busy shop's page reads its newest slice only, and the next one a slice the size the last page needed", async () => {
  // 300 orders a second apart: the first minute holds 60, more than a page.
  await store(Array.from({ length: 300 }, (_, i) => row(i, i / 3600, 'paid')));
  const reads: { op: string; filter: unknown }[] = [];
  const orders = new Proxy(db.collections.orders, {
    get: (target, key, receiver) =>
      key === 'find' || key === 'findOne'
        ? (filter: unknown, ...rest: unknown[]) => {
            reads.push({ op: key, filter });
            return (target[key] as (...args: unknown[]) => unknown).call(target, filter, ...rest);
          }
        : Reflect.get(target, key, receiver),
  });
  const search = new MongoOrderSearch({ ...db.collections, orders }, () => new Date(NOW));
  const page = await search.search({}, 20);
  expect(page).toHaveLength(20);
  expect(page[0]).toBe('LNS-20261204-0000');
  // One find, bounded to the first window; no look-up for older orders was needed.
  expect(reads).toEqual([{ op: 'find', filter: { $and: [{ created_at: { $gte: new Date(NOW - FIRST_WINDOW_MS) } }] } }]);
  // That page spanned 19 s (its 20th order is 19 s old): the next list starts at twice that.
  reads.length = 0;
  expect(await search.search({}, 20)).toEqual(page);
  expect(reads).toEqual([{ op: 'find', filter: { $and: [{ created_at: { $gte: new Date(NOW - 38_000) } }] } }]);
});
