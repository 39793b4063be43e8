// Nothing left half-done: the reconciler (and the next delivery) finish what a crash,
// a lost notification or an unpaid Snap page left, against the real database and the
// simulator's real status API. A crash is reproduced by leaving the database exactly
// as a writer that died at that line would.
import { stockMoveId } from '../src/payments/stock-policy.js';
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';
import { postNotification, publishedFor, realBody, statusOf } from './support/notifications.js';

let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ clock, env: { RECONCILE_AFTER_S: '0', RECONCILE_PAID_EVERY_S: '0', SNAP_EXPIRY_MINUTES: '30' } });
});
afterAll(() => stack.stop());
beforeEach(() => {
  offsetMs = 0;
});

const available = (productId: string) => stack.app.stack.stock.available(productId);
const reconcile = () => stack.app.stack.reconciler.runOnce();

describe('the reconciler', () => {
  it('pays an order whose every notification was dropped, as Midtrans says settlement', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/chaos`, { dropFirst: 99 }, 'PUT');
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
    expect(await statusOf(stack, orderId)).toBe('pending');

    const report = await reconcile();
    expect(report.repaired).toBeGreaterThanOrEqual(1);
    expect(await statusOf(stack, orderId)).toBe('paid');
    expect(publishedFor(stack, orderId).at(-1)?.status).toBe('paid');
  });

  it('follows a refund of a paid order whose every notification was lost, and stops watching it later', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 2 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'gopay' });
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('paid'));
    await stack.driver(`/sim/v1/transactions/${orderId}/refund`, { amount: 10_000, notify: false });

    await reconcile();
    expect(await stack.orderOf(orderId)).toMatchObject({ status: 'partially_refunded', refundedAmount: 10_000 });
    const entry = () => stack.db.collections.openOrders.findOne({ _id: orderId as any });
    expect(await entry()).not.toBeNull();
    offsetMs = 25 * 3600_000; // past RECONCILE_PAID_FOR_S (a day)
    await reconcile();
    await stack.app.stack.openOrders.flush();
    expect(await entry()).toBeNull();
  });

  it('expires an order whose Snap page lapsed unpaid (Midtrans sends nothing) and gives its stock back', async () => {
    const before = await available('sambal-roa-200g');
    const { orderId } = await createOrder(stack, [{ productId: 'sambal-roa-200g', quantity: 2 }]);
    expect(await available('sambal-roa-200g')).toBe(before - 2);
    await reconcile();
    expect(await statusOf(stack, orderId)).toBe('pending'); // the token still takes payments

    offsetMs = 31 * 60_000;
    await reconcile();
    expect(await stack.orderOf(orderId)).toMatchObject({ status: 'expired' });
    expect((await stack.app.stack.orders.history(orderId)).at(-1)?.source).toBe('checkout_hold_ended');
    expect(await available('sambal-roa-200g')).toBe(before);
  });

  it('gives back the stock of a checkout that died between reserving and storing its order', async () => {
    const before = await available('teh-tubruk-100g');
    const orderId = 'LNS-20261128-deadcheckout0001';
    const items = [{ productId: 'teh-tubruk-100g', name: 'Teh', price: 32_000, quantity: 4 }];
    // What the dead process left: the working-set entry and the reservation.
    await stack.app.stack.openOrders.open({ orderId, openedAt: clock.now(), items });
    await stack.app.stack.stock.move('teh-tubruk-100g', stockMoveId(orderId, 0, 'teh-tubruk-100g'), -4);
    expect(await available('teh-tubruk-100g')).toBe(before - 4);

    await reconcile();
    expect(await available('teh-tubruk-100g')).toBe(before - 4); // it might still be running
    offsetMs = 2 * 60_000;
    await reconcile();
    await reconcile();
    expect(await available('teh-tubruk-100g')).toBe(before);
  });
});

describe('a writer that died between the commit and its effects', () => {
  /** Commits a change as a writer that then died would have: no event, no stock, no record of effects. */
  async function commitAndDie(orderId: string, status: 'paid' | 'expired', agoMs = 10_000) {
    const order = await stack.orderOf(orderId);
    const won = await stack.app.stack.orders.commit(orderId, {
      fromVersion: order.version,
      status,
      transactionId: order.transactionId,
      refundedAmount: 0,
      at: new Date(Date.now() - agoMs),
      source: status === 'paid' ? 'settlement' : 'expire',
    });
    expect(won).toBe(true);
  }

  it('has its expiry finished by the reconciler: the stock comes back once and the page is told', async () => {
    const before = await available('tas-anyaman-pandan');
    const { orderId } = await createOrder(stack, [{ productId: 'tas-anyaman-pandan', quantity: 2 }]);
    await commitAndDie(orderId, 'expired');
    // The dead writer got as far as one of its stock moves.
    await stack.app.stack.stock.move('tas-anyaman-pandan', stockMoveId(orderId, 1, 'tas-anyaman-pandan'), 2);
    expect(publishedFor(stack, orderId)).toHaveLength(0);

    await reconcile();
    await reconcile();
    expect(await available('tas-anyaman-pandan')).toBe(before);
    expect(publishedFor(stack, orderId).map((o) => o.status)).toEqual(['expired']);
    expect(await stack.app.stack.orders.effectsOf(orderId, 1)).toEqual({ held: { 'tas-anyaman-pandan': false } });
  });

  it('has its payment finished by the next delivery, which then answers as a duplicate', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('pending'));
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`, { notify: false });
    await commitAndDie(orderId, 'paid');
    const events = publishedFor(stack, orderId).length;

    const res = await postNotification(stack, await realBody(stack, orderId));
    expect(res).toMatchObject({ status: 200, body: { outcome: 'unchanged', orderStatus: 'paid' } });
    expect(
      publishedFor(stack, orderId)
        .slice(events)
        .map((o) => o.status),
    ).toContain('paid');
    expect(await stack.app.stack.orders.effectsOf(orderId, 2)).not.toBeNull();
  });

  it('answers 503 when the publish fails after the commit, and the retry re-announces the change', async () => {
    const { orderId, accessToken } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' }, 'POST');
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('pending'));
    const statuses: string[] = [];
    const dispose = stack.wsClient().subscribe(
      {
        query: 'subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) { status } }',
        variables: { o: orderId, t: accessToken },
      },
      { next: (r: any) => void statuses.push(r.data.orderStatusChanged.status), error: () => undefined, complete: () => undefined },
    );
    await eventually(() => expect(statuses).toEqual(['PENDING']));

    const bus = stack.app.contextValue.bus;
    const publish = bus.publish;
    bus.publish = async () => {
      throw new Error('Redis is down');
    };
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`, { notify: false });
    const body = await realBody(stack, orderId);
    try {
      expect((await postNotification(stack, body)).status).toBe(503);
    } finally {
      bus.publish = publish;
    }
    expect(await statusOf(stack, orderId)).toBe('paid');
    expect(statuses).toEqual(['PENDING']);
    // Midtrans retries the 503; the retry finds nothing to change and re-announces.
    expect(await postNotification(stack, body)).toMatchObject({ status: 200, body: { outcome: 'unchanged' } });
    await eventually(() => expect(statuses).toEqual(['PENDING', 'PAID']));
    dispose();
  });
});
