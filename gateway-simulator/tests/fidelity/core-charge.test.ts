import { midtransError, orderId, startTestSimulator, type TestSim } from '../helpers/simulator.js';
import { CLIENT_KEY } from '../helpers/simulator.js';

// POST /v2/charge and GET /v2/token through the official CoreApi client.
let sim: TestSim;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.stop());

const details = (amount = 20_000) => ({ order_id: orderId('charge'), gross_amount: amount });

async function cardToken(cardNumber: string): Promise<string> {
  const res = await sim.core.cardToken({
    card_number: cardNumber,
    card_exp_month: '12',
    card_exp_year: String(new Date().getFullYear() + 2),
    card_cvv: '123',
    client_key: CLIENT_KEY,
  });
  expect(res).toMatchObject({ status_code: '200', status_message: 'OK, success request new token' });
  return res.token_id as string;
}

describe('Core API charge', () => {
  it.each([
    ['bca', { va_numbers: [{ bank: 'bca', va_number: expect.stringMatching(/^\d{11}$/) }] }],
    ['bni', { va_numbers: [{ bank: 'bni', va_number: expect.any(String) }] }],
    ['bri', { va_numbers: [{ bank: 'bri', va_number: expect.any(String) }] }],
    ['permata', { permata_va_number: expect.stringMatching(/^\d{16}$/) }],
  ])('bank_transfer %s → 201 pending with its VA number', async (bank, fields) => {
    const res = await sim.core.charge({ payment_type: 'bank_transfer', transaction_details: details(), bank_transfer: { bank } });
    expect(res).toMatchObject({
      status_code: '201',
      status_message: 'Success, Bank Transfer transaction is created',
      transaction_status: 'pending',
      payment_type: 'bank_transfer',
      gross_amount: '20000.00',
      currency: 'IDR',
      fraud_status: 'accept',
      ...fields,
    });
    expect(res.signature_key).toBeUndefined();
  });

  it('echannel → bill_key and biller_code 70012', async () => {
    const res = await sim.core.charge({ payment_type: 'echannel', transaction_details: details(), echannel: { bill_info1: 'Payment:' } });
    expect(res).toMatchObject({
      status_code: '201',
      payment_type: 'echannel',
      biller_code: '70012',
      bill_key: expect.stringMatching(/^\d{12}$/),
    });
  });

  it('gopay / qris / shopeepay → actions (and qr_string for QRIS)', async () => {
    const gopay = await sim.core.charge({ payment_type: 'gopay', transaction_details: details() });
    expect(gopay.actions.map((a: { name: string }) => a.name)).toEqual(['generate-qr-code', 'deeplink-redirect', 'get-status', 'cancel']);
    const qris = await sim.core.charge({ payment_type: 'qris', transaction_details: details() });
    expect(qris).toMatchObject({ status_code: '201', qr_string: expect.stringMatching(/^000201/), acquirer: 'gopay' });
    const spay = await sim.core.charge({ payment_type: 'shopeepay', transaction_details: details() });
    expect(spay.actions[0]).toMatchObject({ name: 'deeplink-redirect', method: 'GET' });
    // Default expiries (docs/midtrans.md §20): 15 minutes for e-wallets.
    const minutes = (r: { transaction_time: string; expiry_time: string }) =>
      (Date.parse(r.expiry_time.replace(' ', 'T')) - Date.parse(r.transaction_time.replace(' ', 'T'))) / 60_000;
    expect(minutes(gopay)).toBe(15);
  });

  it('custom_expiry sets expiry_time', async () => {
    const res = await sim.core.charge({
      payment_type: 'bank_transfer',
      bank_transfer: { bank: 'bca' },
      transaction_details: details(),
      custom_expiry: { expiry_duration: 2, unit: 'hour' },
    });
    const ms = Date.parse(res.expiry_time.replace(' ', 'T')) - Date.parse(res.transaction_time.replace(' ', 'T'));
    expect(ms).toBe(2 * 3_600_000);
  });

  it('card without 3DS: accept → capture "200", bank deny → "202" with the bank message', async () => {
    const ok = await sim.core.charge({
      payment_type: 'credit_card',
      transaction_details: details(),
      credit_card: { token_id: await cardToken('4811 1111 1111 1114') },
    });
    expect(ok).toMatchObject({
      status_code: '200',
      status_message: 'Success, Credit Card transaction is successful',
      transaction_status: 'capture',
      fraud_status: 'accept',
      masked_card: '48111111-1114',
      card_type: 'credit',
      channel_response_code: '00',
    });
    const denied = await sim.core.charge({
      payment_type: 'credit_card',
      transaction_details: details(),
      credit_card: { token_id: await cardToken('4911111111111113') },
    });
    expect(denied).toMatchObject({ status_code: '202', transaction_status: 'deny', channel_response_code: '05' });
    expect(denied.status_message).toMatch(/^Deny by Bank \[BNI\] with code \[05\]/);
  });

  it('card with authentication: pending + redirect_url; OTP 112233 on that page captures', async () => {
    const res = await sim.core.charge({
      payment_type: 'credit_card',
      transaction_details: details(),
      credit_card: { token_id: await cardToken('4811111111111114'), authentication: true },
    });
    expect(res).toMatchObject({ status_code: '201', transaction_status: 'pending' });
    expect(res.redirect_url).toBe(`${sim.url}/v2/token/rba/redirect/${res.transaction_id}`);
    const page = await fetch(res.redirect_url);
    expect(await page.text()).toContain('112233');
    const done = await fetch(res.redirect_url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'otp=112233',
    });
    expect(await done.text()).toContain('capture');
    expect(await sim.core.transaction.status(res.transaction_id)).toMatchObject({ transaction_status: 'capture', status_code: '200' });
  });

  it('rejects a bad card at tokenization and an unknown token at charge (411)', async () => {
    const bad = await midtransError(
      sim.core.cardToken({
        card_number: '4811111111111115',
        card_exp_month: '12',
        card_exp_year: '2099',
        card_cvv: '123',
        client_key: CLIENT_KEY,
      }),
    );
    expect(bad.httpStatusCode).toBe('400');
    expect(bad.ApiResponse.validation_messages).toContain('card_number is not valid');
    const missing = await midtransError(
      sim.core.charge({ payment_type: 'credit_card', transaction_details: details(), credit_card: { token_id: 'nope' } }),
    );
    expect(missing.httpStatusCode).toBe('411');
  });

  it('validation errors are real HTTP 400s (numeric httpStatusCode)', async () => {
    const err = await midtransError(sim.core.charge({ payment_type: 'gopay', transaction_details: { gross_amount: 1000 } }));
    expect(err.httpStatusCode).toBe(400);
    expect(err.ApiResponse).toMatchObject({ status_code: '400', validation_messages: ['transaction_details.order_id is required'] });
  });

  it('406 for a used order_id; the same Idempotency-Key replays the first answer instead', async () => {
    const d = details();
    const first = await sim.core.charge({ payment_type: 'gopay', transaction_details: d });
    const dup = await midtransError(sim.core.charge({ payment_type: 'gopay', transaction_details: d }));
    expect(dup.httpStatusCode).toBe('406');

    const headers = sim.core.httpClient.http_client.defaults.headers.common;
    headers['Idempotency-Key'] = `key-${first.transaction_id}`;
    try {
      const d2 = details();
      const a = await sim.core.charge({ payment_type: 'qris', transaction_details: d2 });
      const b = await sim.core.charge({ payment_type: 'qris', transaction_details: d2 });
      expect(b).toEqual(a);
    } finally {
      delete headers['Idempotency-Key'];
    }
  });
});

describe('e-wallet action targets', () => {
  it('serve the QR image and the ShopeePay deeplink page instead of 404', async () => {
    const gopay = await sim.core.charge({ payment_type: 'gopay', transaction_details: details() });
    const qr = await fetch(gopay.actions[0].url);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toContain('image/svg+xml');
    const spay = await sim.core.charge({ payment_type: 'shopeepay', transaction_details: details() });
    const page = await fetch(spay.actions[0].url);
    expect(await page.text()).toContain(spay.order_id);
  });
});
