import type { Receiver } from '../helpers/receiver.js';
import { orderId, snapParams, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// Expiries fire from the controllable clock (POST /sim/v1/clock/advance), docs/midtrans.md §5, §20.
let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver()));
afterAll(() => stopAll(sim, receiver));
beforeEach(() => sim.reset());

const advance = (seconds: number) => sim.driver('POST', '/clock/advance', { seconds });
const statusOf = async (id: string) => (await sim.snap.transaction.status(id)).transaction_status;

async function pay(method: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const id = orderId('clock');
  await sim.snap.createTransaction(snapParams(id, 10_000, extra));
  await sim.driver('POST', `/transactions/${id}/pay`, method);
  return id;
}

describe('clock-driven expiry', () => {
  it('a VA expires after 24 h by default, with an expire notification ("202")', async () => {
    const id = await pay({ payment_type: 'bank_transfer', bank: 'bri' });
    await advance(23 * 3600);
    expect(await statusOf(id)).toBe('pending');
    const res = await advance(3600 + 1);
    expect(res.body.fired).toBeGreaterThanOrEqual(1);
    expect(await statusOf(id)).toBe('expire');
    const expire = receiver.received.find((r) => r.body.order_id === id && r.body.transaction_status === 'expire');
    expect(expire?.body.status_code).toBe('202');
  });

  it('GoPay expires after 15 minutes', async () => {
    const id = await pay({ payment_type: 'gopay' });
    await advance(14 * 60);
    expect(await statusOf(id)).toBe('pending');
    await advance(61);
    expect(await statusOf(id)).toBe('expire');
  });

  it('Snap `expiry` without start_time counts from the method choice', async () => {
    const id = await pay({ payment_type: 'bank_transfer', bank: 'bca' }, { expiry: { unit: 'minutes', duration: 30 } });
    await advance(29 * 60);
    expect(await statusOf(id)).toBe('pending');
    await advance(61);
    expect(await statusOf(id)).toBe('expire');
  });

  it('Snap `expiry.start_time` fixes the deadline at creation', async () => {
    const start = new Date(Date.now() - 50 * 60_000); // 50 minutes ago, +0700
    const jakarta = new Date(start.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
    const id = await pay({ payment_type: 'echannel' }, { expiry: { start_time: `${jakarta} +0700`, unit: 'hour', duration: 1 } });
    await advance(9 * 60);
    expect(await statusOf(id)).toBe('pending');
    await advance(2 * 60);
    expect(await statusOf(id)).toBe('expire');
  });

  it('a settled payment does not expire', async () => {
    const id = await pay({ payment_type: 'qris' });
    await sim.driver('POST', `/transactions/${id}/settle`);
    await advance(86_400);
    expect(await statusOf(id)).toBe('settlement');
  });

  it('reports simulated time', async () => {
    const before = Date.parse((await sim.driver('GET', '/clock')).body.now);
    const res = await advance(3600);
    expect(Date.parse(res.body.now) - before).toBeGreaterThanOrEqual(3600_000);
    expect((await sim.driver('POST', '/clock/advance', { seconds: -1 })).status).toBe(400);
  });
});
