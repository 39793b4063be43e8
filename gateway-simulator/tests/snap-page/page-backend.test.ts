import type { Receiver } from '../helpers/receiver.js';
import { CLIENT_KEY, orderId, snapParams, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// The endpoints the hosted payment page / snap.js call (README "Page backend").
let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver()));
afterAll(() => stopAll(sim, receiver));

const FINISH = 'https://shop.example/finish';
const future = String(new Date().getFullYear() + 3).slice(-2);
const card = (number: string) => ({
  payment_type: 'credit_card',
  card_number: number,
  card_cvv: '123',
  card_exp_month: '12',
  card_exp_year: future,
});

async function session(extra: Record<string, unknown> = {}) {
  const id = orderId('page');
  const { token } = await sim.snap.createTransaction(
    snapParams(id, 50_000, { callbacks: { finish: FINISH, error: 'https://shop.example/error' }, ...extra }),
  );
  const call = (method: string, path: string, body?: unknown) =>
    sim.raw(method, `/snap/${path.replace('{token}', token)}`, body === undefined ? undefined : JSON.stringify(body), {
      authorization: '',
    });
  return { id, token, call };
}

describe('GET /snap/v1/transactions/{token}', () => {
  it('describes the Snap session for the page, with transaction null until a method is chosen', async () => {
    const { id, token, call } = await session();
    const res = await call('GET', `v1/transactions/{token}?client_key=${CLIENT_KEY}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      token,
      order_id: id,
      gross_amount: 50_000,
      currency: 'IDR',
      item_details: [],
      customer_details: null,
      enabled_payments: ['credit_card', 'bca_va', 'bni_va', 'bri_va', 'permata_va', 'echannel', 'gopay', 'qris', 'shopeepay'],
      callbacks: { finish: FINISH, error: 'https://shop.example/error' },
      expires_at: expect.any(String),
      merchant_name: expect.any(String),
      transaction: null,
    });
  });

  it('401 for a wrong client key, 404 for unknown tokens', async () => {
    const { call } = await session();
    const wrong = await call('GET', 'v1/transactions/{token}?client_key=SB-Mid-client-wrong');
    expect(wrong.status).toBe(401);
    expect(wrong.body.error_messages).toHaveLength(2);
    const unknown = await sim.raw('GET', '/snap/v1/transactions/00000000-0000-0000-0000-000000000000');
    expect(unknown).toEqual({
      status: 404,
      body: { error_messages: ['Whether the transaction is not available, or you typed in the wrong URL.'] },
    });
  });

  it('404s once the page expired unused (clock), without any notification', async () => {
    const { id, call } = await session({ page_expiry: { duration: 1, unit: 'minutes' } });
    await sim.driver('POST', '/clock/advance', { seconds: 61 });
    expect((await call('GET', 'v1/transactions/{token}')).status).toBe(404);
    expect(receiver.received.filter((r) => r.body.order_id === id)).toHaveLength(0);
  });
});

describe('POST /snap/v2/transactions/{token}/charge', () => {
  it('BCA VA → Transaction Result with va_numbers, bca_va_number, pdf_url and finish_redirect_url', async () => {
    const { id, token, call } = await session();
    const res = await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'bank_transfer', bank: 'bca' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status_code: '201',
      status_message: expect.any(String),
      transaction_id: expect.any(String),
      order_id: id,
      gross_amount: '50000.00',
      payment_type: 'bank_transfer',
      transaction_status: 'pending',
      fraud_status: 'accept',
      va_numbers: [{ bank: 'bca', va_number: expect.any(String) }],
      bca_va_number: expect.any(String),
      pdf_url: `${sim.url}/snap/v1/transactions/${token}/pdf`,
      finish_redirect_url: `${FINISH}?order_id=${id}&status_code=201&transaction_status=pending`,
    });
    const page = await call('GET', 'v1/transactions/{token}');
    expect(page.body.transaction).toMatchObject({ transaction_status: 'pending', status_code: '201', order_id: id });
    await receiver.waitFor(1);
    expect(receiver.received.some((r) => r.body.order_id === id && r.body.transaction_status === 'pending')).toBe(true);
    const again = await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'gopay' });
    expect(again).toEqual({ status: 406, body: { status_code: '406', status_message: ['transaction has been processed'] } });
  });

  it('QRIS → qr_string and actions', async () => {
    const { call } = await session();
    const res = await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'qris' });
    expect(res.body).toMatchObject({
      payment_type: 'qris',
      qr_string: expect.any(String),
      actions: [expect.objectContaining({ name: 'generate-qr-code' })],
    });
  });

  it('3DS card: three_ds_required, then OTP 112233 → capture "200"', async () => {
    const { call } = await session();
    const first = await call('POST', 'v2/transactions/{token}/charge', card('4811 1111 1111 1114'));
    expect(first.body).toMatchObject({ status_code: '201', transaction_status: 'pending', three_ds_required: true });
    const done = await call('POST', 'v2/transactions/{token}/3ds', { otp: '112233' });
    expect(done.body).toMatchObject({
      status_code: '200',
      transaction_status: 'capture',
      fraud_status: 'accept',
      masked_card: '48111111-1114',
    });
    expect(done.body.three_ds_required).toBeUndefined();
  });

  it('wrong OTP → deny "202" "Card is not authenticated.", and the shopper may then pay another way', async () => {
    const { id, call } = await session();
    await call('POST', 'v2/transactions/{token}/charge', card('4811111111111114'));
    const denied = await call('POST', 'v2/transactions/{token}/3ds', { otp: '000000' });
    expect(denied.body).toMatchObject({ status_code: '202', status_message: 'Card is not authenticated.', transaction_status: 'deny' });
    expect(denied.body.finish_redirect_url).toBe(`https://shop.example/error?order_id=${id}&status_code=202&transaction_status=deny`);
    const retry = await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'gopay' });
    expect(retry.body).toMatchObject({ status_code: '201', payment_type: 'gopay', transaction_status: 'pending' });
    expect(retry.body.transaction_id).not.toBe(denied.body.transaction_id);
  });

  it('a card left in 3DS expires after 15 minutes of clock time', async () => {
    const { id, call } = await session();
    await call('POST', 'v2/transactions/{token}/charge', card('5211111111111117'));
    await sim.driver('POST', '/clock/advance', { seconds: 15 * 60 + 1 });
    expect((await sim.snap.transaction.status(id)).transaction_status).toBe('expire');
    expect((await call('POST', 'v2/transactions/{token}/3ds', { otp: '112233' })).status).toBe(406);
  });

  it('a non-3DS deny card is denied at once; invalid cards are 400 with a status_message array', async () => {
    const { call } = await session();
    const denied = await call('POST', 'v2/transactions/{token}/charge', card('4711111111111115'));
    expect(denied.body).toMatchObject({ status_code: '202', transaction_status: 'deny' });
    const invalid = await call('POST', 'v2/transactions/{token}/charge', { ...card('4811111111111115'), card_cvv: '1' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toEqual({ status_code: '400', status_message: ['card_number is not valid', 'card_cvv is not valid'] });
  });

  it('past its lifetime a token still shows its payment but takes no new one', async () => {
    const { call } = await session({ page_expiry: { duration: 1, unit: 'minutes' } });
    await call('POST', 'v2/transactions/{token}/charge', card('4711111111111115')); // denied at once
    await sim.driver('POST', '/clock/advance', { seconds: 61 });
    const page = await call('GET', 'v1/transactions/{token}');
    expect(page.body.transaction).toMatchObject({ transaction_status: 'deny' });
    expect((await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'gopay' })).status).toBe(404);
  });

  it('refuses a method outside enabled_payments (402)', async () => {
    const { call } = await session({ enabled_payments: ['gopay'] });
    const res = await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'bank_transfer', bank: 'bni' });
    expect(res.status).toBe(402);
  });
});

describe('nothing signed reaches the browser', () => {
  // A signed body in the shopper's hands could be relabelled and replayed to the merchant
  // (the signature covers only order_id + status_code + gross_amount, docs/midtrans.md §10).
  const signed = (body: unknown) => JSON.stringify(body).includes('signature_key');

  it('the page GET, charge, 3DS and simulated payment answers carry no signature_key', async () => {
    const va = await session();
    const charged = await va.call('POST', 'v2/transactions/{token}/charge', { payment_type: 'bank_transfer', bank: 'bni' });
    const page = await va.call('GET', `v1/transactions/{token}?client_key=${CLIENT_KEY}`);
    expect(page.body.transaction).toMatchObject({ transaction_status: 'pending', va_numbers: [expect.objectContaining({ bank: 'bni' })] });
    const paid = await va.call('POST', 'v2/transactions/{token}/simulate-payment', {});
    expect(paid.body).toMatchObject({ status_code: '200', transaction_status: 'settlement', order_id: va.id });
    const after = await va.call('GET', 'v1/transactions/{token}');

    const cardSession = await session();
    const first = await cardSession.call('POST', 'v2/transactions/{token}/charge', card('4811111111111114'));
    const otp = await cardSession.call('POST', 'v2/transactions/{token}/3ds', { otp: '112233' });

    for (const body of [charged.body, page.body, paid.body, after.body, first.body, otp.body]) expect(signed(body)).toBe(false);
    // …while the merchant's own channels still get the signature.
    expect(signed(await sim.snap.transaction.status(va.id))).toBe(true);
  });

  it('simulate-payment settles only a pending non-card payment of that token (406 otherwise)', async () => {
    const { id, call } = await session();
    expect((await call('POST', 'v2/transactions/{token}/simulate-payment', {})).status).toBe(406); // nothing chosen yet
    await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'gopay' });
    expect((await call('POST', 'v2/transactions/{token}/simulate-payment', {})).status).toBe(200);
    expect((await call('POST', 'v2/transactions/{token}/simulate-payment', {})).status).toBe(406); // already settled
    await receiver.waitFor(1);
    expect((await sim.snap.transaction.status(id)).transaction_status).toBe('settlement');
  });
});

describe('Snap create `expiry` on the simulator clock', () => {
  it('after expiry (seconds unit) the token takes no payment, GET status stays 404 and nothing is sent', async () => {
    const { id, call } = await session({ expiry: { unit: 'second', duration: 30 } });
    await sim.driver('POST', '/clock/advance', { seconds: 31 });
    expect((await call('GET', 'v1/transactions/{token}')).status).toBe(404);
    expect((await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'gopay' })).status).toBe(404);
    expect((await sim.driver('POST', `/transactions/${id}/pay`, { method: 'gopay' })).status).toBe(404);
    const err = await sim.raw('GET', `/v2/${id}/status`);
    expect(err.body).toMatchObject({ status_code: '404', status_message: "Transaction doesn't exist." });
    expect(receiver.received.filter((r) => r.body.order_id === id)).toHaveLength(0);
  });

  it('before expiry the token still takes a payment', async () => {
    const { call } = await session({ expiry: { unit: 'minute', duration: 2 } });
    await sim.driver('POST', '/clock/advance', { seconds: 100 });
    expect((await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'gopay' })).status).toBe(200);
  });

  it('an expiry with a start_time already past refuses payment even when page_expiry is longer', async () => {
    const past = new Date(Date.now() + 7 * 3_600_000 - 10 * 60_000).toISOString().slice(0, 19).replace('T', ' ');
    const { call } = await session({
      expiry: { start_time: `${past} +0700`, unit: 'minutes', duration: 5 },
      page_expiry: { unit: 'hour', duration: 1 },
    });
    expect((await call('GET', 'v1/transactions/{token}')).status).toBe(200);
    expect((await call('POST', 'v2/transactions/{token}/charge', { payment_type: 'gopay' })).status).toBe(404);
  });
});
