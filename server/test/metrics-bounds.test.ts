// GET /metrics shows each bounded queue's depth and what its bound turned away: the
// projector's pending orders, each subscription's unread changes (a slow consumer is
// closed with 4100), the write lane and the insert batchers. Small bounds make them bite.
import type { mongo } from 'mongoose';
import { SLOW_CONSUMER_CLOSE_CODE } from '../src/graphql/websocket.js';
import { withoutAccessToken } from '../src/payments/ports.js';
import { InsertBatcher } from '../src/persistence/insert-batcher.js';
import { WriteLane } from '../src/persistence/write-lane.js';
import { statusOf } from './support/notifications.js';
import { openRawSocket } from './support/raw-socket.js';
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
const SUBSCRIBE = 'subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) { status } }';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { METRICS_TOKEN: TOKEN }, maxPendingProjections: 1, maxQueuedChanges: 2 });
});
afterAll(() => stack.stop());

async function metric(name: string): Promise<number> {
  const res = await fetch(`${stack.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const line = (await res.text()).split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`no ${name} in /metrics`);
  return Number(line.slice(name.length + 1));
}

/** A write or insert that hangs until released. */
function held() {
  const releases: (() => void)[] = [];
  return {
    work: () => new Promise<void>((resolve) => releases.push(resolve)),
    release: () => releases.splice(0).forEach((resolve) => resolve()),
  };
}

describe('bounded queues in /metrics', () => {
  it('counts the orders the projector did not queue once its bound was full', async () => {
    expect(await metric('lunas_projection_dropped_total')).toBe(0);
    // Orders paid together, through the simulator's notifications: the projector holds at
    // most one change, and writes it only after a quiet moment, which a burst does not leave.
    const orders = await Promise.all([1, 2, 3, 4].map(() => createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }])));
    await Promise.all(
      orders.map(async ({ orderId }) => {
        await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
        await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
        await eventually(async () => expect(await statusOf(stack, orderId)).toBe('paid'));
      }),
    );
    expect(await metric('lunas_projection_backlog')).toBeLessThanOrEqual(1);
    expect(await metric('lunas_projection_dropped_total')).toBeGreaterThanOrEqual(1);
  });

  it('counts the subscriptions dropped as slow consumers', async () => {
    expect(await metric('lunas_subscriptions_dropped_total')).toBe(0);
    const { orderId, accessToken } = await createOrder(stack);
    const socket = await openRawSocket(stack.graphqlUrl.replace('http', 'ws'));
    socket.subscribe('1', SUBSCRIBE, { o: orderId, t: accessToken });
    await socket.waitFor((m) => m.type === 'next' && m.id === '1');
    expect(await metric('lunas_live_subscriptions')).toBe(1);
    const current = withoutAccessToken(await stack.orderOf(orderId));
    // Three changes in one turn: one more than the two the subscription may hold unread.
    for (let step = 1; step <= 3; step++) void stack.bus.publish({ ...current, version: current.version + step });
    expect((await socket.closed).code).toBe(SLOW_CONSUMER_CLOSE_CODE);
    await eventually(async () => expect(await metric('lunas_live_subscriptions')).toBe(0));
    expect(await metric('lunas_subscriptions_dropped_total')).toBe(1);
  });

  it('shows the writes waiting in the write lane and those its bound refused', async () => {
    // A lane of this process with room for one waiting write (the app's own holds 10,000).
    const lane = new WriteLane(1, 1);
    const writes = held();
    const running = lane.run(writes.work);
    const waiting = lane.run(writes.work);
    await expect(lane.run(writes.work)).rejects.toThrow('writes wait already');
    expect(await metric('lunas_db_write_queue')).toBeGreaterThanOrEqual(1);
    expect(await metric('lunas_db_write_lane_refusals_total')).toBe(1);
    writes.release();
    await running;
    await eventually(() => expect(lane.queued).toBe(0));
    writes.release();
    await waiting;
    expect(await metric('lunas_db_write_lane_refusals_total')).toBe(1);
  });

  it('shows the documents waiting in an insert batcher and those its bound refused', async () => {
    const inserts = held();
    const collection = { collectionName: 'metrics_probe', insertMany: inserts.work } as unknown as mongo.Collection<mongo.Document>;
    const batcher = new InsertBatcher(collection, 500, 1);
    const first = batcher.insert({ _id: 'a' });
    // The first is written (and hangs); the second waits for the next write; the third is refused.
    await new Promise((resolve) => setImmediate(resolve));
    const second = batcher.insert({ _id: 'b' });
    await expect(batcher.insert({ _id: 'c' })).rejects.toThrow('wait to be inserted already');
    expect(await metric('lunas_db_insert_queue{collection="metrics_probe"}')).toBe(1);
    expect(await metric('lunas_db_insert_refusals_total')).toBe(1);
    inserts.release();
    await first;
    await eventually(() => expect(batcher.queued).toBe(0));
    inserts.release();
    await second;
    expect(await metric('lunas_db_insert_queue{collection="metrics_probe"}')).toBe(0);
  });
});
