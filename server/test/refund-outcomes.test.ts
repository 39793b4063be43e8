// Money out, against the simulator over HTTP with its fault knobs: a refund or cancel
// that Midtrans does not answer (timeout, 5xx) is UNKNOWN, never failed; it is settled
// from Midtrans's own record (follow-up checks, the reconciler); a new refund of the
// order waits for it (REFUND_IN_PROGRESS); a same-key retry of a failed or unknown
// refund is sent again and never answered from the stored record.
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';
import { statusOf } from './support/notifications.js';

const ADMIN = { email: 'kasir@lunas.example', password: 'a long enough password' };
const STATUS_TIMEOUT_MS = 1_000;

const REFUND = `mutation($i: RefundPaymentInput!) {
  refundPayment(input: $i) { refund { refundKey amount status } order { order { status refundedAmount } } }
}`;
const CANCEL = 'mutation($o: ID!) { cancelPayment(orderId: $o) { order { status } } }';
const REFUNDS = 'query($o: ID!) { adminOrder(orderId: $o) { order { status refundedAmount } refunds { refundKey status } } }';

async function operatorOf(stack: TestStack) {
  const post = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
    const res = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await res.json()) as { data?: any; errors?: any[] }, setCookie: res.headers.get('set-cookie') };
  };
  const signIn = await post('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  const cookie = signIn.setCookie!.split(';')[0]!;
  return async (query: string, variables: Record<string, unknown>) => (await post(query, variables, cookie)).body;
}

type Operator = Awaited<ReturnType<typeof operatorOf>>;

const env = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, MIDTRANS_STATUS_TIMEOUT_MS: String(STATUS_TIMEOUT_MS) };

async function paidOrder(stack: TestStack, payment: Record<string, unknown> = { payment_type: 'gopay' }, settle = true) {
  const created = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 2 }]); // 2 × 18,500
  await stack.driver(`/sim/v1/transactions/${created.orderId}/pay`, payment);
  if (settle) await stack.driver(`/sim/v1/transactions/${created.orderId}/settle`);
  await eventually(async () => expect(await statusOf(stack, created.orderId)).toBe('paid'));
  return created.orderId;
}

/** What Midtrans itself has refunded (the simulator's record). */
async function midtransRefunds(stack: TestStack, orderId: string): Promise<{ refund_key: string; refund_amount: string }[]> {
  const res = await fetch(`${stack.simulatorUrl}/v2/${orderId}/status`, {
    headers: { authorization: `Basic ${Buffer.from(`${'SB-Mid-server-lunas-local-simulator'}:`).toString('base64')}` },
  });
  return ((await res.json()) as { refunds?: any[] }).refunds ?? [];
}

const fault = (stack: TestStack, faults: unknown) => stack.driver('/sim/v1/faults', faults, 'PUT');
const calls = (stack: TestStack, orderId: string) => stack.moneyCalls.filter((c) => c.orderId === orderId).map((c) => c.call);

describe('with no follow-up checks (the reconciler settles)', () => {
  let stack: TestStack;
  let operator: Operator;
  beforeAll(async () => {
    stack = await startTestStack({ env, followUpDelaysMs: [] });
    operator = await operatorOf(stack);
  });
  afterEach(() => stack.driver('/sim/v1/faults', undefined, 'DELETE'));
  afterAll(() => stack.stop());

  it('a 5xx makes the refund UNKNOWN, not failed; a new refund waits; a same-key retry is sent again and made once', async () => {
    const orderId = await paidOrder(stack);
    await fault(stack, { route: 'core.refund', status: 500 });
    const input = { orderId, amount: 1_000, reason: 'one bag torn', idempotencyKey: 'unknown-5xx-0001' };
    const first = await operator(REFUND, { i: input });
    expect(first.errors![0].extensions).toMatchObject({ code: 'OUTCOME_UNKNOWN', refundKey: input.idempotencyKey });
    expect(first.errors![0].message).toMatch(/did not answer; do not start another refund; Lunas is checking/);
    expect((await operator(REFUNDS, { o: orderId })).data.adminOrder.refunds).toEqual([
      { refundKey: input.idempotencyKey, status: 'UNKNOWN' },
    ]);

    const another = await operator(REFUND, { i: { ...input, idempotencyKey: 'unknown-5xx-0002', reason: 'one bag torn!' } });
    expect(another.errors![0].extensions).toMatchObject({ code: 'REFUND_IN_PROGRESS', refundKey: input.idempotencyKey });
    expect(await midtransRefunds(stack, orderId)).toEqual([]);

    // The operator edits the reason and sends again: same key, so the same refund.
    const retry = await operator(REFUND, { i: { ...input, reason: 'one bag torn, photo sent' } });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.refundPayment.refund).toMatchObject({ refundKey: input.idempotencyKey, status: 'ACCEPTED' });
    const made = await midtransRefunds(stack, orderId);
    expect(made.map((r) => [r.refund_key, r.refund_amount])).toEqual([[input.idempotencyKey, '1000.00']]);
    await eventually(async () =>
      expect((await operator(REFUNDS, { o: orderId })).data.adminOrder.order).toEqual({
        status: 'PARTIALLY_REFUNDED',
        refundedAmount: 1_000,
      }),
    );
  });

  it('eight refunds of one order with different keys at the same instant make one refund; the rest are REFUND_IN_PROGRESS', async () => {
    const orderId = await paidOrder(stack);
    // Midtrans holds each refund half a second, so none is made before the others have
    // arrived: requests that read the order's refunds before any was recorded are stopped
    // by the unique claim on the order's next refund number (refund-store.test.ts proves
    // the claim alone), later ones by the open refund they find.
    await fault(stack, { route: 'core.refund', timeoutMs: 500, count: 8 });
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        operator(REFUND, { i: { orderId, amount: 1_000 + i, reason: 'two operators at once', idempotencyKey: `concurrent-${i}-abcd` } }),
      ),
    );
    const made = answers.filter((a) => !a.errors);
    expect(made).toHaveLength(1);
    for (const refused of answers.filter((a) => a.errors)) expect(refused.errors![0].extensions.code).toBe('REFUND_IN_PROGRESS');
    expect((await midtransRefunds(stack, orderId)).map((r) => r.refund_key)).toEqual([made[0]!.data.refundPayment.refund.refundKey]);
    // Once it is made, the next refund of the order takes the next number.
    const next = await operator(REFUND, {
      i: { orderId, amount: 500, reason: 'and a second one', idempotencyKey: 'concurrent-next-abcd' },
    });
    expect(next.errors).toBeUndefined();
    expect(await midtransRefunds(stack, orderId)).toHaveLength(2);
  });

  it('a stored FAILED refund retried with its key is sent to Midtrans again, never answered as a success', async () => {
    const orderId = await paidOrder(stack);
    await fault(stack, { route: 'core.refund', status: 412 });
    const input = { orderId, amount: 2_000, reason: 'late delivery', idempotencyKey: 'failed-0001-abcd' };
    const refused = await operator(REFUND, { i: input });
    expect(refused.errors![0].extensions.code).toBe('REFUND_NOT_ALLOWED');
    expect((await operator(REFUNDS, { o: orderId })).data.adminOrder.refunds[0].status).toBe('FAILED');

    // Still refused: the retry reaches Midtrans and says so, instead of "sent".
    await fault(stack, { route: 'core.refund', status: 412 });
    const again = await operator(REFUND, { i: input });
    expect(again.errors![0].extensions.code).toBe('REFUND_NOT_ALLOWED');
    expect(calls(stack, orderId)).toEqual(['refund', 'refund']);

    const accepted = await operator(REFUND, { i: input });
    expect(accepted.data.refundPayment.refund.status).toBe('ACCEPTED');
    expect((await midtransRefunds(stack, orderId)).map((r) => r.refund_key)).toEqual([input.idempotencyKey]);
  });

  it('a timeout after which Midtrans made the refund is UNKNOWN, then settled by the reconciler from refunds[] by refund_key', async () => {
    const orderId = await paidOrder(stack);
    await fault(stack, { route: 'core.refund', timeoutMs: STATUS_TIMEOUT_MS + 500 });
    const input = { orderId, amount: 37_000, reason: 'shop closed for the day', idempotencyKey: 'timeout-0001-abcd' };
    const first = await operator(REFUND, { i: input });
    expect(first.errors![0].extensions.code).toBe('OUTCOME_UNKNOWN');
    // Midtrans makes it once the held request goes through.
    await eventually(async () => expect(await midtransRefunds(stack, orderId)).toHaveLength(1));

    await stack.app.stack.reconciler.runOnce();
    expect((await operator(REFUNDS, { o: orderId })).data.adminOrder).toEqual({
      order: { status: 'REFUNDED', refundedAmount: 37_000 },
      refunds: [{ refundKey: input.idempotencyKey, status: 'ACCEPTED' }],
    });
    // Settled from the record: the refund was not sent a second time.
    expect(calls(stack, orderId)).toEqual(['refund', 'findRefund']);
    expect(await midtransRefunds(stack, orderId)).toHaveLength(1);
  });

  it('the reconciler sends an unknown refund that Midtrans has no record of again, with its key', async () => {
    const orderId = await paidOrder(stack);
    await fault(stack, { route: 'core.refund', status: 503 });
    const input = { orderId, amount: 5_000, reason: 'goodwill', idempotencyKey: 'reconcile-0001-ab' };
    expect((await operator(REFUND, { i: input })).errors![0].extensions.code).toBe('OUTCOME_UNKNOWN');
    await stack.app.stack.reconciler.runOnce();
    expect((await operator(REFUNDS, { o: orderId })).data.adminOrder.refunds[0].status).toBe('ACCEPTED');
    expect(calls(stack, orderId)).toEqual(['refund', 'findRefund', 'refund']);
    expect((await midtransRefunds(stack, orderId)).map((r) => r.refund_amount)).toEqual(['5000.00']);
    await eventually(async () => expect((await stack.orderOf(orderId)).refundedAmount).toBe(5_000));
  });

  it('a cancel without an answer is UNKNOWN, and sending it again cancels', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    await fault(stack, { route: 'core.cancel', status: 503 });
    const first = await operator(CANCEL, { o: orderId });
    expect(first.errors![0].extensions).toMatchObject({ code: 'OUTCOME_UNKNOWN', operation: 'cancel' });
    expect(await statusOf(stack, orderId)).toBe('pending');
    const again = await operator(CANCEL, { o: orderId });
    expect(again.data.cancelPayment.order.status).toBe('CANCELLED');
  });
});

describe('with follow-up checks', () => {
  let stack: TestStack;
  let operator: Operator;
  beforeAll(async () => {
    stack = await startTestStack({ env, followUpDelaysMs: [STATUS_TIMEOUT_MS, 2 * STATUS_TIMEOUT_MS, 4 * STATUS_TIMEOUT_MS] });
    operator = await operatorOf(stack);
  });
  afterEach(() => stack.driver('/sim/v1/faults', undefined, 'DELETE'));
  afterAll(() => stack.stop());

  it('settles a refund Midtrans made after the timeout within seconds, with no new refund', async () => {
    const orderId = await paidOrder(stack);
    await fault(stack, { route: 'core.refund', timeoutMs: STATUS_TIMEOUT_MS + 300 });
    const input = { orderId, amount: 1_000, reason: 'price changed', idempotencyKey: 'followup-0001-ab' };
    expect((await operator(REFUND, { i: input })).errors![0].extensions.code).toBe('OUTCOME_UNKNOWN');
    await eventually(
      async () => expect((await operator(REFUNDS, { o: orderId })).data.adminOrder.refunds[0].status).toBe('ACCEPTED'),
      10_000,
    );
    expect(calls(stack, orderId)).toEqual(['refund', 'findRefund']);
    expect((await midtransRefunds(stack, orderId)).map((r) => r.refund_amount)).toEqual(['1000.00']);
    await eventually(async () => expect((await stack.orderOf(orderId)).refundedAmount).toBe(1_000));
  });

  it('settles a cancel Midtrans made after the timeout', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bni', notify: false });
    await fault(stack, { route: 'core.cancel', timeoutMs: STATUS_TIMEOUT_MS + 300 });
    expect((await operator(CANCEL, { o: orderId })).errors![0].extensions.code).toBe('OUTCOME_UNKNOWN');
    await eventually(async () => expect((await stack.orderOf(orderId)).status).toBe('cancelled'), 10_000);
  });
});

describe('cancel', () => {
  let stack: TestStack;
  let operator: Operator;
  const available = (productId: string) => stack.app.stack.stock.available(productId, { fresh: true });
  beforeAll(async () => {
    stack = await startTestStack({ env, followUpDelaysMs: [] });
    operator = await operatorOf(stack);
  });
  afterAll(() => stack.stop());

  it('cancels an unpaid order with no payment method chosen, and its stock returns at once', async () => {
    const before = await available('sambal-roa-200g');
    const { orderId } = await createOrder(stack, [{ productId: 'sambal-roa-200g', quantity: 3 }]);
    expect(await available('sambal-roa-200g')).toBe(before - 3);
    const cancelled = await operator(CANCEL, { o: orderId });
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data.cancelPayment.order.status).toBe('CANCELLED');
    expect(await available('sambal-roa-200g')).toBe(before);
    expect((await operator(CANCEL, { o: orderId })).errors![0].extensions.code).toBe('CANCEL_NOT_ALLOWED');
  });

  it('voids a captured card payment through Midtrans cancel, giving the stock back; a refund of it is refused', async () => {
    const before = await available('keripik-tempe-150g');
    const orderId = await paidOrder(stack, { payment_type: 'credit_card' }, false);
    const refund = await operator(REFUND, {
      i: { orderId, amount: 37_000, reason: 'customer changed mind', idempotencyKey: 'capture-0001-ab' },
    });
    expect(refund.errors![0].extensions.code).toBe('REFUND_NOT_ALLOWED');
    const voided = await operator(CANCEL, { o: orderId });
    expect(voided.errors).toBeUndefined();
    expect(voided.data.cancelPayment.order.status).toBe('CANCELLED');
    const sim = await stack.driver(`/sim/v1/transactions/${orderId}`, undefined, 'GET');
    expect(sim.body.transaction.transaction_status).toBe('cancel');
    expect(await available('keripik-tempe-150g')).toBe(before);
  });

  it('refunds a settled card payment as it does GoPay, and will not void it', async () => {
    const orderId = await paidOrder(stack, { payment_type: 'credit_card' }, true);
    expect((await operator(CANCEL, { o: orderId })).errors![0].extensions.code).toBe('CANCEL_NOT_ALLOWED');
    const refund = await operator(REFUND, {
      i: { orderId, amount: 37_000, reason: 'customer changed mind', idempotencyKey: 'settled-card-01' },
    });
    expect(refund.errors).toBeUndefined();
    expect(refund.data.refundPayment.refund.status).toBe('ACCEPTED');
    await eventually(async () => expect((await stack.orderOf(orderId)).status).toBe('refunded'));
  });
});
