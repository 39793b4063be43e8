// Xendit refunds through the desk, against the simulator's Xendit over HTTP. A Xendit
// refund is created PENDING (made, not final: REFUND_IN_PROGRESS for another key) and
// ends SUCCEEDED or FAILED later; Lunas keeps Xendit's refund id and settles it from
// GET /refunds/{id}. A succeeded refund moves the order (the invoice stays PAID, so the
// refunded amount is the sum of the refunds made), exactly once. Follow-up checks are off
// here, so each settlement is the reconciler's pass, run by the test.
import { XENDIT_SIMULATOR_CREDENTIALS } from '../src/gateway/xendit/mode.js';
import { customer, startTestStack, type TestStack } from './support/test-stack.js';
import { xenditDriver } from './support/xendit-driver.js';

const ADMIN = { email: 'kasir@lunas.example', password: 'a long enough password' };
const REFUND = `mutation($i: RefundPaymentInput!) {
  refundPayment(input: $i) { refund { refundKey amount status } order { order { status refundedAmount } } }
}`;
const DETAIL = 'query($o: ID!) { adminOrder(orderId: $o) { order { status refundedAmount } refunds { refundKey status failureReason } } }';
const CREATE = `mutation ($input: CreatePaymentInput!) { createPayment(input: $input) { order { orderId grossAmount } } }`;

let stack: TestStack;
let operator: (query: string, variables: Record<string, unknown>) => Promise<{ data?: any; errors?: any[] }>;

beforeAll(async () => {
  stack = await startTestStack({
    env: { PAYMENT_GATEWAYS: 'xendit,midtrans', RECONCILE_AFTER_S: '0', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password },
    followUpDelaysMs: [],
  });
  const post = async (query: string, variables: Record<string, unknown>, cookie?: string) => {
    const res = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await res.json()) as { data?: any; errors?: any[] }, setCookie: res.headers.get('set-cookie') };
  };
  const signIn = await post('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', ADMIN_VARS);
  const cookie = signIn.setCookie!.split(';')[0]!;
  operator = async (query, variables) => (await post(query, variables, cookie)).body;
});
afterEach(() => xendit('DELETE', '/faults'));
afterAll(() => stack?.stop());
const ADMIN_VARS = { e: ADMIN.email, p: ADMIN.password };

const xendit = xenditDriver(() => stack);
const available = (productId: string) => stack.app.stack.stock.available(productId, { fresh: true });
const detail = async (orderId: string) => (await operator(DETAIL, { o: orderId })).data.adminOrder;
const invoiceOf = async (orderId: string) => {
  const invoice = await xendit('GET', `/invoices/${(await stack.orderOf(orderId)).gatewayReference}`);
  return invoice as { refunds?: { id: string; status: string; amount: number }[] };
};

const callback = (envelope: unknown) =>
  fetch(`${stack.url}/api/payments/xendit/notification`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-callback-token': XENDIT_SIMULATOR_CREDENTIALS.callbackToken },
    body: JSON.stringify(envelope),
  });
const refundEnvelope = (data: Record<string, unknown>) => ({
  event: data.status === 'FAILED' ? 'refund.failed' : 'refund.succeeded',
  business_id: 'lunas-test',
  created: new Date().toISOString(),
  data,
});

/** Waits until the check holds (no deadline of its own: Jest's timeout is the limit). */
async function until(check: () => Promise<boolean>) {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** A paid Xendit order of 2 × kopi-gayo-250g. */
async function paidOrder() {
  const result = await stack.gql(CREATE, { input: { items: [{ productId: 'kopi-gayo-250g', quantity: 2 }], customer, gateway: 'XENDIT' } });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const { orderId, grossAmount } = result.data.createPayment.order as { orderId: string; grossAmount: number };
  const invoiceId = (await stack.orderOf(orderId)).gatewayReference;
  await xendit('POST', `/invoices/${invoiceId}/pay`, { payment_method: 'EWALLET', payment_channel: 'OVO', notify: false });
  await stack.app.stack.reconciler.runOnce();
  expect((await stack.orderOf(orderId)).status).toBe('paid');
  return { orderId, grossAmount, invoiceId };
}

/** Passes of the reconciler until the check holds (no deadline of its own: Jest's timeout is the limit). */
async function reconcileUntil(check: () => Promise<boolean>) {
  for (;;) {
    await stack.app.stack.reconciler.runOnce();
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Xendit refunds from the desk', () => {
  it('PENDING is made, not final; once per key; SUCCEEDED moves the order; a full refund gives the stock back', async () => {
    const { orderId, grossAmount } = await paidOrder();
    // Kept PENDING at Xendit until the test ends it.
    await xendit('PUT', '/refunds/outcome', { status: 'SUCCEEDED', delay_seconds: 3_600 });
    const half = { orderId, amount: 1_000, reason: 'one bag torn', idempotencyKey: 'xnd-half-0001' };
    const first = await operator(REFUND, { i: half });
    expect(first.errors).toBeUndefined();
    expect(first.data.refundPayment).toEqual({
      refund: { refundKey: half.idempotencyKey, amount: 1_000, status: 'PENDING' },
      order: { order: { status: 'PAID', refundedAmount: 0 } },
    });
    // Another refund waits for this one; the same key is answered from the record, not sent again.
    const another = await operator(REFUND, { i: { ...half, idempotencyKey: 'xnd-half-0002' } });
    expect(another.errors![0].extensions).toMatchObject({ code: 'REFUND_IN_PROGRESS', refundKey: half.idempotencyKey });
    expect((await operator(REFUND, { i: half })).data.refundPayment.refund.status).toBe('PENDING');
    const [pending] = (await invoiceOf(orderId)).refunds!;
    expect(pending).toMatchObject({ status: 'PENDING', amount: 1_000 });
    await stack.app.stack.reconciler.runOnce();
    expect((await detail(orderId)).refunds[0].status).toBe('PENDING');
    await xendit('PUT', '/refunds/outcome', { status: 'SUCCEEDED' });
    await xendit('POST', `/refunds/${pending!.id}/complete`, { status: 'SUCCEEDED' });

    await reconcileUntil(async () => (await detail(orderId)).refunds[0].status === 'ACCEPTED');
    expect((await detail(orderId)).order).toEqual({ status: 'PARTIALLY_REFUNDED', refundedAmount: 1_000 });
    // Settled once: more passes change nothing.
    await stack.app.stack.reconciler.runOnce();
    expect((await detail(orderId)).order).toEqual({ status: 'PARTIALLY_REFUNDED', refundedAmount: 1_000 });

    const stockBefore = await available('kopi-gayo-250g');
    const rest = { orderId, amount: grossAmount - 1_000, reason: 'the rest, shop closed', idempotencyKey: 'xnd-rest-0001' };
    expect((await operator(REFUND, { i: rest })).data.refundPayment.refund.status).toBe('PENDING');
    await reconcileUntil(async () => (await detail(orderId)).order.status === 'REFUNDED');
    expect((await detail(orderId)).order).toEqual({ status: 'REFUNDED', refundedAmount: grossAmount });
    expect(await available('kopi-gayo-250g')).toBe(stockBefore + 2);
    expect((await invoiceOf(orderId)).refunds).toHaveLength(2);
  });

  it('a refund Xendit fails ends FAILED (settled from GET /refunds/{id}), the order unchanged', async () => {
    const { orderId } = await paidOrder();
    await xendit('PUT', '/refunds/outcome', { status: 'FAILED', failure_code: 'REFUND_NOT_SUPPORTED' });
    try {
      const input = { orderId, amount: 2_000, reason: 'late delivery', idempotencyKey: 'xnd-fail-0001' };
      expect((await operator(REFUND, { i: input })).data.refundPayment.refund.status).toBe('PENDING');
      await reconcileUntil(async () => (await detail(orderId)).refunds[0].status === 'FAILED');
      const after = await detail(orderId);
      expect(after.order).toEqual({ status: 'PAID', refundedAmount: 0 });
      expect(after.refunds[0].failureReason).toMatch(/REFUND_NOT_SUPPORTED/);
    } finally {
      await xendit('PUT', '/refunds/outcome', { status: 'SUCCEEDED' });
    }
  });

  it('a 5xx from POST /refunds is UNKNOWN, never failed; a new key waits; the reconciler sends the same key and settles it SUCCEEDED', async () => {
    const { orderId } = await paidOrder();
    await xendit('PUT', '/faults', { route: 'xendit.refund.create', status: 500, count: 1 });
    const input = { orderId, amount: 3_000, reason: 'wrong colour', idempotencyKey: 'xnd-unknown-0001' };
    const first = await operator(REFUND, { i: input });
    expect(first.errors![0].extensions).toMatchObject({ code: 'OUTCOME_UNKNOWN', refundKey: input.idempotencyKey });
    expect((await detail(orderId)).refunds).toEqual([
      { refundKey: input.idempotencyKey, status: 'UNKNOWN', failureReason: expect.any(String) },
    ]);
    const another = await operator(REFUND, { i: { ...input, idempotencyKey: 'xnd-unknown-0002' } });
    expect(another.errors![0].extensions).toMatchObject({ code: 'REFUND_IN_PROGRESS' });

    await reconcileUntil(async () => (await detail(orderId)).order.status === 'PARTIALLY_REFUNDED');
    expect((await detail(orderId)).order.refundedAmount).toBe(3_000);
    expect((await invoiceOf(orderId)).refunds).toHaveLength(1);
  });

  it("Xendit's refund.succeeded callback settles the refund (no reconciler pass); duplicates apply once", async () => {
    const { orderId } = await paidOrder();
    const input = { orderId, amount: 4_000, reason: 'two bags late', idempotencyKey: 'xnd-callback-0001' };
    expect((await operator(REFUND, { i: input })).data.refundPayment.refund.status).toBe('PENDING');
    // The simulator ends the refund at once and calls back; only the callback can settle it here.
    await until(async () => (await detail(orderId)).order.status === 'PARTIALLY_REFUNDED');
    expect((await detail(orderId)).order.refundedAmount).toBe(4_000);
    const [made] = (await invoiceOf(orderId)).refunds!;
    const envelope = refundEnvelope({ ...made!, status: 'SUCCEEDED' });
    const answers = await Promise.all(Array.from({ length: 6 }, () => callback(envelope)));
    expect(answers.map((res) => res.status)).toEqual(Array(6).fill(200));
    expect((await detail(orderId)).order).toEqual({ status: 'PARTIALLY_REFUNDED', refundedAmount: 4_000 });
    expect((await detail(orderId)).refunds).toEqual([{ refundKey: input.idempotencyKey, status: 'ACCEPTED', failureReason: null }]);
  });

  it('a forged refund.succeeded naming a refund Xendit still has PENDING changes nothing', async () => {
    const { orderId } = await paidOrder();
    await xendit('PUT', '/refunds/outcome', { status: 'SUCCEEDED', delay_seconds: 3_600 });
    try {
      const input = { orderId, amount: 5_000, reason: 'not yet at Xendit', idempotencyKey: 'xnd-forged-0001' };
      expect((await operator(REFUND, { i: input })).data.refundPayment.refund.status).toBe('PENDING');
      const [pending] = (await invoiceOf(orderId)).refunds!;
      expect(pending!.status).toBe('PENDING');
      const res = await callback(refundEnvelope({ ...pending!, status: 'SUCCEEDED' }));
      expect(res.status).toBe(200);
      expect((await detail(orderId)).order).toEqual({ status: 'PAID', refundedAmount: 0 });
      expect((await detail(orderId)).refunds[0].status).toBe('PENDING');
    } finally {
      await xendit('PUT', '/refunds/outcome', { status: 'SUCCEEDED' });
    }
  });

  it('a forged refund callback with the right token changes nothing', async () => {
    const { orderId, invoiceId } = await paidOrder();
    const forged = {
      event: 'refund.succeeded',
      business_id: 'biz',
      created: new Date().toISOString(),
      data: { id: 'rfd-00000000-0000-4000-8000-000000000000', invoice_id: invoiceId, amount: 5_000, status: 'SUCCEEDED', currency: 'IDR' },
    };
    const res = await fetch(`${stack.url}/api/payments/xendit/notification`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-callback-token': XENDIT_SIMULATOR_CREDENTIALS.callbackToken },
      body: JSON.stringify(forged),
    });
    expect(res.status).toBeLessThan(300);
    await stack.app.stack.reconciler.runOnce();
    expect((await detail(orderId)).order).toEqual({ status: 'PAID', refundedAmount: 0 });
    expect((await detail(orderId)).refunds).toEqual([]);
  });
});
