// POST /api/payments/notification over real HTTP against the simulator's real status
// API: a notification is only a claim; the order follows what Midtrans says.
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';
import { logOf, postNotification, publishedFor, realBody, signedNotification, statusOf } from './support/notifications.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const post = (body: unknown, raw?: string, url?: string) => postNotification(stack, body, raw, url);
const pay = (orderId: string, method: Record<string, unknown>, notify = true) =>
  stack.driver(`/sim/v1/transactions/${orderId}/pay`, { ...method, notify });
const drive = (orderId: string, action: string, body: Record<string, unknown> = {}) =>
  stack.driver(`/sim/v1/transactions/${orderId}/${action}`, body);
const available = (productId: string) => stack.app.stack.stock.available(productId);

/** An order paid by VA in the simulator, with the API told. */
async function paidOrder(items = [{ productId: 'keripik-tempe-150g', quantity: 1 }]) {
  const created = await createOrder(stack, items);
  await pay(created.orderId, { payment_type: 'bank_transfer', bank: 'bca' });
  await drive(created.orderId, 'settle');
  await eventually(async () => expect(await statusOf(stack, created.orderId)).toBe('paid'));
  return created;
}

describe('refusing what is not a real notification', () => {
  it('answers 400 with a JSON reason to a body that is not JSON, and logs it', async () => {
    const res = await post(undefined, '{"order_id": ');
    expect(res).toEqual({
      status: 400,
      body: { error: 'malformed notification', code: 'MALFORMED_NOTIFICATION', reason: 'body is not valid JSON' },
    });
  });

  it.each`
    what                                 | change                                                    | reason
    ${'a missing signature_key'}         | ${{ signature_key: undefined }}                           | ${/signature_key/}
    ${'gross_amount "0x4844"'}           | ${{ gross_amount: '0x4844' }}                             | ${/gross_amount/}
    ${'gross_amount as a number'}        | ${{ gross_amount: 18500 }}                                | ${/gross_amount: expected string/}
    ${'gross_amount with cents'}         | ${{ gross_amount: '18500.50' }}                           | ${/gross_amount/}
    ${'expiry_time as a number'}         | ${{ expiry_time: 1764129600 }}                            | ${/expiry_time/}
    ${'va_numbers[0].bank as an object'} | ${{ va_numbers: [{ bank: { $ne: 1 }, va_number: '1' }] }} | ${/va_numbers\.0\.bank/}
    ${'status_code as a number'}         | ${{ status_code: 200 }}                                   | ${/status_code/}
    ${'an order_id with a slash'}        | ${{ order_id: '../admin' }}                               | ${/order_id/}
  `('refuses $what with 400 and a JSON reason, changing nothing', async ({ change, reason }) => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const body = { ...signedNotification(orderId, 18500, 'settlement'), ...change };
    // Re-signed over what is sent, so only the parsing can refuse it.
    if ('gross_amount' in change || 'status_code' in change || 'order_id' in change) {
      const { signature_key: _drop, ...unsigned } = body as Record<string, unknown>;
      Object.assign(
        body,
        signedNotification(String(unsigned.order_id), String(unsigned.gross_amount), 'settlement', {
          ...unsigned,
          signature_key: undefined,
        }),
      );
      Object.assign(body, change);
    }
    const res = await post(body);
    expect(res.status).toBe(400);
    expect(res.body.reason).toMatch(reason);
    expect(await statusOf(stack, orderId)).toBe('pending');
  });

  it('answers 401 to a wrong signature and stores only a bounded prefix and a hash of its body', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const junk = { ...signedNotification(orderId, 18500, 'settlement', { signature_key: 'f'.repeat(128) }), padding: 'x'.repeat(60_000) };
    expect((await post(junk)).status).toBe(401);
    // The outcome is stored just after the answer.
    const entry = await eventually(async () => {
      const [first] = await logOf(stack, orderId);
      expect(first).toMatchObject({
        verdict: 'invalid_signature',
        truncated: true,
        outcome: { outcome: 'bad_signature', httpStatus: 401 },
      });
      return first;
    });
    expect(entry!.body.length).toBe(512);
    expect(entry!.bodySha256).toMatch(/^[0-9a-f]{64}$/);
    expect(entry!.bodyBytes).toBeGreaterThan(60_000);
    expect(await statusOf(stack, orderId)).toBe('pending');
  });

  it('refuses a status word relabelled to one its signed status_code does not go with', async () => {
    const order = await paidOrder();
    const settlement = await realBody(stack, order.orderId);
    const res = await post({ ...settlement, transaction_status: 'cancel' });
    expect(res.status).toBe(400);
    expect(res.body.reason).toMatch(/status_code 200 does not go with transaction_status cancel/);
    expect(await statusOf(stack, order.orderId)).toBe('paid');
  });

  it.each`
    relabel             | extra
    ${'refund'}         | ${{}}
    ${'partial_refund'} | ${{ refund_amount: '999999999.00' }}
  `(
    'keeps a paid order PAID when its signed settlement is relabelled $relabel: Midtrans still says settlement',
    async ({ relabel, extra }) => {
      const order = await paidOrder();
      const stock = await available('keripik-tempe-150g');
      const events = publishedFor(stack, order.orderId).length;
      const res = await post({ ...(await realBody(stack, order.orderId)), transaction_status: relabel, ...extra });
      expect(res).toMatchObject({ status: 200, body: { outcome: 'unchanged', orderStatus: 'paid' } });
      expect(await statusOf(stack, order.orderId)).toBe('paid');
      expect(await available('keripik-tempe-150g')).toBe(stock);
      expect(
        publishedFor(stack, order.orderId)
          .slice(events)
          .every((o) => o.status === 'paid'),
      ).toBe(true);
    },
  );

  it('keeps a denied card payable when its deny is relabelled expire; the real capture then pays it', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await pay(orderId, { payment_type: 'credit_card', card_number: '4911111111111113' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('failed'));
    const res = await post({ ...(await realBody(stack, orderId)), transaction_status: 'expire' });
    expect(res).toMatchObject({ status: 200, body: { outcome: 'unchanged', orderStatus: 'failed' } });

    await pay(orderId, { payment_type: 'credit_card', card_number: '4811111111111114' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('paid'));
  });

  it('does not pay an unpaid order when its signed pending notification is relabelled settlement', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await pay(orderId, { payment_type: 'bank_transfer', bank: 'bca' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('pending'));
    const stock = await available('keripik-tempe-150g');
    const pending = await realBody(stack, orderId);
    // settlement's status_code is 200; the signed one is 201: kept, so the signature holds.
    const res = await post({ ...pending, transaction_status: 'settlement' });
    expect(res.status).toBe(400);
    // Even with the status_code check bypassed (a capture/challenge also carries 201), Midtrans's answer decides.
    const challenged = await post({ ...pending, transaction_status: 'capture', fraud_status: 'accept' });
    expect(challenged).toMatchObject({ status: 200, body: { orderStatus: 'pending' } });
    expect(await statusOf(stack, orderId)).toBe('pending');
    expect(await available('keripik-tempe-150g')).toBe(stock);
  });

  it('applies nothing and answers 503 when Midtrans status cannot be asked; the retry applies it', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await pay(orderId, { payment_type: 'bank_transfer', bank: 'bca' });
    await drive(orderId, 'settle', { notify: false });
    await stack.driver('/sim/v1/faults', { route: 'core.status', status: 503, count: 1 }, 'PUT');
    const body = await realBody(stack, orderId);
    expect((await post(body)).status).toBe(503);
    expect(await statusOf(stack, orderId)).toBe('pending');
    expect(await post(body)).toMatchObject({ status: 200, body: { outcome: 'applied', orderStatus: 'paid' } });
    await eventually(async () => {
      const log = await logOf(stack, orderId);
      expect(log.map((entry) => entry.outcome?.httpStatus).filter(Boolean)).toEqual(expect.arrayContaining([503, 200]));
    });
  });

  it("answers 200 to the dashboard's test notification without touching orders", async () => {
    const body = signedNotification('payment_notif_test_G000000001_ae3953e8-5163-423c-9acf-43c27ded20fe', 105000, 'settlement', {
      payment_type: 'gopay',
    });
    expect(await post(body)).toMatchObject({ status: 200, body: { outcome: 'ignored', reason: 'dashboard test notification' } });
  });

  it('answers 200 (no retry loop) to a signed notification for an unknown order and logs it', async () => {
    const res = await post(signedNotification('LNS-20261126-unknownunknown00', 10000, 'settlement'));
    expect(res).toMatchObject({ status: 200, body: { outcome: 'unknown_order' } });
    await eventually(async () =>
      expect((await logOf(stack, 'LNS-20261126-unknownunknown00'))[0]).toMatchObject({
        verdict: 'valid',
        outcome: { outcome: 'unknown_order' },
      }),
    );
  });

  it('rejects a signed settlement Midtrans knows nothing of (no transaction): forged with a leaked key', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const res = await post(signedNotification(orderId, 18500, 'settlement'));
    expect(res).toMatchObject({ status: 200, body: { outcome: 'rejected', orderStatus: 'pending' } });
  });
});

describe('applying what Midtrans confirms', () => {
  it('logs the raw body before acting, and its outcome after', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await pay(orderId, { payment_type: 'bank_transfer', bank: 'bca' }, false);
    const raw = JSON.stringify(await realBody(stack, orderId));
    await post(undefined, raw);
    await eventually(async () => {
      const [entry] = await logOf(stack, orderId);
      expect(entry).toMatchObject({
        body: raw,
        verdict: 'valid',
        transactionStatus: 'pending',
        outcome: { outcome: 'applied', httpStatus: 200 },
      });
    });
  });

  it('stores payment_type, the transaction id and the VA from Midtrans', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await pay(orderId, { payment_type: 'bank_transfer', bank: 'bni' });
    await eventually(async () => expect((await stack.orderOf(orderId)).instructions?.bank).toBe('bni'));
    const order = await stack.orderOf(orderId);
    expect(order).toMatchObject({ status: 'pending', paymentType: 'bank_transfer', instructions: { bank: 'bni' } });
    expect(order.transactionId).toBeTruthy();
    expect(order.instructions!.vaNumber).toMatch(/^\d{8,}$/);
  });

  it('ignores stale and out-of-order claims once paid, without asking Midtrans', async () => {
    const order = await paidOrder();
    const outcomes = [];
    for (const status of ['pending', 'expire', 'settlement']) {
      outcomes.push((await post(signedNotification(order.orderId, 18500, status))).body.outcome);
    }
    expect(outcomes).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await statusOf(stack, order.orderId)).toBe('paid');
  });

  it('moves paid → partially_refunded → refunded as Midtrans refunds, and restocks on the full refund', async () => {
    const order = await paidOrder([{ productId: 'sambal-roa-200g', quantity: 2 }]);
    const stock = await available('sambal-roa-200g');
    await drive(order.orderId, 'refund', { amount: 50_000 });
    await eventually(async () =>
      expect(await stack.orderOf(order.orderId)).toMatchObject({ status: 'partially_refunded', refundedAmount: 50_000 }),
    );
    expect(await available('sambal-roa-200g')).toBe(stock);
    await drive(order.orderId, 'refund', {});
    await eventually(async () => expect(await statusOf(stack, order.orderId)).toBe('refunded'));
    expect(await available('sambal-roa-200g')).toBe(stock + 2);
    expect(publishedFor(stack, order.orderId).map((o) => o.status)).toEqual(
      expect.arrayContaining(['paid', 'partially_refunded', 'refunded']),
    );
  });
});

describe('exactly once under concurrency', () => {
  it('applies 20 concurrent copies of a settlement once, publishing one change', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await pay(orderId, { payment_type: 'bank_transfer', bank: 'bca' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('pending'));
    await drive(orderId, 'settle', { notify: false });
    const body = JSON.stringify(await realBody(stack, orderId));
    const before = publishedFor(stack, orderId).length;
    const responses = await Promise.all(Array.from({ length: 20 }, () => post(undefined, body)));

    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(responses.map((r) => r.body.outcome).sort()).toEqual(['applied', ...Array(19).fill('unchanged')]);
    const paidEvents = publishedFor(stack, orderId).slice(before);
    // One change; duplicates re-announce the same version (pages drop what they have seen).
    expect(new Set(paidEvents.map((o) => o.version)).size).toBe(1);
    expect((await stack.app.stack.orders.history(orderId)).map((h) => h.status)).toEqual(['pending', 'pending', 'paid']);
  });

  it('stays exactly-once across two server instances sharing the database', async () => {
    const second = await startTestStack({ dbName: stack.db.connection.name, simulatorOf: stack });
    try {
      const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
      await pay(orderId, { payment_type: 'bank_transfer', bank: 'bca' }, false);
      await drive(orderId, 'settle', { notify: false });
      const body = JSON.stringify(await realBody(stack, orderId));
      const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => post(undefined, body, i % 2 ? second.url : stack.url)));
      expect(responses.every((r) => r.status === 200)).toBe(true);
      expect(responses.filter((r) => r.body.outcome === 'applied')).toHaveLength(1);
      expect((await stack.app.stack.orders.history(orderId)).map((h) => h.status)).toEqual(['pending', 'paid']);
    } finally {
      await second.stop();
    }
  });

  it('applies what the simulator sends once, even when it resends it 20 times at once', async () => {
    const order = await paidOrder();
    const versions = (await stack.app.stack.orders.history(order.orderId)).length;
    const resend = await stack.driver(`/sim/v1/transactions/${order.orderId}/notifications/resend`, { times: 20, concurrent: true });
    expect(resend.status).toBe(200);
    await eventually(async () =>
      expect((await logOf(stack, order.orderId)).filter((l) => l.transactionStatus === 'settlement').length).toBe(21),
    );
    expect((await stack.app.stack.orders.history(order.orderId)).length).toBe(versions);
  });
});
