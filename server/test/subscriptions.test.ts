// The order status bus: nothing published after subscribing is lost, and with Redis a
// change applied by one API instance reaches subscribers of another.
import type { Order } from '../src/payments/order.js';
import { OrderStatusBus, SlowConsumerError } from '../src/graphql/pubsub.js';
import { RedisPubSub } from '../src/graphql/redis-pubsub.js';
import { createOrder, eventually, startTestStack } from './support/test-stack.js';

const order = (version: number, status: Order['status'] = 'paid'): Order => ({
  orderId: 'LNS-1',
  status,
  grossAmount: 1000,
  items: [],
  customer: { name: 'A B', email: 'a@b.co' },
  refundedAmount: 0,
  version,
  // An ISO-looking string that must stay a string, and Dates that must come back as Dates.
  instructions: { bank: 'bca', vaNumber: '123', expiresAt: '2026-11-27T01:00:00.000Z' },
  gateway: 'midtrans',
  gatewayReference: 'X',
  holdEndsAt: new Date('2026-11-27T01:00:00.000Z'),
  createdAt: new Date('2026-11-26T01:00:00.000Z'),
  updatedAt: new Date('2026-11-26T01:02:03.000Z'),
});

const redisUrl = () => {
  const url = process.env.LUNAS_TEST_REDIS_URL;
  if (!url) throw new Error('LUNAS_TEST_REDIS_URL is not set (global setup starts redis-server)');
  return url;
};

describe.each([
  ['in-memory', (maxQueued?: number) => new OrderStatusBus(undefined, { maxQueued })],
  ['Redis', (maxQueued?: number) => new OrderStatusBus(new RedisPubSub(redisUrl()), { maxQueued })],
])('OrderStatusBus (%s)', (_name, makeBus) => {
  it('delivers what is published after changesOf resolves, even before the first next()', async () => {
    const bus = makeBus();
    try {
      const changes = await bus.changesOf('LNS-1');
      await bus.publish(order(1));
      await bus.publish({ ...order(2), orderId: 'LNS-other' });
      await bus.publish(order(3, 'refunded'));
      const first = await changes.next();
      const second = await changes.next();
      expect([first.value.version, second.value.version]).toEqual([1, 3]);
      // The payload round-trips exactly, whatever the engine (Redis carries strings).
      expect(second.value).toEqual(order(3, 'refunded'));
      expect(typeof second.value.instructions!.expiresAt).toBe('string');
      await changes.return!();
      expect((await changes.next()).done).toBe(true);
    } finally {
      await bus.close();
    }
  });

  it('drops a subscriber that leaves more than maxQueued changes unread: it stops listening, and its next read fails', async () => {
    const bus = makeBus(3);
    try {
      const slow = await bus.changesOf('LNS-1');
      const reading = await bus.changesOf('LNS-1');
      expect(bus.liveSubscriptions).toBe(2);
      for (let version = 1; version <= 3; version++) {
        await bus.publish(order(version));
        expect((await reading.next()).value.version).toBe(version);
      }
      await eventually(() => expect(bus.liveSubscriptions).toBe(2));
      await bus.publish(order(4));
      // The fourth unread change is one too many for `slow`; `reading` keeps up.
      expect((await reading.next()).value.version).toBe(4);
      await eventually(() => expect(bus.liveSubscriptions).toBe(1));
      await expect(slow.next()).rejects.toBeInstanceOf(SlowConsumerError);
      await reading.return!();
    } finally {
      await bus.close();
    }
  });
});

it('in one process, hands subscribers the published order itself, not an encoded copy', async () => {
  const bus = new OrderStatusBus();
  const changes = await bus.changesOf('LNS-1');
  const all = await bus.allChanges();
  const published = order(1);
  await bus.publish(published);
  expect((await changes.next()).value).toBe(published);
  expect((await all.next()).value).toBe(published);
  await changes.return!();
  await all.return!();
});

describe('two API instances sharing MongoDB and Redis', () => {
  it('pushes a change applied by one instance to a subscriber on the other', async () => {
    const env = { REDIS_URL: redisUrl() };
    const a = await startTestStack({ env });
    const b = await startTestStack({ env, dbName: a.db.connection.name });
    try {
      const { orderId, accessToken } = await createOrder(a);
      // B heard of the new order over Redis: it can answer for it without the database.
      await eventually(() => expect(b.app.stack.orders.recall(orderId)).toMatchObject({ orderId, status: 'pending', version: 0 }));
      const statuses: string[] = [];
      const seen: any[] = [];
      const dispose = b.wsClient().subscribe(
        {
          query: `subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) {
            orderId status grossAmount items { productId name price quantity } paymentType transactionId
            paymentInstructions { bank vaNumber billerCode billKey paymentCode expiresAt }
            snapToken redirectUrl refundedAmount createdAt updatedAt } }`,
          variables: { o: orderId, t: accessToken },
        },
        {
          next: (r: any) => {
            seen.push(r.data.orderStatusChanged);
            statuses.push(r.data.orderStatusChanged.status);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      await eventually(() => expect(statuses).toEqual(['PENDING']));
      // A's simulator notifies A's webhook; B's subscriber must hear of it.
      await a.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
      await a.driver(`/sim/v1/transactions/${orderId}/settle`);
      await eventually(() => expect(statuses).toEqual(['PENDING', 'PENDING', 'PAID']));
      expect(b.published).toHaveLength(0);
      // Every field arrives through Redis as it would from a query on A: no Date turned
      // into epoch milliseconds, no string turned into a Date.
      const query = await a.gql(
        `query($o: ID!, $t: String!) { order(orderId: $o, accessToken: $t) {
          orderId status grossAmount items { productId name price quantity } paymentType transactionId
          paymentInstructions { bank vaNumber billerCode billKey paymentCode expiresAt }
          snapToken redirectUrl refundedAmount createdAt updatedAt } }`,
        { o: orderId, t: accessToken },
      );
      expect(seen.at(-1)).toEqual(query.data!.order);
      // …and of the change: B's own query answers PAID.
      const onB = await b.gql(`query($o: ID!, $t: String!) { order(orderId: $o, accessToken: $t) { status } }`, {
        o: orderId,
        t: accessToken,
      });
      expect(onB.data!.order).toEqual({ status: 'PAID' });
      expect(seen[1].paymentInstructions.expiresAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      dispose();
    } finally {
      await b.stop();
      await a.stop();
    }
  });
});
