// The reconciler's passes walk the whole working set in batches, resuming where the last
// pass stopped, so orders behind a long-open head are still asked about.
import type { OpenOrder, OpenOrders } from '../../src/payments/ports.js';
import { OrderChangeService } from '../../src/payments/order-change-service.js';
import { Reconciler } from '../../src/payments/reconciler.js';
import { clock, event, FakeAnomalies, FakeEvents, FakeGateway, FakeOrders, FakeStock, projection, silent, storedOrder } from './fakes.js';

class ListedOpenOrders implements OpenOrders {
  constructor(readonly entries: OpenOrder[]) {}
  async open() {}
  close(orderId: string) {
    const i = this.entries.findIndex((e) => e.orderId === orderId);
    if (i >= 0) this.entries.splice(i, 1);
  }
  async list(limit: number, afterId?: string) {
    return this.entries.filter((e) => afterId === undefined || e.orderId > afterId).slice(0, limit);
  }
}

it('reaches every open order across passes of a small batch', async () => {
  const orders = new FakeOrders();
  const ids = ['LNS-a', 'LNS-b', 'LNS-c', 'LNS-d', 'LNS-e'];
  for (const orderId of ids) orders.orders.set(orderId, storedOrder({ orderId }));
  const open = new ListedOpenOrders(ids.map((orderId) => ({ orderId, openedAt: clock.now(), items: [] })));
  const gateway = new FakeGateway();
  gateway.status = event('pending');
  const asked: string[] = [];
  const fetchStatus = gateway.fetchStatus.bind(gateway);
  gateway.fetchStatus = async () => fetchStatus();
  const stock = new FakeStock();
  const changes = new OrderChangeService({
    orders,
    stock,
    openOrders: open,
    anomalies: new FakeAnomalies(),
    events: new FakeEvents(),
    projection,
    clock,
    logger: silent,
  });
  const originalReconcile = changes.reconcile.bind(changes);
  changes.reconcile = (orderId, ...rest) => {
    asked.push(orderId);
    return originalReconcile(orderId, ...rest);
  };
  const reconciler = new Reconciler({
    openOrders: open,
    orders,
    stock,
    gateway,
    changes,
    projection,
    clock,
    logger: silent,
    reconcileAfterMs: 0,
    paidWatchMs: 0,
    paidEveryMs: 0,
    batchSize: 2,
  });
  for (let pass = 0; pass < 3; pass++) await reconciler.runOnce();
  expect([...new Set(asked)].sort()).toEqual(ids);
});
