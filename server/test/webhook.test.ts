// POST /api/payments/notification over real HTTP: verification, logging, the state
// machine under duplicates, out-of-order and concurrent delivery.
import { midtransSignature } from '../src/gateway/midtrans/signature.js';
import { createOrder, eventually, SERVER_KEY, startTestStack, type TestStack } from './support/test-stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const STATUS_CODES: Record<string, string> = {
  pending: '201', settlement: '200', capture: '200', deny: '202', cancel: '202', expire: '202', refund: '200', partial_refund: '200',
};

/** A Midtrans-shaped notification (reference §4.5), signed unless told otherwise. */
function notification(orderId: string, grossAmount: number, transactionStatus: string, extra: Record<string, unknown> = {}) {
  const body: Record<string, unknown> = {
    transaction_time: '2026-11-26 10:00:00',
    transaction_status: transactionStatus,
    transaction_id: 'a1b2c3d4-0000-4000-8000-000000000001',
    status_message: 'midtrans payment notification',
    status_code: STATUS_CODES[transactionStatus] ?? '200',
    payment_type: 'bank_transfer',
    va_numbers: [{ va_number: '12345678901', bank: 'bca' }],
    order_id: orderId,
    merchant_id: 'G000000001',
    gross_amount: `${grossAmount}.00`,
    fraud_status: 'accept',
    expiry_time: '2026-11-27 10:00:00',
    currency: 'IDR',
    ...extra,
  };
  body.signature_key ??= midtransSignature(String(body.order_id), String(body.status_code), String(body.gross_amount), SERVER_KEY);
  return body;
}

async function post(body: unknown, raw?: string, url = stack.url) {
  const res = await fetch(`${url}/api/payments/notification`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': 'Veritrans' },
    body: raw ?? JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

const statusOf = async (orderId: string) => (await stack.db.models.Order.findOne({ order_id: orderId }).lean())!.payment_status;
const logOf = (orderId: string) => stack.db.models.PaymentNotification.find({ order_id: orderId }).sort({ received_at: 1 }).lean();
const publishedFor = (orderId: string) => stack.published.filter((o) => o.orderId === orderId);

describe('refusing bad notifications', () => {
  it('answers 400 with a JSON error to a body that is not JSON, and logs it', async () => {
    const before = await stack.db.models.PaymentNotification.countDocuments({ outcome: 'malformed' });
    const res = await post(undefined, '{"order_id": ');
    expect(res).toEqual({ status: 400, body: { error: 'body is not valid JSON' } });
    expect(await stack.db.models.PaymentNotification.countDocuments({ outcome: 'malformed' })).toBe(before + 1);
  });

  it('answers 400 naming the missing fields', async () => {
    const res = await post({ order_id: 'x', transaction_status: 'settlement' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatch(/status_code, gross_amount, signature_key/);
  });

  it('answers 401 to a wrong signature, changes nothing and logs it as invalid', async () => {
    const { orderId } = await createOrder(stack);
    const forged = notification(orderId, 170000, 'settlement', { signature_key: 'f'.repeat(128) });
    expect((await post(forged)).status).toBe(401);
    // A valid signature over other values does not carry over either (status_code changed).
    const tampered = { ...notification(orderId, 170000, 'pending'), transaction_status: 'settlement' };
    const swapped = { ...tampered, status_code: '200' };
    expect((await post(swapped)).status).toBe(401);
    expect(await statusOf(orderId)).toBe('pending');
    expect((await logOf(orderId)).map((l) => [l.outcome, l.signature_valid, l.http_status])).toEqual([
      ['invalid_signature', false, 401],
      ['invalid_signature', false, 401],
    ]);
    expect(publishedFor(orderId)).toHaveLength(0);
  });

  it("answers 200 to the dashboard's test notification without touching orders", async () => {
    const body = notification('payment_notif_test_G000000001_ae3953e8-5163-423c-9acf-43c27ded20fe', 105000, 'settlement', { payment_type: 'gopay' });
    const res = await post(body);
    expect(res).toMatchObject({ status: 200, body: { outcome: 'ignored', reason: 'dashboard test notification' } });
  });

  it('answers 200 (no retry loop) to a signed notification for an unknown order and logs it', async () => {
    const res = await post(notification('LNS-20261126-unknownunknown00', 10000, 'settlement'));
    expect(res).toMatchObject({ status: 200, body: { outcome: 'ignored', reason: 'unknown order' } });
    expect((await logOf('LNS-20261126-unknownunknown00'))[0]).toMatchObject({ outcome: 'unknown_order', signature_valid: true });
  });

  it('never marks paid when gross_amount does not match the order', async () => {
    const { orderId } = await createOrder(stack); // 2 × 85,000
    const res = await post(notification(orderId, 1000, 'settlement'));
    expect(res).toMatchObject({ status: 200, body: { outcome: 'rejected' } });
    expect(await statusOf(orderId)).toBe('pending');
  });
});

describe('applying notifications', () => {
  it('keeps the raw body of every notification in payment_notifications', async () => {
    const { orderId } = await createOrder(stack);
    const raw = JSON.stringify(notification(orderId, 170000, 'pending'));
    await post(undefined, raw);
    const [entry] = await logOf(orderId);
    expect(entry).toMatchObject({ raw_body: raw, outcome: 'applied', transaction_status: 'pending', http_status: 200, signature_valid: true });
    expect(entry!.received_at).toBeInstanceOf(Date);
  });

  it('stores payment_type, the transaction id and the VA from the pending notification', async () => {
    const { orderId } = await createOrder(stack);
    await post(notification(orderId, 170000, 'pending'));
    const doc = await stack.db.models.Order.findOne({ order_id: orderId }).lean();
    expect(doc).toMatchObject({
      payment_status: 'pending',
      payment_type: 'bank_transfer',
      payment_gateway_transaction_id: 'a1b2c3d4-0000-4000-8000-000000000001',
      payment_instructions: { bank: 'bca', va_number: '12345678901' },
    });
  });

  it('does not pay a challenged capture', async () => {
    const { orderId } = await createOrder(stack);
    const res = await post(notification(orderId, 170000, 'capture', { status_code: '201', fraud_status: 'challenge', payment_type: 'credit_card' }));
    expect(res.status).toBe(200);
    expect(await statusOf(orderId)).toBe('pending');
  });

  it('lets a successful retry follow a denied card in the same Snap session', async () => {
    const { orderId } = await createOrder(stack);
    await post(notification(orderId, 170000, 'deny', { payment_type: 'credit_card', transaction_id: 'tx-denied' }));
    expect(await statusOf(orderId)).toBe('failed');
    await post(notification(orderId, 170000, 'capture', { payment_type: 'credit_card', transaction_id: 'tx-retry' }));
    expect(await statusOf(orderId)).toBe('paid');
    // The deny arriving late again changes nothing.
    await post(notification(orderId, 170000, 'deny', { payment_type: 'credit_card', transaction_id: 'tx-denied' }));
    expect(await statusOf(orderId)).toBe('paid');
  });

  it('ignores stale and out-of-order deliveries: settlement first, then pending and expire', async () => {
    const { orderId } = await createOrder(stack);
    const outcomes = [];
    for (const status of ['settlement', 'pending', 'expire', 'settlement']) {
      outcomes.push((await post(notification(orderId, 170000, status))).body.outcome);
    }
    expect(outcomes).toEqual(['applied', 'unchanged', 'unchanged', 'unchanged']);
    expect(await statusOf(orderId)).toBe('paid');
    expect(publishedFor(orderId).map((o) => o.status)).toEqual(['paid']);
  });

  it('moves paid → partially_refunded → refunded', async () => {
    const { orderId } = await createOrder(stack);
    await post(notification(orderId, 170000, 'settlement'));
    await post(notification(orderId, 170000, 'partial_refund', { refund_amount: '50000.00' }));
    const partial = await stack.db.models.Order.findOne({ order_id: orderId }).lean();
    expect(partial).toMatchObject({ payment_status: 'partially_refunded', refunded_amount: 50000 });
    await post(notification(orderId, 170000, 'refund', { refund_amount: '170000.00' }));
    expect(await statusOf(orderId)).toBe('refunded');
    expect(publishedFor(orderId).map((o) => o.status)).toEqual(['paid', 'partially_refunded', 'refunded']);
  });

  it('takes paid items out of stock once', async () => {
    const stockOf = async () => (await stack.db.models.Product.findById('sambal-roa-200g').lean())!.stock;
    const before = await stockOf();
    const { orderId } = await createOrder(stack, [{ productId: 'sambal-roa-200g', quantity: 2 }]);
    await post(notification(orderId, 110000, 'settlement'));
    await post(notification(orderId, 110000, 'settlement'));
    expect(await stockOf()).toBe(before - 2);
  });
});

describe('exactly once under concurrency', () => {
  it('applies 20 concurrent copies of a settlement once, publishing one event', async () => {
    const { orderId } = await createOrder(stack);
    const body = JSON.stringify(notification(orderId, 170000, 'settlement'));
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(undefined, body)));

    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    const outcomes = responses.map((r) => r.body.outcome).sort();
    expect(outcomes).toEqual(['applied', ...Array(19).fill('unchanged')]);
    expect(publishedFor(orderId)).toHaveLength(1);
    const doc = await stack.db.models.Order.findOne({ order_id: orderId }).lean();
    expect(doc!.status_history.map((h: any) => h.status)).toEqual(['pending', 'paid']);
    expect(await stack.db.models.OrderChange.countDocuments({ order_id: orderId })).toBe(1);
    expect(await logOf(orderId)).toHaveLength(20);
  });

  it('stays exactly-once across two server instances sharing the database', async () => {
    const dbName = stack.db.connection.name;
    const second = await startTestStack({ dbName });
    try {
      const { orderId } = await createOrder(stack);
      const body = JSON.stringify(notification(orderId, 170000, 'settlement'));
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, i) => post(undefined, body, i % 2 ? second.url : stack.url)),
      );
      expect(responses.every((r) => r.status === 200)).toBe(true);
      expect(responses.filter((r) => r.body.outcome === 'applied')).toHaveLength(1);
      const events = [...stack.published, ...second.published].filter((o) => o.orderId === orderId);
      expect(events).toHaveLength(1);
      expect(await stack.db.models.OrderChange.countDocuments({ order_id: orderId })).toBe(1);
      expect(await statusOf(orderId)).toBe('paid');
    } finally {
      await second.stop();
    }
  });

  it('applies what the simulator sends once, even when it resends it 20 times at once', async () => {
    const { orderId } = await createOrder(stack);
    expect((await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' })).status).toBe(200);
    await eventually(async () => expect(await statusOf(orderId)).toBe('pending') as unknown);
    expect((await stack.driver(`/sim/v1/transactions/${orderId}/settle`)).status).toBe(200);
    await eventually(async () => expect(await statusOf(orderId)).toBe('paid'));
    const eventsBefore = publishedFor(orderId).length;

    const resend = await stack.driver(`/sim/v1/transactions/${orderId}/notifications/resend`, { times: 20, concurrent: true });
    expect(resend.status).toBe(200);
    await eventually(async () => expect((await logOf(orderId)).filter((l) => l.transaction_status === 'settlement').length).toBe(21));
    expect(publishedFor(orderId)).toHaveLength(eventsBefore);
    expect(await statusOf(orderId)).toBe('paid');
  });
});
