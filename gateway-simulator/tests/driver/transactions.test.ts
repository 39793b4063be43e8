import { orderId, snapParams, startTestSimulator, type TestSim } from '../helpers/simulator.js';

// Driver API per order: pay / settle / expire / cancel / deny / refund and their errors.
let sim: TestSim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.stop());

async function created(extra: Record<string, unknown> = {}) {
  const id = orderId('driver');
  await sim.snap.createTransaction(snapParams(id, 40_000, extra));
  return id;
}

describe('driver transactions', () => {
  it.each([
    [{ payment_type: 'bank_transfer', bank: 'bca' }, 'bank_transfer', 'pending'],
    [{ payment_type: 'echannel' }, 'echannel', 'pending'],
    [{ method: 'permata' }, 'bank_transfer', 'pending'],
    [{ method: 'card' }, 'credit_card', 'capture'],
    [{ payment_type: 'credit_card', card_number: '4611111111111116' }, 'credit_card', 'deny'],
    [{ payment_type: 'credit_card', card_number: '4472429869996670' }, 'credit_card', 'deny'],
  ])('pay %j → %s %s (status-shaped answer)', async (body, paymentType, status) => {
    const id = await created();
    const res = await sim.driver('POST', `/transactions/${id}/pay`, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      order_id: id,
      payment_type: paymentType,
      transaction_status: status,
      signature_key: expect.any(String),
    });
  });

  it('settle, then refund in parts, then the order is refunded', async () => {
    const id = await created();
    await sim.driver('POST', `/transactions/${id}/pay`, { payment_type: 'bank_transfer', bank: 'bni' });
    expect((await sim.driver('POST', `/transactions/${id}/settle`)).body.transaction_status).toBe('settlement');
    expect((await sim.driver('POST', `/transactions/${id}/refund`, { amount: 10_000 })).body).toMatchObject({
      transaction_status: 'partial_refund',
      refund_amount: '10000.00',
    });
    expect((await sim.driver('POST', `/transactions/${id}/refund`, {})).body.transaction_status).toBe('refund');
    expect((await sim.driver('POST', `/transactions/${id}/refund`, {})).status).toBe(409);
  });

  it('deny after a card deny lets the shopper pay again in the same session', async () => {
    const id = await created();
    const denied = await sim.driver('POST', `/transactions/${id}/pay`, { payment_type: 'credit_card', card_number: '4911111111111113' });
    expect(denied.body.transaction_status).toBe('deny');
    const paid = await sim.driver('POST', `/transactions/${id}/pay`, { method: 'card' });
    expect(paid.body.transaction_status).toBe('capture');
    const order = await sim.driver('GET', `/transactions/${id}`);
    expect(order.body.previous.map((t: { transaction_status: string }) => t.transaction_status)).toEqual(['deny']);
  });

  it('answers JSON errors: 404 unknown order, 409 illegal move / second payment, 400 bad method, 422 disabled method', async () => {
    expect((await sim.driver('POST', '/transactions/nope/pay', { method: 'bca' })).body).toEqual({
      error: { code: 'not_found', message: expect.any(String) },
    });
    const id = await created({ enabled_payments: ['gopay', 'bca_va'] });
    expect((await sim.driver('POST', `/transactions/${id}/settle`)).status).toBe(404);
    expect((await sim.driver('POST', `/transactions/${id}/pay`, { method: 'paypal' })).status).toBe(400);
    expect((await sim.driver('POST', `/transactions/${id}/pay`, { method: 'qris' })).status).toBe(422);
    await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' });
    expect((await sim.driver('POST', `/transactions/${id}/pay`, { method: 'bca' })).status).toBe(409);
    await sim.driver('POST', `/transactions/${id}/settle`);
    const expire = await sim.driver('POST', `/transactions/${id}/expire`);
    expect(expire).toEqual({ status: 409, body: { error: { code: 'not_allowed', message: 'cannot expire a settlement transaction' } } });
    const malformed = await sim.raw('POST', `/sim/v1/transactions/${id}/pay`, '{oops');
    expect(malformed).toEqual({
      status: 400,
      body: { error: { code: 'invalid_json', message: 'There was a problem in the JSON you submitted' } },
    });
  });

  it('reset forgets every order', async () => {
    const id = await created();
    expect((await sim.driver('POST', '/reset')).body).toEqual({ ok: true });
    expect((await sim.driver('GET', `/transactions/${id}`)).status).toBe(404);
  });
});
