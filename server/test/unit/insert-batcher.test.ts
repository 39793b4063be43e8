// The group commit reports each document's fate only when the database's answer accounts
// for every one; a failure that does not (a dead connection reports an empty error list)
// fails every caller, so nothing is answered as stored that may not be.
import type { mongo } from 'mongoose';
import { InsertBatcher } from '../../src/persistence/insert-batcher.js';
import { DatabaseBusyError } from '../../src/persistence/write-lane.js';

function collection(insertMany: (docs: object[]) => Promise<unknown>) {
  return { insertMany } as unknown as mongo.Collection<mongo.Document>;
}

const bulkError = (writeErrors: { index: number; code: number }[], insertedCount: number) =>
  Object.assign(new Error('bulk'), { name: 'MongoBulkWriteError', writeErrors, result: { insertedCount } });

it('tells each caller whether its document went in or hit a unique key', async () => {
  const batcher = new InsertBatcher(collection(async () => Promise.reject(bulkError([{ index: 1, code: 11000 }], 2))));
  const results = await Promise.all([batcher.insert({ _id: 'a' }), batcher.insert({ _id: 'b' }), batcher.insert({ _id: 'c' })]);
  expect(results).toEqual(['inserted', 'duplicate', 'inserted']);
});

it('fails every caller when the error does not account for every document (a dead database)', async () => {
  const batcher = new InsertBatcher(collection(async () => Promise.reject(bulkError([], 0))));
  const results = await Promise.allSettled([batcher.insert({ _id: 'a' }), batcher.insert({ _id: 'b' })]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
});

it('fails every caller when another error hides among the unique-key clashes', async () => {
  const batcher = new InsertBatcher(
    collection(async () =>
      Promise.reject(
        bulkError(
          [
            { index: 0, code: 11000 },
            { index: 1, code: 121 },
          ],
          0,
        ),
      ),
    ),
  );
  const results = await Promise.allSettled([batcher.insert({ _id: 'a' }), batcher.insert({ _id: 'b' })]);
  expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
});

it('keeps one write out at a time: what arrives meanwhile goes in the next, together', async () => {
  const writes: string[][] = [];
  let release!: () => void;
  const batcher = new InsertBatcher(
    collection(async (docs) => {
      writes.push(docs.map((d) => (d as { _id: string })._id));
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    }),
  );
  const first = batcher.insert({ _id: 'a' });
  await new Promise((resolve) => setImmediate(resolve));
  const later = ['b', 'c', 'd'].map((_id) => batcher.insert({ _id }));
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(writes).toEqual([['a']]);
  release();
  expect(await Promise.all([first, ...later])).toEqual(['inserted', 'inserted', 'inserted', 'inserted']);
  expect(writes).toEqual([['a'], ['b', 'c', 'd']]);
});

it('refuses an insert at once when maxQueued documents wait already, and writes none of it', async () => {
  const writes: string[][] = [];
  let release!: () => void;
  const batcher = new InsertBatcher(
    collection(async (docs) => {
      writes.push(docs.map((d) => (d as { _id: string })._id));
      if (writes.length === 1) await new Promise<void>((resolve) => (release = resolve));
    }),
    500,
    2,
  );
  const first = batcher.insert({ _id: 'a' });
  await new Promise((resolve) => setImmediate(resolve));
  const waiting = [batcher.insert({ _id: 'b' }), batcher.insert({ _id: 'c' })];
  expect(batcher.queued).toBe(2);
  await expect(batcher.insert({ _id: 'd' })).rejects.toBeInstanceOf(DatabaseBusyError);
  release();
  expect(await Promise.all([first, ...waiting])).toEqual(['inserted', 'inserted', 'inserted']);
  expect(writes).toEqual([['a'], ['b', 'c']]);
  expect(await batcher.insert({ _id: 'e' })).toBe('inserted');
});
