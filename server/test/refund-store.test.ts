// The refund store's claim on the real embedded database: of refunds recorded from the same
// reading of an order's refunds (the same sequence number), exactly one is recorded, whatever
// their keys; the others are told the number was taken. The same key again is a duplicate.
import { randomBytes } from 'node:crypto';
import type { Refund } from '../src/payments/refund.js';
import { connectDatabase, type Database } from '../src/persistence/database.js';
import { MongoRefundStore } from '../src/persistence/refund-store.js';

let db: Database;
beforeAll(async () => {
  db = await connectDatabase(process.env.LUNAS_TEST_MONGODB_URI!, { dbName: `lunas_test_${randomBytes(4).toString('hex')}` });
});
afterAll(() => db.close());

const refund = (orderId: string, refundKey: string): Refund => ({
  orderId,
  refundKey,
  amount: 1_000,
  reason: 'two operators at once',
  status: 'requested',
  requestedAt: new Date('2026-12-04T12:00:00.000Z'),
  requestedBy: 'kasir@lunas.example',
});

it('records one of eight refunds claiming the same number, and tells the rest', async () => {
  // Two stores: two API instances on one database.
  const stores = [new MongoRefundStore(db.collections), new MongoRefundStore(db.collections)];
  const answers = await Promise.all(
    Array.from({ length: 8 }, (_, i) => stores[i % 2]!.insert(refund('LNS-claim-1', `key-${i}-abcdefgh`), 0)),
  );
  expect(answers.filter((a) => a === 'inserted')).toHaveLength(1);
  expect(answers.filter((a) => a === 'claimed')).toHaveLength(7);
  expect(await stores[0]!.forOrder('LNS-claim-1')).toHaveLength(1);

  // The same key again is a duplicate, not a claim; the next number is free; another order's
  // numbers are its own.
  const winner = `key-${answers.indexOf('inserted')}-abcdefgh`;
  expect(await stores[1]!.insert(refund('LNS-claim-1', winner), 1)).toBe('duplicate');
  expect(await stores[1]!.insert(refund('LNS-claim-1', 'key-next-abcdefgh'), 1)).toBe('inserted');
  expect(await stores[0]!.insert(refund('LNS-claim-2', 'key-0-abcdefgh'), 0)).toBe('inserted');
});
