import { createHash } from 'node:crypto';
import midtransClient from 'midtrans-client';
import type { Receiver } from '../helpers/receiver.js';
import { CLIENT_KEY, midtransError, orderId, SERVER_KEY, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// Saved cards, GoPay tokenization, refund rules and charge validation through the official
// Node client, asserting what its own sandbox tests assert (docs/midtrans.md §17, §18, §23, §24).
let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver()));
afterAll(() => stopAll(sim, receiver));

const nextYear = String(new Date().getFullYear() + 1);
const cardFields = (number: string) => ({
  card_number: number,
  card_exp_month: '12',
  card_exp_year: nextYear,
  card_cvv: '123',
  client_key: CLIENT_KEY,
});
const ccCharge = (tokenId: string, extra: Record<string, unknown> = {}) => ({
  payment_type: 'credit_card',
  transaction_details: { order_id: orderId('cc'), gross_amount: 12_145 },
  credit_card: { token_id: tokenId, ...extra },
});

describe('refunds of a transaction that is not settled', () => {
  it('refund and direct refund of a card capture both answer 412', async () => {
    const { token_id } = await sim.core.cardToken(cardFields('4811 1111 1111 1114'));
    const charged = await sim.core.charge(ccCharge(token_id));
    expect(charged).toMatchObject({ status_code: '200', transaction_status: 'capture', fraud_status: 'accept' });
    for (const call of [
      () => sim.core.transaction.refund(charged.order_id, { amount: 5000, reason: 'for some reason' }),
      () => sim.core.transaction.refundDirect(charged.order_id, { refund_key: 'order1-ref1', amount: 5000, reason: 'for some reason' }),
    ]) {
      const err = await midtransError(call());
      expect(err.httpStatusCode).toBe('412');
      expect(err.message).toContain('412');
      expect(err.ApiResponse.status_message).toBe('Merchant cannot modify the status of the transaction');
    }
    expect((await sim.core.transaction.status(charged.order_id)).transaction_status).toBe('capture');
  });
});

describe('Core API charge validation', () => {
  it('an empty charge (null) is HTTP 400 with validation messages', async () => {
    const err = await midtransError(sim.core.charge(null));
    expect(err.httpStatusCode).toBe(400);
    expect(err.message).toContain('400');
    expect(err.ApiResponse).toMatchObject({ status_code: '400', status_message: 'One or more parameters in the payload is invalid.' });
    expect(err.ApiResponse.validation_messages).toEqual(expect.arrayContaining(['transaction_details.order_id is required']));
  });

  it('no server key at all: HTTP 401 whose message says "unauthorized" (the Python client test checks it)', async () => {
    const keyless = new midtransClient.CoreApi({ isProduction: false, serverKey: '' });
    const err = await midtransError(
      keyless.charge({ payment_type: 'gopay', transaction_details: { order_id: orderId(), gross_amount: 1000 } }),
    );
    expect(err.httpStatusCode).toBe(401);
    expect(err.message).toContain('unauthorized');
  });

  it('a zero gross_amount is HTTP 400', async () => {
    const err = await midtransError(
      sim.core.charge({
        payment_type: 'bank_transfer',
        bank_transfer: { bank: 'bca' },
        transaction_details: { order_id: orderId(), gross_amount: 0 },
      }),
    );
    expect(err.httpStatusCode).toBe(400);
  });
});

describe('saved cards', () => {
  it('card register → saved_token_id, then a one-click charge with it captures without 3DS', async () => {
    const registered = await sim.core.cardRegister(cardFields('4811 1111 1111 1114'));
    expect(registered).toMatchObject({
      status_code: '200',
      saved_token_id: expect.any(String),
      masked_card: '48111111-1114',
      transaction_id: expect.any(String),
    });
    const charged = await sim.core.charge(ccCharge(registered.saved_token_id, { authentication: true }));
    expect(charged).toMatchObject({
      status_code: '200',
      transaction_status: 'capture',
      fraud_status: 'accept',
      masked_card: '48111111-1114',
    });
    expect(charged.redirect_url).toBeUndefined();
  });

  it('card register needs the client key and a valid card', async () => {
    expect((await midtransError(sim.core.cardRegister({ ...cardFields('4811111111111114'), client_key: 'nope' }))).httpStatusCode).toBe(
      401,
    );
    const bad = await midtransError(sim.core.cardRegister(cardFields('4811111111111115')));
    expect(bad.httpStatusCode).toBe('400');
  });

  it('a charge with save_token_id answers a saved_token_id usable for one-click', async () => {
    const { token_id } = await sim.core.cardToken(cardFields('5211 1111 1111 1117'));
    const first = await sim.core.charge(ccCharge(token_id, { save_token_id: true }));
    expect(first).toMatchObject({
      transaction_status: 'capture',
      saved_token_id: expect.any(String),
      saved_token_id_expired_at: expect.stringMatching(/^\d{4}-/),
    });
    expect(await sim.core.charge(ccCharge(first.saved_token_id))).toMatchObject({
      transaction_status: 'capture',
      masked_card: '52111111-1117',
    });
  });

  it('point inquiry: 402 for a card without points, a balance for the point card, 411 for an unknown token', async () => {
    const { token_id } = await sim.core.cardToken(cardFields('5264 2210 3887 4659'));
    const none = await midtransError(sim.core.cardPointInquiry(token_id));
    expect(none.message).toContain('402');
    const points = await sim.core.cardToken(cardFields('4105 0586 8948 1467'));
    expect(await sim.core.cardPointInquiry(points.token_id)).toMatchObject({ status_code: '200', point_balance_amount: '200000.00' });
    expect((await midtransError(sim.core.cardPointInquiry('no-such-token'))).httpStatusCode).toBe('411');
  });
});

describe('GoPay tokenization (pay account)', () => {
  const link = (phone: string) =>
    sim.core.linkPaymentAccount({
      payment_type: 'gopay',
      gopay_partner: { phone_number: phone, country_code: '62', redirect_url: 'https://midtrans.com' },
    });

  it('links as PENDING (201), get says 201, and unbinding a pending account is 412', async () => {
    const linked = await link('81234567891');
    expect(linked).toMatchObject({ status_code: '201', payment_type: 'gopay', account_status: 'PENDING', account_id: expect.any(String) });
    expect(linked.actions.map((a: { name: string }) => a.name)).toEqual([
      'activation-deeplink',
      'activation-link-url',
      'activation-link-app',
    ]);
    expect(await sim.core.getPaymentAccount(linked.account_id)).toMatchObject({ status_code: '201', account_id: linked.account_id });
    const err = await midtransError(sim.core.unlinkPaymentAccount(linked.account_id));
    expect(err.message).toContain('412');
    expect(err.message).toContain('Account status cannot be updated.');
  });

  it('the sandbox phones: user not found and wallet blocked answer 202', async () => {
    expect(await link('123450001')).toMatchObject({ status_code: '202', channel_response_message: 'User Not Found' });
    expect(await link('123450002')).toMatchObject({ status_code: '202', channel_response_message: 'Wallet is Blocked' });
  });

  it('a phone starting with 0 is a 400 with the sandbox message', async () => {
    const err = await midtransError(link('081234567891'));
    expect(err.httpStatusCode).toBe(400);
    expect(err.message).toContain('gopay_partner.phone_number must be numeric digits and must not begin with 0');
  });

  it('unknown account ids are 404 for get and unbind', async () => {
    for (const call of [
      () => sim.core.getPaymentAccount('00000000-0000-0000-0000-000000000000'),
      () => sim.core.unlinkPaymentAccount('nope'),
    ]) {
      const err = await midtransError(call());
      expect(err.httpStatusCode).toBe('404');
    }
  });

  it('the user approves (driver): ENABLED with tokens and a signed pay-account notification; charges settle; a blocked wallet denies; unbind', async () => {
    const phone = '81298765432';
    const { account_id } = await link(phone);
    expect((await sim.driver('POST', `/pay-accounts/${account_id}/activate`)).status).toBe(200);
    const enabled = await sim.core.getPaymentAccount(account_id);
    expect(enabled).toMatchObject({ status_code: '200', account_status: 'ENABLED' });
    const [wallet] = enabled.metadata.payment_options;
    expect(wallet).toMatchObject({ name: 'GOPAY_WALLET', active: true, token: expect.any(String) });

    const note = (await receiver.waitFor(1)).find((r) => r.body.account_id === account_id);
    expect(note?.body).toMatchObject({ account_status: 'ENABLED', status_code: '200' });
    const expected = createHash('sha512').update(`${account_id}ENABLED200${SERVER_KEY}`).digest('hex');
    expect(note?.body.signature_key).toBe(expected);

    const charge = (token: string) =>
      sim.core.charge({
        payment_type: 'gopay',
        gopay: { account_id, payment_option_token: token },
        transaction_details: { order_id: orderId('gp'), gross_amount: 25_000 },
      });
    expect(await charge(wallet.token)).toMatchObject({ status_code: '200', transaction_status: 'settlement', payment_type: 'gopay' });
    expect((await midtransError(charge('not-a-token'))).httpStatusCode).toBe('411');

    expect((await sim.driver('PUT', `/gopay/users/${phone}`, { state: 'blocked' })).status).toBe(200);
    expect(await charge(wallet.token)).toMatchObject({ status_code: '202', transaction_status: 'deny' });

    const unbound = await sim.core.unlinkPaymentAccount(account_id);
    expect(unbound).toMatchObject({ status_code: '204', account_status: 'DISABLED' });
    expect((await midtransError(charge(wallet.token))).httpStatusCode).toBe('411');
  });

  it('the driver can unregister any phone', async () => {
    await sim.driver('PUT', '/gopay/users/81200000001', { state: 'unregistered' });
    expect(await link('81200000001')).toMatchObject({ status_code: '202', channel_response_message: 'User Not Found' });
    expect((await sim.driver('PUT', '/gopay/users/81200000001', { state: 'gone' })).status).toBe(400);
  });
});
