import { signatureKey } from '../../src/index.js';
import type { Receiver } from '../helpers/receiver.js';
import { orderId, SERVER_KEY, snapParams, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// `{"notify": false}` on the driver's state changes, and the notification body on demand: a
// benchmark changes state quietly and POSTs the signed body to the merchant itself.
let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver()));
afterAll(() => stopAll(sim, receiver));

const sentFor = (id: string) => receiver.received.filter((r) => r.body.order_id === id);

async function created(): Promise<string> {
  const id = orderId('quiet');
  await sim.snap.createTransaction(snapParams(id, 18_500));
  return id;
}

describe('driver {"notify": false}', () => {
  it('pay, settle and refund change state without a notification or a delivery record', async () => {
    const id = await created();
    const pay = await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay', notify: false });
    expect(pay.status).toBe(200);
    expect((await sim.driver('POST', `/transactions/${id}/settle`, { notify: false })).body.transaction_status).toBe('settlement');
    expect((await sim.driver('POST', `/transactions/${id}/refund`, { amount: 500, notify: false })).body).toMatchObject({
      transaction_status: 'partial_refund',
      refund_amount: '500.00',
    });
    expect((await sim.core.transaction.status(id)).transaction_status).toBe('partial_refund');
    // A delivery for this order would have been awaited by the driver; give stragglers a moment anyway.
    await new Promise((r) => setTimeout(r, 100));
    expect(sentFor(id)).toHaveLength(0);
    expect((await sim.driver('GET', `/notifications?order_id=${id}`)).body.deliveries).toEqual([]);
  });

  it('the default still notifies (the option really is what silences it)', async () => {
    const id = await created();
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'bca' });
    await sim.driver('POST', `/transactions/${id}/expire`, {});
    expect(sentFor(id).map((r) => r.body.transaction_status)).toEqual(['pending', 'expire']);
  });

  it('expire, cancel and deny take the option too; a non-boolean notify is a 400', async () => {
    for (const move of ['expire', 'cancel', 'deny']) {
      const id = await created();
      await sim.driver('POST', `/transactions/${id}/pay`, { method: 'bni', notify: false });
      expect((await sim.driver('POST', `/transactions/${id}/${move}`, { notify: false })).status).toBe(200);
      expect(sentFor(id)).toHaveLength(0);
    }
    const id = await created();
    expect((await sim.driver('POST', `/transactions/${id}/pay`, { method: 'bni', notify: 'no' })).status).toBe(400);
  });
});

describe('GET /sim/v1/transactions/{order_id}/notification-body', () => {
  it('is the signed body the simulator would send for the current state', async () => {
    const id = await created();
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'qris', notify: false });
    await sim.driver('POST', `/transactions/${id}/settle`, { notify: false });
    const { status, body } = await sim.driver('GET', `/transactions/${id}/notification-body`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      order_id: id,
      transaction_status: 'settlement',
      status_code: '200',
      gross_amount: '18500.00',
      status_message: 'midtrans payment notification',
      signature_key: signatureKey(id, '200', '18500.00', SERVER_KEY),
    });
  });

  it('equals what a real delivery of that state carried', async () => {
    const id = await created();
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'bri' });
    await sim.driver('POST', `/transactions/${id}/settle`);
    const delivered = sentFor(id).find((r) => r.body.transaction_status === 'settlement');
    expect((await sim.driver('GET', `/transactions/${id}/notification-body`)).body).toEqual(delivered?.body);
  });

  it('404 before a method is chosen', async () => {
    const id = await created();
    expect((await sim.driver('GET', `/transactions/${id}/notification-body`)).status).toBe(404);
  });
});
