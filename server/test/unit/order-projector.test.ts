// The projector's manners on a slow database: after a write long enough to be felt by
// the hot path (an update scans the collection on the embedded FerretDB), the next one
// waits until this process leaves the database alone for a moment; fast writes (MongoDB)
// follow each other at the ordinary pace; a newer state replaces a queued one.
import type { Collections, DatabaseActivity } from '../../src/persistence/database.js';
import type { MongoOpenOrders } from '../../src/persistence/open-orders.js';
import { MongoOrderProjector } from '../../src/persistence/order-projector.js';
import { silent, storedOrder } from './fakes.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function setup(writeMs: number, maxPending?: number) {
  const writes: { orderId: string; status: string; at: number }[] = [];
  const orders = {
    updateOne: async (filter: { _id: string }, update: { $set: { payment_status: string } }) => {
      await sleep(writeMs);
      writes.push({ orderId: filter._id, status: update.$set.payment_status, at: Date.now() });
    },
  };
  const busy = { inFlight: 1, idleForMs: () => 0 };
  let activity: DatabaseActivity = busy;
  const meter: DatabaseActivity = {
    get inFlight() {
      return activity.inFlight;
    },
    idleForMs: () => activity.idleForMs(),
  };
  const openOrders = { close: () => undefined } as unknown as MongoOpenOrders;
  // maxPerSecond 1000: the pace cap out of the way, only the rest and the wait remain.
  const projector = new MongoOrderProjector({ orders } as unknown as Collections, openOrders, silent, meter, 1000, maxPending);
  const quiet = () => (activity = { inFlight: 0, idleForMs: () => 10_000 });
  const busyAgain = () => (activity = busy);
  return { projector, writes, quiet, busyAgain };
}

describe('MongoOrderProjector', () => {
  it('reports how long its oldest waiting order has waited (lunas_projection_lag_seconds)', async () => {
    const { projector, quiet } = setup(1);
    expect(projector.lagMs()).toBe(0);
    const start = Date.now();
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'pending', version: 1 }));
    await sleep(50);
    projector.changed(storedOrder({ orderId: 'LNS-2', status: 'paid', version: 1 }));
    // A newer state of the oldest order keeps its place and its age.
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'paid', version: 2 }));
    expect(projector.lagMs(start + 1_000)).toBeGreaterThanOrEqual(1_000 - 5);
    quiet();
    await sleep(150);
    expect(projector.backlog).toBe(0);
    expect(projector.lagMs()).toBe(0);
    await projector.stop();
  });

  it('waits for a quiet moment before its first write, whose cost it does not know yet', async () => {
    const { projector, writes, quiet } = setup(1);
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'paid', version: 1 }));
    await sleep(150);
    expect(writes).toHaveLength(0);
    quiet();
    await sleep(150);
    expect(writes).toHaveLength(1);
    await projector.stop();
  });

  it('after a slow write, waits for a quiet moment before the next', async () => {
    const { projector, writes, quiet, busyAgain } = setup(30);
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'paid', version: 1 }));
    projector.changed(storedOrder({ orderId: 'LNS-2', status: 'paid', version: 1 }));
    quiet();
    await sleep(100);
    busyAgain();
    // The first write took 30 ms (felt); its rest is 270 ms. Well past that, the
    // database is busy again: the second waits.
    await sleep(600);
    expect(writes.map((w) => w.orderId)).toEqual(['LNS-1']);
    expect(projector.backlog).toBe(1);
    quiet();
    await sleep(150);
    expect(writes.map((w) => w.orderId)).toEqual(['LNS-1', 'LNS-2']);
    await projector.stop();
  });

  it('once its writes prove fast (MongoDB), does not wait, busy or not', async () => {
    const { projector, writes, quiet, busyAgain } = setup(1);
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'paid', version: 1 }));
    quiet();
    await sleep(100);
    expect(writes).toHaveLength(1);
    busyAgain();
    for (let i = 2; i <= 4; i++) projector.changed(storedOrder({ orderId: `LNS-${i}`, status: 'paid', version: 1 }));
    await sleep(200);
    expect(writes).toHaveLength(4);
    await projector.stop();
  });

  it('writes the newest state of an order that changed again while it waited', async () => {
    const { projector, writes, quiet } = setup(30);
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'paid', version: 1 }));
    await sleep(100);
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'refunded', version: 2 }));
    quiet();
    await sleep(150);
    expect(writes.map((w) => `${w.orderId}:${w.status}`)).toEqual(['LNS-1:refunded']);
    await projector.stop();
  });

  it('stop() writes what is left without waiting', async () => {
    const { projector, writes } = setup(30);
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'paid', version: 1 }));
    projector.changed(storedOrder({ orderId: 'LNS-2', status: 'paid', version: 1 }));
    await sleep(100);
    expect(writes).toHaveLength(0);
    await projector.stop(2_000);
    expect(writes).toHaveLength(2);
  });

  it('holds at most maxPending orders: a new one past that is dropped (the reconciler projects it), a queued one still updates', async () => {
    const { projector, writes, quiet } = setup(1, 2);
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'paid', version: 1 }));
    projector.changed(storedOrder({ orderId: 'LNS-2', status: 'paid', version: 1 }));
    projector.changed(storedOrder({ orderId: 'LNS-3', status: 'paid', version: 1 }));
    projector.changed(storedOrder({ orderId: 'LNS-1', status: 'refunded', version: 2 }));
    expect(projector.backlog).toBe(2);
    expect(projector.dropped).toBe(1);
    quiet();
    await projector.stop(2_000);
    expect(writes.map((w) => `${w.orderId}:${w.status}`)).toEqual(['LNS-1:refunded', 'LNS-2:paid']);
  });
});
