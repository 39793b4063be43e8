// What a settlement costs the database, counted from the database's own operation
// records (persistence/database.ts onOperation) on the real embedded database: each
// database command costs the API about as much CPU as the rest of a duplicate's
// handling, so the hot path keeps them few. A duplicate is answered from what this
// process remembers: its delivery and outcome are stored (the log comes first) and
// nothing is read. An applied settlement reads nothing either: the order, its effects
// and the open-orders entry are known from checkout.
import type { OperationRecord } from '../src/persistence/database.js';
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';
import { postNotification, realBody, statusOf } from './support/notifications.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

/** The operations answered while `work` runs and until its deferred writes (outcome, projection) are in. */
async function operationsDuring(work: () => Promise<unknown>, settled: (ops: string[]) => boolean): Promise<string[]> {
  const ops: string[] = [];
  const stop = stack.db.onOperation((record: OperationRecord) => ops.push(`${record.collection}.${record.operation}`));
  try {
    await work();
    await eventually(() => expect(settled(ops)).toBe(true));
    return ops.sort();
  } finally {
    stop();
  }
}

it('a settlement reads nothing and writes each of its documents once; its duplicate only logs itself', async () => {
  const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
  await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca', notify: false });
  await stack.driver(`/sim/v1/transactions/${orderId}/settle`, { notify: false });
  const body = JSON.stringify(await realBody(stack, orderId));

  const applied = await operationsDuring(
    async () => expect((await postNotification(stack, undefined, body)).body.outcome).toBe('applied'),
    (ops) => ops.includes('payment_notification_outcomes.insertMany') && ops.includes('orders.updateOne'),
  );
  expect(applied).toEqual([
    'order_changes.insertMany', // the commit
    'order_effects.insertMany', // its effects done
    'orders.updateOne', // the projection, off the hot path
    'payment_notification_outcomes.insertMany',
    'payment_notifications.insertMany',
  ]);
  expect(await statusOf(stack, orderId)).toBe('paid');

  const duplicate = await operationsDuring(
    async () => expect((await postNotification(stack, undefined, body)).body.outcome).toBe('unchanged'),
    (ops) => ops.includes('payment_notification_outcomes.insertMany'),
  );
  expect(duplicate).toEqual(['payment_notification_outcomes.insertMany', 'payment_notifications.insertMany']);
});
