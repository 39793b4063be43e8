// Xendit orders end to end: the app on port 0, the real embedded database, the Xendit
// side of the gateway simulator over HTTP calling back to /api/payments/xendit/notification,
// and a real graphql-ws client for the shop's live status.
import { XENDIT_SIMULATOR_CREDENTIALS } from '../src/gateway/xendit/mode.js';
import { customer, startTestStack, type TestStack } from './support/test-stack.js';
import { xenditDriver } from './support/xendit-driver.js';

const CREATE = /* GraphQL */ `
  mutation ($input: CreatePaymentInput!) {
    createPayment(input: $input) {
      gateway
      snapToken
      redirectUrl
      accessToken
      order {
        orderId
        status
        gateway
        grossAmount
      }
    }
  }
`;
const ENDPOINT = '/api/payments/xendit/notification';
const OPERATOR = { email: 'meja@toko.example', password: 'kata-sandi-meja-yang-panjang' };

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({
    env: { PAYMENT_GATEWAYS: 'xendit,midtrans', RECONCILE_AFTER_S: '0', ADMIN_EMAIL: OPERATOR.email, ADMIN_PASSWORD: OPERATOR.password },
  });
});
afterAll(() => stack?.stop());

const xendit = xenditDriver(() => stack);
const available = (productId: string) => stack.app.stack.stock.available(productId, { fresh: true });
const post = (body: string, token: string | null = XENDIT_SIMULATOR_CREDENTIALS.callbackToken) =>
  fetch(`${stack.url}${ENDPOINT}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token === null ? {} : { 'x-callback-token': token }) },
    body,
  });

async function createXenditOrder(items = [{ productId: 'kopi-gayo-250g', quantity: 1 }], gateway?: string) {
  const result = await stack.gql(CREATE, { input: { items, customer, ...(gateway ? { gateway } : {}) } });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const payment = result.data.createPayment;
  const stored = await stack.orderOf(payment.order.orderId);
  return { payment, orderId: payment.order.orderId as string, invoiceId: stored.gatewayReference };
}

/** Waits for the order to reach a status (no deadline of its own: Jest's test timeout is the limit). */
async function statusOf(orderId: string, wanted: string) {
  for (;;) {
    const order = await stack.orderOf(orderId);
    if (order.status === wanted) return order;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Xendit orders', () => {
  it('lists the enabled gateways, the default first', async () => {
    const result = await stack.gql('{ paymentConfig { gateways } }');
    expect(result.data.paymentConfig.gateways).toEqual(['XENDIT', 'MIDTRANS']);
  });

  it('creates an invoice (the default gateway): invoice URL, no Snap token, the invoice id kept as the reference', async () => {
    const { payment, orderId, invoiceId } = await createXenditOrder([{ productId: 'kopi-gayo-250g', quantity: 2 }]);
    expect(payment).toMatchObject({ gateway: 'XENDIT', snapToken: null, order: { status: 'PENDING', gateway: 'XENDIT' } });
    expect(invoiceId).not.toBe(orderId);
    const invoice = await xendit('GET', `/invoices/${invoiceId}`);
    const wire = invoice.invoice ?? invoice;
    expect(wire).toMatchObject({ external_id: orderId, amount: payment.order.grossAmount, currency: 'IDR', status: 'PENDING' });
    expect(payment.redirectUrl).toBe(wire.invoice_url);
    // Back to the shop's result pages with the order id, never the access token.
    expect(wire.success_redirect_url).toMatch(/\/payment\/finish\?order_id=/);
    expect(JSON.stringify(wire)).not.toContain(payment.accessToken);
  });

  it('takes Midtrans too when asked', async () => {
    const result = await stack.gql(CREATE, {
      input: { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer, gateway: 'MIDTRANS' },
    });
    expect(result.data.createPayment).toMatchObject({ gateway: 'MIDTRANS', order: { gateway: 'MIDTRANS' } });
    expect(result.data.createPayment.snapToken).toEqual(expect.any(String));
  });

  it('pay → PAID live on a subscription; SETTLED after it changes nothing', async () => {
    const { payment, orderId, invoiceId } = await createXenditOrder();
    const seen: string[] = [];
    const client = stack.wsClient();
    let paid!: () => void;
    const gotPaid = new Promise<void>((resolve) => (paid = resolve));
    const unsubscribe = client.subscribe<any>(
      {
        query: 'subscription($o: ID!, $t: String!) { orderStatusChanged(orderId: $o, accessToken: $t) { status version } }',
        variables: { o: orderId, t: payment.accessToken },
      },
      {
        next: ({ data }) => {
          seen.push(data.orderStatusChanged.status);
          if (data.orderStatusChanged.status === 'PAID') paid();
        },
        error: (error) => seen.push(`error ${JSON.stringify(error)}`),
        complete: () => undefined,
      },
    );
    // The subscription answers the current state first: pay once it is listening.
    for (;;) {
      if (seen.includes('PENDING')) break;
      if (seen.length) throw new Error(seen.join());
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await xendit('POST', `/invoices/${invoiceId}/pay`, { payment_method: 'EWALLET', payment_channel: 'OVO' });
    await gotPaid;
    const afterPaid = await statusOf(orderId, 'paid');
    await xendit('POST', `/invoices/${invoiceId}/settle`);
    // Xendit calls back no settlement; GET shows SETTLED. Asking it, and a SETTLED claim, leave paid as it is.
    expect((await xendit('GET', `/invoices/${invoiceId}`)).invoice.status).toBe('SETTLED');
    expect((await stack.app.stack.desk.reconcile(orderId)).status).toBe('paid');
    const { callback_body: body } = await xendit('GET', `/invoices/${invoiceId}`);
    expect((await post(JSON.stringify({ ...body, status: 'SETTLED' }))).status).toBe(200);
    expect((await stack.orderOf(orderId)).version).toBe(afterPaid.version);
    unsubscribe();
    expect(seen.filter((s) => s === 'PAID')).toHaveLength(1);
  });

  it('answers a forged or missing token 401, changes nothing, and stores the delivery bounded', async () => {
    const { orderId, invoiceId } = await createXenditOrder();
    const forged = JSON.stringify({
      id: invoiceId,
      external_id: orderId,
      status: 'PAID',
      amount: 1,
      currency: 'IDR',
      pad: 'x'.repeat(20_000),
    });
    for (const token of ['wrong-token', null]) {
      const response = await post(forged, token);
      expect([token, response.status]).toEqual([token, 401]);
      expect(await response.json()).toMatchObject({ code: 'INVALID_SIGNATURE' });
    }
    expect((await stack.orderOf(orderId)).status).toBe('pending');
    const rejected = await stack.app.stack.notificationLog.rejectedKept(orderId);
    expect(rejected.length).toBeGreaterThanOrEqual(2);
    for (const entry of rejected) expect(entry.body.length).toBeLessThan(forged.length);
  });

  it('answers a malformed body 400 with a JSON reason, never 500', async () => {
    for (const body of ['not json', '[]', '{}', JSON.stringify({ id: 5, status: 'PAID' })]) {
      const response = await post(body);
      expect([body, response.status]).toEqual([body, 400]);
      expect(await response.json()).toMatchObject({ code: 'MALFORMED_NOTIFICATION', reason: expect.any(String) });
    }
  });

  it('applies duplicated callbacks once', async () => {
    const { orderId, invoiceId } = await createXenditOrder();
    await xendit('POST', `/invoices/${invoiceId}/pay`, { payment_method: 'BANK_TRANSFER', payment_channel: 'BCA', notify: false });
    const { callback_body: body } = await xendit('GET', `/invoices/${invoiceId}`);
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(JSON.stringify(body))));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(200));
    const history = await stack.app.stack.orders.history(orderId);
    expect(history.filter((entry) => entry.status === 'paid')).toHaveLength(1);
  });

  it('does not apply a claim its invoice does not confirm', async () => {
    const { orderId, invoiceId } = await createXenditOrder();
    const { callback_body: body } = await xendit('GET', `/invoices/${invoiceId}`);
    // A valid token with a body that says PAID; Xendit's own invoice says PENDING.
    const response = await post(JSON.stringify({ ...body, status: 'PAID', paid_amount: body.amount, paid_at: new Date().toISOString() }));
    expect(response.status).toBe(200);
    expect((await stack.orderOf(orderId)).status).toBe('pending');
  });

  it('an invoice that expired at Xendit with its callback lost ends EXPIRED through the reconciler, stock back', async () => {
    const before = await available('teh-tubruk-100g');
    const { orderId, invoiceId } = await createXenditOrder([{ productId: 'teh-tubruk-100g', quantity: 3 }]);
    expect(await available('teh-tubruk-100g')).toBe(before - 3);
    // Every attempt of its callback is lost on the way.
    await xendit('PUT', `/invoices/${invoiceId}/chaos`, { dropFirst: 1000 });
    await xendit('POST', `/invoices/${invoiceId}/expire`);
    expect((await stack.orderOf(orderId)).status).toBe('pending');
    await stack.app.stack.reconciler.runOnce();
    expect((await statusOf(orderId, 'expired')).status).toBe('expired');
    for (;;) {
      if ((await available('teh-tubruk-100g')) === before) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('the desk lists one gateway’s orders when asked (orders stored before gateways were named count as Midtrans)', async () => {
    const signIn = await fetch(`${stack.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: OPERATOR.email, p: OPERATOR.password },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const { orderId: onXendit } = await createXenditOrder();
    const onMidtrans = (
      await stack.gql(CREATE, { input: { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer, gateway: 'MIDTRANS' } })
    ).data.createPayment.order.orderId as string;
    // An order as stored before orders named their gateway.
    const legacy = (await createXenditOrder(undefined, 'MIDTRANS')).orderId;
    await stack.db.collections.orders.updateOne({ _id: legacy } as never, { $unset: { gateway: '', gateway_reference: '' } });
    const listed = async (gateway: string) => {
      const response = await fetch(`${stack.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({
          query: 'query($f: AdminOrderFilter) { adminOrders(filter: $f, first: 100) { edges { node { order { orderId gateway } } } } }',
          variables: { f: { gateway } },
        }),
      });
      const body = (await response.json()) as any;
      expect(body.errors).toBeUndefined();
      return body.data.adminOrders.edges.map((edge: any) => edge.node.order);
    };
    const xenditOrders = await listed('XENDIT');
    expect(xenditOrders.map((o: any) => o.orderId)).toContain(onXendit);
    expect(xenditOrders.every((o: any) => o.gateway === 'XENDIT')).toBe(true);
    const midtransIds = (await listed('MIDTRANS')).map((o: any) => o.orderId);
    expect(midtransIds).toEqual(expect.arrayContaining([onMidtrans, legacy]));
    expect(midtransIds).not.toContain(onXendit);
  });

  it('ask the gateway now asks Xendit', async () => {
    const { orderId, invoiceId } = await createXenditOrder();
    await xendit('POST', `/invoices/${invoiceId}/pay`, { payment_method: 'EWALLET', payment_channel: 'OVO', notify: false });
    const order = await stack.app.stack.desk.reconcile(orderId);
    expect(order.status).toBe('paid');
  });
});

describe('a gateway that is not enabled', () => {
  let midtransOnly: TestStack;
  beforeAll(async () => {
    midtransOnly = await startTestStack();
  });
  afterAll(() => midtransOnly?.stop());

  it('is BAD_USER_INPUT and takes no stock', async () => {
    const before = await midtransOnly.app.stack.stock.available('kopi-gayo-250g', { fresh: true });
    const result = await midtransOnly.gql(CREATE, {
      input: { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer, gateway: 'XENDIT' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'gateway' }] });
    expect(await midtransOnly.app.stack.stock.available('kopi-gayo-250g', { fresh: true })).toBe(before);
  });
});
