// The operator desk over real HTTP and graphql-ws: sign-in with a session cookie, every
// admin field refused without one, refunds through the simulator's refund API (one per
// idempotency key), cancel, reconcile and the live list.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';
import { statusOf } from './support/notifications.js';

const ADMIN = { email: 'owner@lunas.example', password: 'correct horse battery staple' };
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_SIGN_IN_ACCOUNT: '5/15m',
      RATE_LIMIT_SIGN_IN_IP: '1000/15m',
    },
  });
});
afterAll(() => stack.stop());

async function gql(query: string, variables: Record<string, unknown> = {}, cookie?: string) {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as { data?: any; errors?: any[] }, setCookie: res.headers.get('set-cookie') };
}

const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id email } }';
async function signIn(): Promise<string> {
  const { body, setCookie } = await gql(SIGN_IN, { e: ADMIN.email, p: ADMIN.password });
  expect(body.errors).toBeUndefined();
  return setCookie!.split(';')[0]!;
}

async function paidOrder(items = [{ productId: 'keripik-tempe-150g', quantity: 2 }]) {
  const created = await createOrder(stack, items);
  await stack.driver(`/sim/v1/transactions/${created.orderId}/pay`, { payment_type: 'gopay' });
  await stack.driver(`/sim/v1/transactions/${created.orderId}/settle`);
  await eventually(async () => expect(await statusOf(stack, created.orderId)).toBe('paid'));
  return created;
}

const ADMIN_OPERATIONS: [string, string, Record<string, unknown>][] = [
  ['adminOrders', '{ adminOrders { edges { node { order { orderId } } } } }', {}],
  ['adminOrder', 'query($o: ID!) { adminOrder(orderId: $o) { order { orderId } } }', { o: 'LNS-x' }],
  ['adminAnomalies', '{ adminAnomalies { edges { node { id } } } }', {}],
  [
    'refundPayment',
    'mutation($o: ID!) { refundPayment(input: { orderId: $o, amount: 1, reason: "test", idempotencyKey: "key-12345678" }) { refund { refundKey } } }',
    { o: 'LNS-x' },
  ],
  ['cancelPayment', 'mutation($o: ID!) { cancelPayment(orderId: $o) { order { orderId } } }', { o: 'LNS-x' }],
  ['reconcileOrder', 'mutation($o: ID!) { reconcileOrder(orderId: $o) { order { orderId } } }', { o: 'LNS-x' }],
];

describe('operators', () => {
  it('signs in with an httpOnly SameSite=Strict cookie, answers me, and signs out', async () => {
    const { body, setCookie } = await gql(SIGN_IN, { e: ADMIN.email.toUpperCase(), p: ADMIN.password });
    expect(body.data.signIn.email).toBe(ADMIN.email);
    expect(setCookie).toMatch(/^lunas_operator=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    const cookie = setCookie!.split(';')[0]!;
    expect((await gql('{ me { email } }', {}, cookie)).body.data.me).toEqual({ email: ADMIN.email });
    expect((await gql('mutation { signOut }', {}, cookie)).body.data.signOut).toBe(true);
    expect((await gql('{ me { email } }', {}, cookie)).body.data.me).toBeNull();
  });

  it('stores only a scrypt hash of the password and never the session token', async () => {
    const cookie = await signIn();
    const operator = await stack.db.collections.operators.findOne({ _id: ADMIN.email as any });
    expect(operator!.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(JSON.stringify(operator)).not.toContain(ADMIN.password);
    const sessions = await stack.db.collections.sessions.find().toArray();
    expect(JSON.stringify(sessions)).not.toContain(cookie.split('=')[1]);
  });

  it('gives one answer for a wrong password and an unknown email, and limits wrong passwords per account', async () => {
    const wrong = await gql(SIGN_IN, { e: 'nobody@lunas.example', p: 'x'.repeat(12) });
    const also = await gql(SIGN_IN, { e: 'limited@lunas.example', p: 'y'.repeat(12) });
    expect(wrong.body.errors![0]).toMatchObject({ message: 'Wrong email or password.', extensions: { code: 'UNAUTHENTICATED' } });
    expect(also.body.errors![0].message).toBe(wrong.body.errors![0].message);
    for (let i = 0; i < 4; i++) await gql(SIGN_IN, { e: 'limited@lunas.example', p: 'y'.repeat(12) });
    const limited = await gql(SIGN_IN, { e: 'limited@lunas.example', p: 'y'.repeat(12) });
    expect(limited.body.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
  });

  it.each(ADMIN_OPERATIONS)(
    'refuses %s without an operator session (UNAUTHENTICATED), even with a shopper token',
    async (_name, query, variables) => {
      const { accessToken } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
      for (const cookie of [undefined, `lunas_operator=${accessToken}`, 'lunas_operator=garbage']) {
        const { body } = await gql(query, variables, cookie);
        expect(body.errors![0].extensions.code).toBe('UNAUTHENTICATED');
      }
    },
  );
});

describe('the desk', () => {
  it('lists orders newest first with filters and cursors, and shows one with its history and notification log', async () => {
    const cookie = await signIn();
    const paid = await paidOrder();
    const pending = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const list = await gql(
      'query($f: AdminOrderFilter, $n: Int) { adminOrders(filter: $f, first: $n) { edges { cursor node { order { orderId status } customer { email } } } pageInfo { hasNextPage endCursor } } }',
      { n: 1 },
      cookie,
    );
    expect(list.body.data.adminOrders.edges[0].node.order.orderId).toBe(pending.orderId);
    expect(list.body.data.adminOrders.pageInfo.hasNextPage).toBe(true);
    const next = await gql(
      'query($a: String) { adminOrders(first: 1, after: $a) { edges { node { order { orderId } } } } }',
      { a: list.body.data.adminOrders.pageInfo.endCursor },
      cookie,
    );
    expect(next.body.data.adminOrders.edges[0].node.order.orderId).toBe(paid.orderId);
    const search = await gql(
      'query($f: AdminOrderFilter) { adminOrders(filter: $f) { edges { node { order { orderId } } } } }',
      { f: { search: paid.orderId } },
      cookie,
    );
    expect(search.body.data.adminOrders.edges.map((e: any) => e.node.order.orderId)).toEqual([paid.orderId]);
    await eventually(async () => {
      const byStatus = await gql(
        '{ adminOrders(filter: { status: [PAID] }, first: 100) { edges { node { order { orderId status } } } } }',
        {},
        cookie,
      );
      expect(byStatus.body.data.adminOrders.edges.map((e: any) => e.node.order.orderId)).toContain(paid.orderId);
      expect(byStatus.body.data.adminOrders.edges.every((e: any) => e.node.order.status === 'PAID')).toBe(true);
    });

    // A date that does not exist is refused, not rolled over to another day.
    for (const createdFrom of ['2026-02-30', '2026-13-01', '2026-02-28T24:00:00Z']) {
      const refused = await gql(
        'query($f: AdminOrderFilter) { adminOrders(filter: $f) { edges { cursor } } }',
        { f: { createdFrom } },
        cookie,
      );
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'filter.createdFrom' }] });
    }

    const detail = await gql(
      'query($o: ID!) { adminOrder(orderId: $o) { statusHistory { status source } notifications { verdict outcome httpStatus rawBody } rejectedNotificationCount refunds { amount } anomalies { kind } } }',
      { o: paid.orderId },
      cookie,
    );
    const order = detail.body.data.adminOrder;
    expect(order.statusHistory.map((h: any) => h.status)).toEqual(['PENDING', 'PENDING', 'PAID']);
    const log = order.notifications;
    expect(log.map((n: any) => [n.verdict, n.outcome, n.httpStatus])).toEqual([
      ['VALID', 'applied', 200],
      ['VALID', 'applied', 200],
    ]);
    // Newest first.
    expect(JSON.parse(log[0].rawBody)).toMatchObject({ order_id: paid.orderId, transaction_status: 'settlement' });
    expect(order.rejectedNotificationCount).toBe(0);
  });

  it('refunds half of a paid order once when the operator double-clicks, and follows Midtrans to PARTIALLY_REFUNDED', async () => {
    const cookie = await signIn();
    const { orderId } = await paidOrder(); // 2 × 18,500
    const refund =
      'mutation($i: RefundPaymentInput!) { refundPayment(input: $i) { refund { refundKey amount status requestedBy } order { order { status refundedAmount } } } }';
    const input = { orderId, amount: 18_500, reason: 'one bag arrived broken', idempotencyKey: 'refund-0001-abcd' };
    const [first, second] = await Promise.all([gql(refund, { i: input }, cookie), gql(refund, { i: input }, cookie)]);
    for (const result of [first, second]) expect(result.body.errors).toBeUndefined();
    expect(first.body.data.refundPayment.refund).toMatchObject({ refundKey: 'refund-0001-abcd', amount: 18_500, requestedBy: ADMIN.email });
    await eventually(async () =>
      expect(await stack.orderOf(orderId)).toMatchObject({ status: 'partially_refunded', refundedAmount: 18_500 }),
    );
    const sim = await stack.driver(`/sim/v1/transactions/${orderId}`, undefined, 'GET');
    expect(JSON.stringify(sim.body)).toMatch(/"refund_amount":"18500.00"/);
    const detail = await gql('query($o: ID!) { adminOrder(orderId: $o) { refunds { refundKey status } } }', { o: orderId }, cookie);
    expect(detail.body.data.adminOrder.refunds).toEqual([{ refundKey: 'refund-0001-abcd', status: 'ACCEPTED' }]);

    const tooMuch = await gql(refund, { i: { ...input, amount: 20_000, idempotencyKey: 'refund-0002-abcd' } }, cookie);
    expect(tooMuch.body.errors![0].extensions.code).toBe('REFUND_EXCEEDS_PAYMENT');
  });

  it('refuses to refund an unpaid order (REFUND_NOT_ALLOWED) and cancels a pending payment', async () => {
    const cookie = await signIn();
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const refused = await gql(
      'mutation($o: ID!) { refundPayment(input: { orderId: $o, amount: 1000, reason: "test", idempotencyKey: "refund-0003-abcd" }) { refund { refundKey } } }',
      { o: orderId },
      cookie,
    );
    expect(refused.body.errors![0].extensions.code).toBe('REFUND_NOT_ALLOWED');

    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    const cancelled = await gql('mutation($o: ID!) { cancelPayment(orderId: $o) { order { status } } }', { o: orderId }, cookie);
    expect(cancelled.body.data.cancelPayment.order.status).toBe('CANCELLED');
  });

  it('reconciles an order whose notifications were lost', async () => {
    const cookie = await signIn();
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'gopay', notify: false });
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`, { notify: false });
    const result = await gql(
      'mutation($o: ID!) { reconcileOrder(orderId: $o) { order { status } statusHistory { source } } }',
      { o: orderId },
      cookie,
    );
    expect(result.body.data.reconcileOrder.order.status).toBe('PAID');
  });

  it('pushes every order change to a signed-in operator over graphql-ws, and refuses one without a session', async () => {
    const cookie = await signIn();
    const socket = (headers: Record<string, string>) =>
      createClient({
        url: stack.graphqlUrl.replace('http', 'ws'),
        retryAttempts: 0,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers });
          }
        },
      });
    const operator = socket({ cookie });
    const stranger = socket({});
    const seen: string[] = [];
    const errors: unknown[] = [];
    const sink = {
      next: (r: any) => (r.errors ? errors.push(r.errors) : seen.push(r.data.adminOrderEvents.order.status)),
      error: (e: unknown) => errors.push(e),
      complete: () => undefined,
    };
    const stop = operator.subscribe({ query: 'subscription { adminOrderEvents { order { orderId status } } }' }, sink);
    const refused: unknown[] = [];
    stranger.subscribe(
      { query: 'subscription { adminOrderEvents { order { orderId } } }' },
      { next: (r: any) => refused.push(r), error: (e) => refused.push(e), complete: () => undefined },
    );
    await new Promise((r) => setTimeout(r, 200));
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'gopay' });
    await eventually(() => expect(seen).toContain('PENDING'));
    expect(JSON.stringify(refused)).toMatch(/UNAUTHENTICATED/);
    stop();
    await operator.dispose();
    await stranger.dispose();
  });

  it('with an order id, pushes that order’s changes only, each with its version', async () => {
    const cookie = await signIn();
    const operator = createClient({
      url: stack.graphqlUrl.replace('http', 'ws'),
      retryAttempts: 0,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      },
    });
    const watched = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const other = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const seen: { orderId: string; status: string; version: number }[] = [];
    const stop = operator.subscribe(
      {
        query: 'subscription($o: ID) { adminOrderEvents(orderId: $o) { order { orderId status version } } }',
        variables: { o: watched.orderId },
      },
      { next: (r: any) => seen.push(r.data.adminOrderEvents.order), error: () => undefined, complete: () => undefined },
    );
    await eventually(() => expect(stack.bus.liveSubscriptions).toBeGreaterThan(0));
    await stack.driver(`/sim/v1/transactions/${other.orderId}/pay`, { payment_type: 'gopay' });
    await stack.driver(`/sim/v1/transactions/${watched.orderId}/pay`, { payment_type: 'gopay' });
    await eventually(() => expect(seen).toEqual([{ orderId: watched.orderId, status: 'PENDING', version: 1 }]));
    await eventually(async () => expect((await stack.orderOf(other.orderId)).version).toBe(1));
    expect(seen.map((o) => o.orderId)).toEqual([watched.orderId]);
    stop();
    await operator.dispose();
  });
});
