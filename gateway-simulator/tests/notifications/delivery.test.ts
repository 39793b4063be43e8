import type { Receiver } from '../helpers/receiver.js';
import { orderId, snapParams, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// Delivery mechanics against a real local endpoint (docs/midtrans.md §8): retries per response code
// with a tiny retryTimeScale, timeouts, redirects, the delivery log, concurrent resends.
let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver({ retryTimeScale: 0.00001, notificationTimeoutMs: 300 })));
afterAll(() => stopAll(sim, receiver));
beforeEach(() => {
  receiver.received.splice(0);
  receiver.respond(() => ({ status: 200 }));
});

async function pendingOrder(): Promise<string> {
  const id = orderId('delivery');
  await sim.snap.createTransaction(snapParams(id));
  await sim.driver('POST', `/transactions/${id}/pay`, { payment_type: 'gopay' });
  return id;
}

const deliveries = async (id: string) =>
  (await sim.driver('GET', `/notifications?order_id=${encodeURIComponent(id)}`)).body.deliveries as any[];

/** Waits until the last attempt schedules no retry and the log stops growing, then returns it. */
async function settledLog(id: string, quietMs = 150): Promise<any[]> {
  let last = -1;
  for (let round = 0; round < 40; round++) {
    const log = await deliveries(id);
    if (log.length === last && log.length > 0 && !log.at(-1).next_retry_at) return log;
    last = log.length;
    await new Promise((r) => setTimeout(r, quietMs));
  }
  throw new Error(`delivery log for ${id} never settled`);
}

describe('retries', () => {
  it.each([
    [500, 2],
    [503, 5],
    [400, 3],
    [404, 3],
    [401, 6],
    [302, 1],
    [301, 1],
    [303, 1],
  ])('a receiver answering %i gets %i attempts in all', async (status, attempts) => {
    receiver.respond(() => ({ status }));
    const id = await pendingOrder();
    const log = await settledLog(id);
    expect(log.map((d) => d.attempt)).toEqual(Array.from({ length: attempts }, (_, i) => i + 1));
    expect(log.every((d) => d.response_status === status)).toBe(true);
    expect(log.slice(1).every((d) => d.kind === 'retry')).toBe(true);
    expect(receiver.received.filter((r) => r.body.order_id === id)).toHaveLength(attempts);
    if (status >= 301 && status <= 303) expect(log[0].result).toBe('redirect_not_followed');
  });

  it('stops retrying once the receiver answers 2xx, and every retry carries the same body', async () => {
    receiver.respond((_req, i) => ({ status: i < 2 ? 503 : 200 }));
    const id = await pendingOrder();
    const log = await settledLog(id);
    expect(log.map((d) => [d.attempt, d.response_status, d.result])).toEqual([
      [1, 503, 'failed'],
      [2, 503, 'failed'],
      [3, 200, 'delivered'],
    ]);
    const bodies = receiver.received.map((r) => r.raw);
    expect(new Set(bodies).size).toBe(1);
    expect(new Set(log.map((d) => d.event_id)).size).toBe(1);
  });

  it('counts a slow receiver as a timeout (5 retries) and logs latency', async () => {
    receiver.respond(() => ({ status: 200, delayMs: 800 }));
    const id = await pendingOrder();
    const log = await settledLog(id, 900);
    expect(log).toHaveLength(6);
    expect(log.every((d) => d.result === 'timeout' && d.response_status === null)).toBe(true);
    expect(log[0].latency_ms).toBeGreaterThanOrEqual(290);
  });

  it('retries an unreachable URL 5 times (connection errors)', async () => {
    await sim.driver('PUT', '/config', { notificationUrl: 'http://127.0.0.1:1/closed' });
    try {
      const id = await pendingOrder();
      const log = await settledLog(id);
      expect(log).toHaveLength(6);
      expect(log.every((d) => d.result === 'network_error')).toBe(true);
    } finally {
      await sim.driver('PUT', '/config', { notificationUrl: `${receiver.url}/notify` });
    }
  });
});

describe('redirects', () => {
  it('follows 307/308 with POST and the same body (and logs the hops)', async () => {
    receiver.respond((req) =>
      req.path === '/notify'
        ? { status: 307, headers: { location: '/moved' } }
        : req.path === '/moved'
          ? { status: 308, headers: { location: '/final' } }
          : { status: 200 },
    );
    const id = await pendingOrder();
    const log = await settledLog(id);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      response_status: 200,
      result: 'delivered',
      redirects: [`${receiver.url}/moved`, `${receiver.url}/final`],
    });
    const hops = receiver.received.filter((r) => r.body.order_id === id);
    expect(hops.map((h) => [h.method, h.path])).toEqual([
      ['POST', '/notify'],
      ['POST', '/moved'],
      ['POST', '/final'],
    ]);
    expect(new Set(hops.map((h) => h.raw)).size).toBe(1);
  });
});

describe('resend', () => {
  it('resends the last notification; {times: 20, concurrent: true} sends 20 at once', async () => {
    const id = await pendingOrder();
    await receiver.waitFor(1);
    receiver.received.splice(0);
    receiver.respond(() => ({ status: 200, delayMs: 50 }));
    const res = await sim.driver('POST', `/transactions/${id}/notifications/resend`, { times: 20, concurrent: true });
    expect(res.status).toBe(200);
    expect(res.body.deliveries).toHaveLength(20);
    expect(res.body.deliveries.every((d: any) => d.response_status === 200 && d.kind === 'resend')).toBe(true);
    expect(receiver.received).toHaveLength(20);
    expect(new Set(receiver.received.map((r) => r.raw)).size).toBe(1);
    expect(receiver.maxInFlight).toBeGreaterThan(10); // overlapping, not one after another
  });

  it('resends a given event by id, and 404s unknown ones', async () => {
    const id = await pendingOrder();
    const [first] = await deliveries(id);
    const res = await sim.driver('POST', `/notifications/${first.event_id}/resend`, {});
    expect(res.body.deliveries[0]).toMatchObject({ event_id: first.event_id, attempt: 1, kind: 'resend', response_status: 200 });
    expect((await sim.driver('POST', '/notifications/nope/resend', {})).status).toBe(404);
    expect((await sim.driver('POST', '/transactions/never-paid/notifications/resend', {})).status).toBe(404);
  });

  it('the delivery log records request body, status, latency, attempt and event id', async () => {
    const id = await pendingOrder();
    const [entry] = await deliveries(id);
    expect(entry).toMatchObject({
      order_id: id,
      event_id: expect.any(String),
      attempt: 1,
      kind: 'initial',
      url: `${receiver.url}/notify`,
      response_status: 200,
      result: 'delivered',
      latency_ms: expect.any(Number),
      request_body: expect.objectContaining({ order_id: id, transaction_status: 'pending' }),
    });
  });
});

describe('stop()', () => {
  it('cancels retries still waiting', async () => {
    const other = await startWithReceiver({ retryTimeScale: 0.002 }); // first retry after 60–240 ms
    other.receiver.respond(() => ({ status: 503 }));
    const id = orderId('stop');
    await other.sim.snap.createTransaction(snapParams(id));
    await other.sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    await other.sim.stop();
    await new Promise((r) => setTimeout(r, 400));
    expect(other.receiver.received).toHaveLength(1);
    await other.receiver.close();
  });
});
