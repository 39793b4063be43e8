import midtransClient from 'midtrans-client';
import { signatureKey } from '../../src/index.js';
import { midtransError, orderId, SERVER_KEY, snapParams, startTestSimulator, type TestSim } from '../helpers/simulator.js';

// GET status and the transaction actions through the official client (docs/midtrans.md §14–§17, §13).
let sim: TestSim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.stop());

async function paidWith(body: Record<string, unknown>, amount = 10_000): Promise<string> {
  const id = orderId();
  await sim.snap.createTransaction(snapParams(id, amount));
  const res = await sim.driver('POST', `/transactions/${id}/pay`, body);
  expect(res.status).toBe(200);
  return id;
}

const expectSigned = (body: Record<string, unknown>) =>
  expect(body.signature_key).toBe(signatureKey(String(body.order_id), String(body.status_code), String(body.gross_amount), SERVER_KEY));

describe('GET /v2/{id}/status', () => {
  it('is 404 "Transaction doesn\'t exist." with an id before a method is chosen — httpStatusCode is the string "404"', async () => {
    const id = orderId();
    await sim.snap.createTransaction(snapParams(id));
    const err = await midtransError(sim.snap.transaction.status(id));
    expect(err.httpStatusCode).toBe('404');
    expect(err.ApiResponse).toEqual({
      status_code: '404',
      status_message: "Transaction doesn't exist.",
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const again = await midtransError(sim.snap.transaction.status(id));
    expect(again.ApiResponse.id).not.toBe(err.ApiResponse.id);
  });

  it('finds a pending VA by order_id and by transaction_id, signed with status_code "201"', async () => {
    const id = await paidWith({ payment_type: 'bank_transfer', bank: 'bni' }, 150_000);
    const byOrder = await sim.core.transaction.status(id);
    expect(byOrder).toMatchObject({
      status_code: '201',
      status_message: 'Success, transaction is found',
      transaction_status: 'pending',
      payment_type: 'bank_transfer',
      order_id: id,
      gross_amount: '150000.00',
      currency: 'IDR',
      fraud_status: 'accept',
      merchant_id: 'G000000001',
      va_numbers: [{ bank: 'bni', va_number: expect.stringMatching(/^\d{16}$/) }],
      payment_amounts: [],
    });
    expect(byOrder.transaction_time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(byOrder.expiry_time).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expectSigned(byOrder);
    const byId = await sim.core.transaction.status(byOrder.transaction_id);
    expect(byId).toEqual(byOrder);
    expect(Object.values(byOrder).filter((v) => v === null)).toEqual([]);
  });

  it('reports an expired transaction with status_code "407" and resolves (midtrans-client special-cases 407)', async () => {
    const id = await paidWith({ payment_type: 'gopay' });
    const expired = await sim.snap.transaction.expire(id);
    expect(expired).toMatchObject({ status_code: '407', status_message: 'Success, transaction has expired', transaction_status: 'expire' });
    const status = await sim.snap.transaction.status(id);
    expect(status).toMatchObject({ status_code: '407', transaction_status: 'expire' });
    expectSigned(status);
  });

  it('requires the server key (HTTP 401, numeric httpStatusCode)', async () => {
    const wrong = new midtransClient.CoreApi({ isProduction: false, serverKey: 'SB-Mid-server-nope' });
    const err = await midtransError(wrong.transaction.status('whatever'));
    expect(err.httpStatusCode).toBe(401);
    expect(err.ApiResponse).toEqual({
      status_code: '401',
      status_message: 'Transaction cannot be authorized with the current client/server key.',
    });
  });

  it('finds an order_id with spaces (axios percent-encodes them)', async () => {
    const id = `order with space ${Date.now()}`;
    await sim.snap.createTransaction(snapParams(id));
    await sim.driver('POST', `/transactions/${encodeURIComponent(id)}/pay`, { method: 'gopay' });
    expect(await sim.core.transaction.status(id)).toMatchObject({ order_id: id, transaction_status: 'pending' });
  });

  it('answers an order_id containing "/" with the Spring-style 404 of an unknown path', async () => {
    const err = await midtransError(sim.core.transaction.status('00561/05/X'));
    expect(err.httpStatusCode).toBe(404);
    expect(err.ApiResponse).toMatchObject({ status: 404, error: 'Not Found', path: '/v2/00561/05/X/status' });
  });
});

describe('cancel / expire / approve / deny (midtrans-client sends a null body)', () => {
  it('cancels a pending transaction: 200 "Success, transaction is canceled", then GET status says cancel with "200"', async () => {
    const id = await paidWith({ payment_type: 'bank_transfer', bank: 'permata' });
    const res = await sim.snap.transaction.cancel(id);
    expect(res).toMatchObject({
      status_code: '200',
      status_message: 'Success, transaction is canceled',
      transaction_status: 'cancel',
      order_id: id,
    });
    expect((await sim.snap.transaction.status(id)).status_code).toBe('200');
  });

  it('answers 412 (HTTP 200, string httpStatusCode) to moves the status cycle forbids', async () => {
    const id = await paidWith({ payment_type: 'qris' });
    await sim.driver('POST', `/transactions/${id}/settle`);
    for (const call of [
      () => sim.snap.transaction.cancel(id),
      () => sim.snap.transaction.expire(id),
      () => sim.snap.transaction.approve(id),
      () => sim.snap.transaction.deny(id),
    ]) {
      const err = await midtransError(call());
      expect(err.httpStatusCode).toBe('412');
      expect(err.ApiResponse).toEqual({ status_code: '412', status_message: 'Merchant cannot modify the status of the transaction' });
    }
  });

  it('answers 404 for actions on unknown ids', async () => {
    const err = await midtransError(sim.core.transaction.cancel('no-such-order'));
    expect(err.httpStatusCode).toBe('404');
    expect(err.ApiResponse.status_message).toBe("Transaction doesn't exist.");
  });

  it('approves a challenged card capture, and denies another', async () => {
    const a = await paidWith({ payment_type: 'credit_card', card_number: '4511111111111117' });
    expect(await sim.core.transaction.status(a)).toMatchObject({
      status_code: '201',
      transaction_status: 'capture',
      fraud_status: 'challenge',
    });
    expect(await sim.core.transaction.approve(a)).toMatchObject({
      status_code: '200',
      status_message: 'Success, transaction is approved',
      transaction_status: 'capture',
      fraud_status: 'accept',
    });
    const d = await paidWith({ payment_type: 'credit_card', card_number: '5510111111111115' });
    expect(await sim.core.transaction.deny(d)).toMatchObject({
      status_code: '200',
      status_message: 'Success, transaction is denied',
      transaction_status: 'deny',
      fraud_status: 'deny',
    });
  });
});

describe('refunds', () => {
  async function settled(method: Record<string, unknown>, amount = 30_000): Promise<string> {
    const id = await paidWith(method, amount);
    expect((await sim.driver('POST', `/transactions/${id}/settle`)).status).toBe(200);
    return id;
  }

  it('refunds partially then fully, with cumulative refund_amount in GET status', async () => {
    const id = await settled({ payment_type: 'gopay' });
    const first = await sim.core.transaction.refund(id, { refund_key: 'r1', amount: 5000, reason: 'dented' });
    expect(first).toMatchObject({
      status_code: '200',
      status_message: 'Success, refund request is approved',
      transaction_status: 'partial_refund',
      refund_amount: '5000.00',
      refund_key: 'r1',
      refund_chargeback_id: 1,
      gross_amount: '30000.00',
    });
    const status = await sim.core.transaction.status(id);
    expect(status).toMatchObject({ transaction_status: 'partial_refund', refund_amount: '5000.00', status_code: '200' });
    expect(status.refunds).toEqual([
      expect.objectContaining({ refund_key: 'r1', refund_amount: '5000.00', reason: 'dented', refund_chargeback_id: 1 }),
    ]);

    const rest = await sim.core.transaction.refund(id, { refund_key: 'r2' });
    expect(rest).toMatchObject({ transaction_status: 'refund', refund_amount: '25000.00', refund_chargeback_id: 2 });
    expect((await sim.core.transaction.status(id)).refund_amount).toBe('30000.00');
  });

  it('is idempotent by refund_key, and 406 "Duplicate refund ID" when the same key asks for another amount', async () => {
    const id = await settled({ payment_type: 'credit_card' }); // capture → settle
    const a = await sim.core.transaction.refund(id, { refund_key: 'same', amount: 1000 });
    const b = await sim.core.transaction.refund(id, { refund_key: 'same', amount: 1000 });
    expect(b).toEqual(a);
    expect((await sim.core.transaction.status(id)).refund_amount).toBe('1000.00');
    const dup = await midtransError(sim.core.transaction.refund(id, { refund_key: 'same', amount: 2000 }));
    expect(dup.httpStatusCode).toBe('406');
    expect(dup.ApiResponse.status_message).toBe('Duplicate refund ID');
  });

  it('412 when not settled, 414 for an invalid amount, 412 for a bank transfer', async () => {
    const pending = await paidWith({ payment_type: 'gopay' });
    expect((await midtransError(sim.core.transaction.refund(pending, { amount: 1000 }))).httpStatusCode).toBe('412');
    const id = await settled({ payment_type: 'qris' }, 10_000);
    const tooMuch = await midtransError(sim.core.transaction.refund(id, { amount: 10_001 }));
    expect(tooMuch.httpStatusCode).toBe('414');
    expect(tooMuch.ApiResponse.status_message).toBe('Refund request is rejected due to invalid amount');
    expect((await midtransError(sim.core.transaction.refund(id, { amount: 0 }))).httpStatusCode).toBe('414');
    const va = await settled({ payment_type: 'bank_transfer', bank: 'bca' });
    expect((await midtransError(sim.core.transaction.refund(va, {}))).httpStatusCode).toBe('412');
  });

  it('direct refund answers "approved by the bank"', async () => {
    const id = await settled({ payment_type: 'shopeepay' });
    const res = await sim.core.transaction.refundDirect(id, { refund_key: 'd1' });
    expect(res).toMatchObject({
      status_code: '200',
      status_message: 'Success, refund request is approved by the bank',
      transaction_status: 'refund',
    });
  });
});
