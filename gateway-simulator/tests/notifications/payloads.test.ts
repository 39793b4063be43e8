import { verifySignature } from '../../src/index.js';
import type { Receiver } from '../helpers/receiver.js';
import { midtransError, orderId, SERVER_KEY, snapParams, startWithReceiver, stopAll, type TestSim } from '../helpers/simulator.js';

// What lands on the merchant's Payment Notification URL (docs/midtrans.md §8–§9).
let sim: TestSim;
let receiver: Receiver;
beforeAll(async () => ({ sim, receiver } = await startWithReceiver()));
afterAll(() => stopAll(sim, receiver));
beforeEach(() => receiver.received.splice(0));

async function order(method: Record<string, unknown>, amount = 10_000, extra: Record<string, unknown> = {}): Promise<string> {
  const id = orderId('notif');
  await sim.snap.createTransaction(snapParams(id, amount, extra));
  expect((await sim.driver('POST', `/transactions/${id}/pay`, method)).status).toBe(200);
  return id;
}

const bodiesFor = (id: string) => receiver.received.filter((r) => r.body.order_id === id).map((r) => r.body);

function expectMidtransShape(body: Record<string, unknown>) {
  // Every scalar is a string, nothing is null (docs/midtrans.md §9).
  for (const [key, value] of Object.entries(body)) {
    expect([key, value === null]).toEqual([key, false]);
    if (typeof value !== 'object') expect([key, typeof value]).toEqual([key, 'string']);
  }
  expect(body.gross_amount).toMatch(/^\d+\.00$/);
  expect(body.status_message).toBe('midtrans payment notification');
  expect(body.currency).toBe('IDR');
  expect(body.merchant_id).toBe('G000000001');
  expect(verifySignature(body, SERVER_KEY)).toBe(true);
}

describe('notification payloads', () => {
  it('POSTs JSON with Midtrans headers', async () => {
    await order({ payment_type: 'gopay' });
    const [req] = await receiver.waitFor(1);
    expect(req?.method).toBe('POST');
    expect(req?.path).toBe('/notify');
    expect(req?.headers['user-agent']).toBe('Veritrans');
    expect(req?.headers['content-type']).toBe('application/json');
    expect(req?.headers.accept).toBe('application/json');
  });

  it('BCA VA: pending "201" then settlement "200" with settlement_time and payment_amounts', async () => {
    const id = await order({ payment_type: 'bank_transfer', bank: 'bca' }, 256_000);
    await sim.driver('POST', `/transactions/${id}/settle`);
    const [pending, settled] = bodiesFor(id);
    expectMidtransShape(pending!);
    expect(pending).toMatchObject({
      transaction_status: 'pending',
      status_code: '201',
      payment_type: 'bank_transfer',
      gross_amount: '256000.00',
      fraud_status: 'accept',
      va_numbers: [{ bank: 'bca', va_number: expect.any(String) }],
      payment_amounts: [],
      expiry_time: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
    });
    expect(pending!.settlement_time).toBeUndefined();
    expectMidtransShape(settled!);
    expect(settled).toMatchObject({
      transaction_status: 'settlement',
      status_code: '200',
      settlement_time: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
      payment_amounts: [{ paid_at: expect.any(String), amount: '256000.00' }],
      transaction_id: pending!.transaction_id,
    });
  });

  it('Permata uses permata_va_number; its expire says "202"', async () => {
    const id = await order({ payment_type: 'bank_transfer', bank: 'permata' });
    await sim.driver('POST', `/transactions/${id}/expire`);
    const [pending, expired] = bodiesFor(id);
    expect(pending!.permata_va_number).toMatch(/^\d{16}$/);
    expect(pending!.va_numbers).toBeUndefined();
    expectMidtransShape(expired!);
    expect(expired).toMatchObject({ transaction_status: 'expire', status_code: '202' });
  });

  it('Mandiri Bill carries bill_key and biller_code "70012"; cancel is "202"', async () => {
    const id = await order({ payment_type: 'echannel' });
    await sim.driver('POST', `/transactions/${id}/cancel`);
    const [pending, cancelled] = bodiesFor(id);
    expect(pending).toMatchObject({ payment_type: 'echannel', biller_code: '70012', bill_key: expect.stringMatching(/^\d{12}$/) });
    expect(cancelled).toMatchObject({ transaction_status: 'cancel', status_code: '202' });
  });

  it('QRIS settlement names issuer and acquirer; ShopeePay and GoPay are plain', async () => {
    const q = await order({ payment_type: 'qris' });
    await sim.driver('POST', `/transactions/${q}/settle`);
    expect(bodiesFor(q)[1]).toMatchObject({ payment_type: 'qris', acquirer: 'gopay', issuer: 'gopay', transaction_type: 'on-us' });
    const s = await order({ payment_type: 'shopeepay' });
    expect(bodiesFor(s)[0]).toMatchObject({ payment_type: 'shopeepay', transaction_status: 'pending', status_code: '201' });
  });

  it('card accept: capture "200" with masked_card, approval_code, eci; bank deny: "202" without approval_code', async () => {
    const ok = await order({ payment_type: 'credit_card', card_number: '4811111111111114' });
    const [capture] = bodiesFor(ok);
    expectMidtransShape(capture!);
    expect(capture).toMatchObject({
      transaction_status: 'capture',
      status_code: '200',
      fraud_status: 'accept',
      masked_card: '48111111-1114',
      card_type: 'credit',
      approval_code: expect.any(String),
      eci: '05',
      channel_response_code: '00',
      channel_response_message: 'Approved',
    });
    const bad = await order({ payment_type: 'credit_card', card_number: '4911111111111113' });
    const [deny] = bodiesFor(bad);
    expect(deny).toMatchObject({
      transaction_status: 'deny',
      status_code: '202',
      channel_response_code: '05',
      channel_response_message: 'Do not honour',
    });
    expect(deny!.approval_code).toBeUndefined();
  });

  it('echoes custom_field1..3', async () => {
    const id = await order({ payment_type: 'gopay' }, 10_000, { custom_field1: 'a', custom_field3: 'c' });
    expect(bodiesFor(id)[0]).toMatchObject({ custom_field1: 'a', custom_field3: 'c' });
    expect(bodiesFor(id)[0]!.custom_field2).toBeUndefined();
  });

  it('sends two notifications per refund, the second with refunds[].bank_confirmed_at', async () => {
    const id = await order({ payment_type: 'gopay' }, 30_000);
    await sim.driver('POST', `/transactions/${id}/settle`);
    await sim.driver('POST', `/transactions/${id}/refund`, { amount: 12_000 });
    const [, , first, second] = bodiesFor(id);
    expect(first).toMatchObject({
      transaction_status: 'partial_refund',
      status_code: '200',
      refund_amount: '12000.00',
      gross_amount: '30000.00',
    });
    expect((first!.refunds as Array<Record<string, unknown>>)[0]!.bank_confirmed_at).toBeUndefined();
    expect((second!.refunds as Array<Record<string, unknown>>)[0]).toMatchObject({
      refund_amount: '12000.00',
      bank_confirmed_at: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
    });
  });
});

describe('midtrans-client transaction.notification()', () => {
  it('re-fetches GET status by the notification transaction_id (docs/midtrans.md §14)', async () => {
    const id = await order({ payment_type: 'bank_transfer', bank: 'bri' });
    await sim.driver('POST', `/transactions/${id}/settle`);
    const [pending] = bodiesFor(id);
    const status = await sim.snap.transaction.notification(JSON.stringify(pending));
    expect(status).toMatchObject({ order_id: id, transaction_status: 'settlement', status_code: '200' });
  });
});

describe('dashboard test notification', () => {
  it('POSTs the fixed GoPay settlement for a payment_notif_test_ order that GET status does not know', async () => {
    const res = await sim.driver('POST', '/notifications/test', {});
    expect(res.body.deliveries[0]).toMatchObject({ response_status: 200, url: `${receiver.url}/notify` });
    const body = res.body.deliveries[0].request_body;
    expectMidtransShape(body);
    expect(body).toMatchObject({ transaction_status: 'settlement', payment_type: 'gopay', gross_amount: '105000.00' });
    expect(body.order_id).toMatch(/^payment_notif_test_G000000001_[0-9a-f-]{36}$/);
    const err = await midtransError(sim.snap.transaction.notification(body));
    expect(err.httpStatusCode).toBe('404');
  });
});

describe('notification targets', () => {
  it('X-Override-Notification replaces the dashboard URL; with X-Append both get it; Override wins over Append', async () => {
    const headers = sim.snap.httpClient.http_client.defaults.headers.common;
    const send = async (h: Record<string, string>) => {
      Object.assign(headers, h);
      const id = orderId('targets');
      try {
        await sim.snap.createTransaction(snapParams(id));
      } finally {
        for (const k of Object.keys(h)) delete headers[k];
      }
      await sim.driver('POST', `/transactions/${id}/pay`, { payment_type: 'gopay' });
      return receiver.received
        .filter((r) => r.body.order_id === id)
        .map((r) => r.path)
        .sort();
    };
    expect(await send({ 'X-Override-Notification': `${receiver.url}/a,${receiver.url}/b` })).toEqual(['/a', '/b']);
    expect(await send({ 'X-Append-Notification': `${receiver.url}/c` })).toEqual(['/c', '/notify']);
    expect(await send({ 'X-Override-Notification': `${receiver.url}/o`, 'X-Append-Notification': `${receiver.url}/c` })).toEqual(['/o']);
    const four = [1, 2, 3, 4].map((n) => `${receiver.url}/u${n}`).join(',');
    expect(await send({ 'X-Override-Notification': four })).toEqual(['/u1', '/u2', '/u3']);
  });
});
