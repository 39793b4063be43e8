// OrderChangeService and NotificationService with small typed fakes: what is applied
// comes from the gateway's answer, inconsistent answers become anomalies, and the retry
// and failure paths (lost races, gateway down, pubsub down, log down) do what a retry
// by Midtrans needs.
import { GatewayError } from '../../src/payments/errors.js';
import { NotificationService, type NotificationLog, type VerifiedNotification } from '../../src/payments/notification-service.js';
import { OrderChangeService } from '../../src/payments/order-change-service.js';
import {
  clock,
  event,
  FakeAnomalies,
  FakeEvents,
  FakeGateway,
  FakeOrders,
  FakeStock,
  openOrders,
  projection,
  silent,
  storedOrder,
} from './fakes.js';

function setup(order = storedOrder()) {
  const orders = new FakeOrders();
  orders.orders.set(order.orderId, order);
  // An order past version 0 had its last change's effects done (no leftovers).
  if (order.version > 0) orders.effects.set(`${order.orderId}#${order.version}`, { held: { kopi: order.status === 'paid' } });
  const stock = new FakeStock();
  const events = new FakeEvents();
  const anomalies = new FakeAnomalies();
  const gateway = new FakeGateway();
  const changes = new OrderChangeService({ orders, stock, openOrders, anomalies, events, projection, clock, logger: silent });
  return { orders, stock, events, anomalies, gateway, changes, truth: () => gateway.fetchStatus() };
}

describe('OrderChangeService', () => {
  it('applies what the gateway says, not what the claim says', async () => {
    const { changes, gateway, truth, orders } = setup();
    gateway.status = event('pending');
    const result = await changes.applyClaim('LNS-1', event('paid'), truth);
    expect(result).toMatchObject({ outcome: 'changed', order: { status: 'pending', transactionId: 'tx-1' } });
    expect(orders.orders.get('LNS-1')!.status).toBe('pending');
  });

  it('does not ask the gateway about a claim that would change nothing', async () => {
    const { changes, gateway, truth, events } = setup(storedOrder({ status: 'paid', version: 1, transactionId: 'tx-1' }));
    const result = await changes.applyClaim('LNS-1', event('pending'), truth);
    expect(result.outcome).toBe('unchanged');
    expect(gateway.statusCalls).toBe(0);
    // …but re-announces the state, in case an earlier announcement was lost.
    expect(events.published.map((o) => o.status)).toEqual(['paid']);
  });

  it.each`
    what                         | answer                                                | kind
    ${'another amount'}          | ${event('paid', { grossAmount: 1 })}                  | ${'amount_mismatch'}
    ${'another currency'}        | ${event('paid', { currency: 'USD' })}                 | ${'amount_mismatch'}
    ${'a refund beyond the pay'} | ${event('refunded', { refundedAmount: 999_999_999 })} | ${'refund_exceeds_payment'}
  `('refuses $what from the gateway and records an anomaly once', async ({ answer, kind }) => {
    const { changes, gateway, truth, anomalies, orders } = setup(storedOrder({ status: 'paid', version: 1, transactionId: 'tx-1' }));
    gateway.status = answer;
    const claim = event('refunded');
    for (let i = 0; i < 2; i++) expect((await changes.applyClaim('LNS-1', claim, truth)).outcome).toBe('rejected');
    expect([...anomalies.recorded.values()].map((a) => a.kind)).toEqual([kind]);
    expect(orders.orders.get('LNS-1')!.status).toBe('paid');
  });

  it('records PAID_WHILE_CLOSED when Midtrans says paid for an expired order, and leaves it expired', async () => {
    const { changes, gateway, truth, anomalies, orders } = setup(storedOrder({ status: 'expired', version: 1 }));
    gateway.status = event('paid');
    expect((await changes.applyClaim('LNS-1', event('paid'), truth)).outcome).toBe('rejected');
    expect([...anomalies.recorded.values()].map((a) => a.kind)).toEqual(['paid_while_closed']);
    expect(orders.orders.get('LNS-1')!.status).toBe('expired');
  });

  it('applies a full refund of less than was paid as the partial refund it is, with no restock, and records REFUND_BELOW_PAYMENT', async () => {
    const { changes, gateway, truth, anomalies, orders, stock } = setup(storedOrder({ status: 'paid', version: 1, transactionId: 'tx-1' }));
    gateway.status = event('refunded', { refundedAmount: 40_000 });
    for (let i = 0; i < 2; i++) await changes.applyClaim('LNS-1', event('refunded'), truth);
    expect(orders.orders.get('LNS-1')).toMatchObject({ status: 'partially_refunded', refundedAmount: 40_000 });
    expect(stock.moves.size).toBe(0);
    expect([...anomalies.recorded.values()].map((a) => [a.kind, a.details])).toEqual([
      ['refund_below_payment', { refunded: 40_000, paid: 170_000, missing: 130_000, gatewayStatus: 'refunded' }],
    ]);
  });

  it('refuses a partial refund of nothing and records EMPTY_REFUND', async () => {
    const { changes, gateway, truth, anomalies, orders } = setup(storedOrder({ status: 'paid', version: 1, transactionId: 'tx-1' }));
    gateway.status = event('partially_refunded', { refundedAmount: 0 });
    expect((await changes.applyClaim('LNS-1', event('partially_refunded'), truth)).outcome).toBe('rejected');
    expect(orders.orders.get('LNS-1')).toMatchObject({ status: 'paid', refundedAmount: 0 });
    expect([...anomalies.recorded.values()].map((a) => [a.kind, a.details])).toEqual([
      ['empty_refund', { refunded: 0, paid: 170_000, refundedBefore: 0, gatewayStatus: 'partially_refunded' }],
    ]);
  });

  it('asks the gateway about a settlement under a new transaction of a paid order, and records SECOND_PAYMENT', async () => {
    const { changes, gateway, truth, anomalies, orders } = setup(storedOrder({ status: 'paid', version: 1, transactionId: 'tx-1' }));
    gateway.status = event('paid', { transactionId: 'tx-2' });
    expect((await changes.applyClaim('LNS-1', event('paid', { transactionId: 'tx-2' }), truth)).outcome).toBe('rejected');
    expect(gateway.statusCalls).toBe(1);
    expect(orders.orders.get('LNS-1')).toMatchObject({ status: 'paid', transactionId: 'tx-1' });
    expect([...anomalies.recorded.values()].map((a) => [a.kind, a.details])).toEqual([
      [
        'second_payment',
        { transactionId: 'tx-2', paidTransactionId: 'tx-1', amount: 170_000, paid: 170_000, orderStatus: 'paid', gatewayStatus: 'paid' },
      ],
    ]);
  });

  it('records nothing when the gateway says the new transaction of a claim is not there (a forged transaction_id)', async () => {
    const { changes, gateway, truth, anomalies } = setup(storedOrder({ status: 'paid', version: 1, transactionId: 'tx-1' }));
    gateway.status = event('paid');
    expect((await changes.applyClaim('LNS-1', event('paid', { transactionId: 'tx-2' }), truth)).outcome).toBe('unchanged');
    expect(anomalies.recorded.size).toBe(0);
  });

  it('re-reads and decides again after losing the commit race to another writer', async () => {
    const { changes, gateway, truth, orders, events } = setup();
    gateway.status = event('paid');
    // Another instance committed the same settlement first.
    orders.rivals.push({ fromVersion: 0, status: 'paid', transactionId: 'tx-1', refundedAmount: 0, at: clock.now(), source: 'settlement' });
    const result = await changes.applyClaim('LNS-1', event('paid'), truth);
    expect(result).toMatchObject({ outcome: 'unchanged', order: { status: 'paid', version: 1 } });
    expect(events.published.map((o) => o.version)).toEqual([1]);
    // What this process knew was behind: only the re-read after the lost race asks the database afresh.
    expect(orders.finds.map((f) => f.fresh)).toEqual([false, true]);
  });

  it('lets a gateway failure through (the webhook answers 503) and changes nothing', async () => {
    const { changes, gateway, truth, orders } = setup();
    gateway.status = new GatewayError('timeout', 'timeout');
    await expect(changes.applyClaim('LNS-1', event('paid'), truth)).rejects.toThrow(GatewayError);
    expect(orders.orders.get('LNS-1')!.version).toBe(0);
  });

  it('finishes the effects when the publish fails, then reports it so the retry re-announces', async () => {
    const { changes, gateway, truth, orders, events, stock } = setup();
    gateway.status = event('expired');
    events.failures = 1;
    await expect(changes.applyClaim('LNS-1', event('expired'), truth)).rejects.toThrow(/could not announce/);
    expect(orders.orders.get('LNS-1')!.status).toBe('expired');
    expect(stock.units.kopi).toBe(12); // the reservation of 2 went back
    expect(await orders.effectsOf('LNS-1', 1)).toEqual({ held: { kopi: false } });
    const retry = await changes.applyClaim('LNS-1', event('expired'), truth);
    expect(retry.outcome).toBe('unchanged');
    expect(events.published.map((o) => o.status)).toEqual(['expired']);
  });
});

describe('NotificationService', () => {
  const valid: VerifiedNotification = { verdict: 'valid', orderId: 'LNS-1', transactionStatus: 'settlement', claim: event('paid') };
  function service(log: Partial<NotificationLog> = {}) {
    const ctx = setup();
    const logged: string[] = [];
    const notifications = new NotificationService({
      verifier: { verify: () => valid },
      log: {
        received: async () => 'id',
        outcome: (_id, o) => void logged.push(o.outcome),
        forOrder: async () => [],
        rejectedCount: async () => 0,
        rejectedKept: async () => [],
        ...log,
      },
      changes: ctx.changes,
      gateway: ctx.gateway,
      clock,
      logger: silent,
    });
    return { ...ctx, notifications, logged };
  }

  it('answers unavailable (503) and applies nothing when the delivery cannot be logged first', async () => {
    const { notifications, gateway, orders, events } = service({ received: async () => Promise.reject(new Error('db down')) });
    gateway.status = event('paid');
    expect(await notifications.receive('{}')).toMatchObject({ kind: 'unavailable' });
    expect(orders.orders.get('LNS-1')!.status).toBe('pending');
    expect(orders.orders.get('LNS-1')!.version).toBe(0);
    expect(events.published).toEqual([]);
  });

  it('asks the gateway while the log write is under way, and commits only once it is stored', async () => {
    let store!: (id: string) => void;
    const { notifications, gateway, orders } = service({ received: () => new Promise<string>((resolve) => (store = resolve)) });
    gateway.status = event('paid');
    const answer = notifications.receive('{}');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(gateway.statusCalls).toBe(1);
    expect(orders.orders.get('LNS-1')!.status).toBe('pending');
    store('id');
    expect(await answer).toMatchObject({ kind: 'done', outcome: 'applied' });
    expect(orders.orders.get('LNS-1')!.status).toBe('paid');
  });

  it('answers unavailable (503) when Midtrans cannot be asked, and logs that outcome', async () => {
    const { notifications, gateway, logged } = service();
    gateway.status = new GatewayError('connect ECONNREFUSED', 'unreachable');
    const answer = await notifications.receive('{}');
    expect(NotificationService.httpStatus(answer)).toBe(503);
    expect(logged).toEqual(['unavailable']);
  });

  it('answers done (200) once the gateway confirms', async () => {
    const { notifications, gateway, logged } = service();
    gateway.status = event('paid');
    expect(await notifications.receive('{}')).toMatchObject({ kind: 'done', outcome: 'applied', orderStatus: 'paid' });
    expect(logged).toEqual(['applied']);
  });
});
