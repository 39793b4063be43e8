import midtransClient from 'midtrans-client';
import { midtransError, orderId, snapParams, startTestSimulator, type TestSim } from '../helpers/simulator.js';

// POST /snap/v1/transactions through the official client (docs/midtrans.md §3, §4, §5).
let sim: TestSim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.stop());

describe('Snap create transaction', () => {
  it('answers 201 with a UUID token and a /snap/v2/vtweb/ redirect_url', async () => {
    const res = await sim.snap.createTransaction(snapParams(orderId()));
    expect(Object.keys(res).sort()).toEqual(['redirect_url', 'token']);
    expect(res.token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(res.redirect_url).toBe(`${sim.url}/snap/v2/vtweb/${res.token}`);
    const raw = await sim.raw('POST', '/snap/v1/transactions', JSON.stringify(snapParams(orderId())));
    expect(raw.status).toBe(201);
  });

  it('rejects a wrong server key with 401 and the two-string error_messages', async () => {
    const wrong = new midtransClient.Snap({ isProduction: false, serverKey: 'SB-Mid-server-wrong' });
    const err = await midtransError(wrong.createTransaction(snapParams(orderId())));
    expect(err.httpStatusCode).toBe(401);
    expect(err.ApiResponse).toEqual({
      error_messages: [
        'Access denied due to unauthorized transaction, please check client or server key',
        'Visit https://snap-docs.midtrans.com/#request-headers for more details',
      ],
    });
    const none = await sim.raw('POST', '/snap/v1/transactions', '{}', { authorization: '' });
    expect(none.status).toBe(401);
  });

  it.each([
    ['missing order_id', { transaction_details: { gross_amount: 10000 } }, 'transaction_details.order_id is required'],
    ['zero amount', snapParams('zero-amount', 0), 'transaction_details.gross_amount must be greater than or equal to 0.01'],
    [
      'items not summing to gross_amount',
      snapParams('sum-mismatch', 10000, { item_details: [{ id: 'a', price: 3000, quantity: 3, name: 'A' }] }),
      'transaction_details.gross_amount is not equal to the sum of item_details',
    ],
    [
      'an empty customer email',
      snapParams('bad-email', 5000, { customer_details: { email: '' } }),
      'customer_details.email format is invalid',
    ],
    [
      'an item without name',
      snapParams('no-name', 5000, { item_details: [{ price: 5000, quantity: 1 }] }),
      'item_details Name is required',
    ],
  ])('400 for %s', async (_case, params, message) => {
    const err = await midtransError(sim.snap.createTransaction(params));
    expect(err.httpStatusCode).toBe(400);
    expect(err.ApiResponse.error_messages).toContain(message);
    expect(err.message).toBe(
      `Midtrans API is returning API error. HTTP status code: 400. API response: ${JSON.stringify(err.ApiResponse)}`,
    );
  });

  it('accepts items that sum to gross_amount, negative discount lines included', async () => {
    const items = [
      { id: 'a', price: 7000, quantity: 1, name: 'Apple' },
      { id: 'b', price: 3000, quantity: 2, name: 'Orange' },
      { id: 'd', price: -1000, quantity: 1, name: 'Discount' },
    ];
    await expect(sim.snap.createTransaction(snapParams(orderId(), 12000, { item_details: items }))).resolves.toHaveProperty('token');
  });

  it('answers 400 "There was a problem in the JSON you submitted" to malformed JSON', async () => {
    const res = await sim.raw('POST', '/snap/v1/transactions', '{"transaction_details": ');
    expect(res).toEqual({ status: 400, body: { error_messages: ['There was a problem in the JSON you submitted'] } });
  });

  it('re-issues a token for the same order_id before a method is chosen, and the old token stops working', async () => {
    const id = orderId();
    const first = await sim.snap.createTransaction(snapParams(id));
    const second = await sim.snap.createTransaction(snapParams(id));
    expect(second.token).not.toBe(first.token);
    expect((await sim.raw('GET', `/snap/v1/transactions/${first.token}`)).status).toBe(404);
    expect((await sim.raw('GET', `/snap/v1/transactions/${second.token}`)).status).toBe(200);
  });

  it('refuses the order_id once a method was chosen (400 "has already been taken"), and once paid ("paid and utilized")', async () => {
    const id = orderId();
    await sim.snap.createTransaction(snapParams(id));
    await sim.driver('POST', `/transactions/${id}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    const taken = await midtransError(sim.snap.createTransaction(snapParams(id)));
    expect(taken.httpStatusCode).toBe(400);
    expect(taken.ApiResponse).toEqual({ error_messages: ['transaction_details.order_id has already been taken'] });

    await sim.driver('POST', `/transactions/${id}/settle`);
    const paid = await midtransError(sim.snap.createTransaction(snapParams(id)));
    expect(paid.ApiResponse).toEqual({
      error_messages: ['transaction_details.order_id has been paid and utilized, please use another order ID'],
    });
  });

  it('lets an expired or cancelled order_id be used again', async () => {
    const id = orderId();
    await sim.snap.createTransaction(snapParams(id));
    await sim.driver('POST', `/transactions/${id}/pay`, { payment_type: 'gopay' });
    await sim.snap.transaction.expire(id);
    await expect(sim.snap.createTransaction(snapParams(id))).resolves.toHaveProperty('token');
  });

  it('keeps enabled_payments, callbacks, custom fields and expiry for the payment page', async () => {
    const id = orderId();
    const { token } = await sim.snap.createTransaction(
      snapParams(id, 25000, {
        enabled_payments: ['gopay', 'bank_transfer', 'akulaku'],
        callbacks: { finish: 'https://shop.example/finish', error: 'https://shop.example/error' },
        custom_field1: 'cf-one',
        page_expiry: { duration: 2, unit: 'hours' },
        item_details: [{ id: 'x', price: 25000, quantity: 1, name: 'Thing' }],
        customer_details: { first_name: 'Budi' },
      }),
    );
    const page = await sim.raw('GET', `/snap/v1/transactions/${token}`);
    expect(page.body).toMatchObject({
      token,
      order_id: id,
      gross_amount: 25000,
      currency: 'IDR',
      enabled_payments: ['bca_va', 'bni_va', 'bri_va', 'permata_va', 'echannel', 'gopay'],
      callbacks: { finish: 'https://shop.example/finish', error: 'https://shop.example/error' },
      item_details: [{ id: 'x', price: 25000, quantity: 1, name: 'Thing' }],
      customer_details: { first_name: 'Budi' },
      transaction: null,
    });
    const lifetime = Date.parse(page.body.expires_at) - Date.now();
    expect(lifetime).toBeGreaterThan(119 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(120 * 60_000);
  });
});
