// Property-based test (fast-check) of the Xendit callback endpoint against the real app,
// database and the Xendit side of the simulator: generated bodies, tokens and content
// types. Whatever comes in, the answer is JSON with 200, 400, 401 or 415, never a 5xx, and
// no order or product changes: a claim with the right token about a real order is asked
// of Xendit, whose invoice still says PENDING.
import fc from 'fast-check';
import { XENDIT_SIMULATOR_CREDENTIALS } from '../src/gateway/xendit/mode.js';
import { customer, startTestStack, type TestStack } from './support/test-stack.js';

const UNLIMITED = '1000000/1m';
let stack: TestStack;
let orders: { orderId: string; invoiceId: string; grossAmount: number }[];

beforeAll(async () => {
  stack = await startTestStack({
    env: {
      PAYMENT_GATEWAYS: 'xendit',
      RATE_LIMIT_WEBHOOK: UNLIMITED,
      RATE_LIMIT_WEBHOOK_FAILURES: UNLIMITED,
      RATE_LIMIT_CREATE_PAYMENT: UNLIMITED,
    },
  });
  orders = [];
  for (const productId of ['kopi-gayo-250g', 'teh-tubruk-100g']) {
    const created = await stack.gql(
      'mutation($input: CreatePaymentInput!) { createPayment(input: $input) { order { orderId grossAmount } } }',
      {
        input: { items: [{ productId, quantity: 1 }], customer },
      },
    );
    const { orderId, grossAmount } = created.data.createPayment.order;
    orders.push({ orderId, grossAmount, invoiceId: (await stack.orderOf(orderId)).gatewayReference });
  }
}, 60_000);
afterAll(() => stack.stop());

async function storedState() {
  const { collections } = stack.db;
  const all = (c: typeof collections.orders) => c.find().sort({ _id: 1 }).toArray();
  return {
    orders: await all(collections.orders),
    orderChanges: await all(collections.orderChanges),
    products: await all(collections.products),
    stockLedger: await all(collections.stockLedger),
  };
}

const STATUSES = ['PENDING', 'PAID', 'SETTLED', 'EXPIRED', 'SUCCEEDED', 'FAILED'];

function callbackBody(): fc.Arbitrary<string> {
  const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  const real = fc.constantFrom(...orders);
  const invoice = fc.tuple(real, fc.constantFrom(...STATUSES), fc.boolean(), fc.anything()).map(([order, status, keepAmount, extra]) => ({
    id: order.invoiceId,
    external_id: order.orderId,
    user_id: 'sim-user',
    status,
    merchant_name: 'Lunas',
    amount: keepAmount ? order.grossAmount : order.grossAmount + 1,
    paid_amount: order.grossAmount,
    currency: 'IDR',
    payment_method: 'EWALLET',
    payment_channel: 'OVO',
    paid_at: new Date('2026-12-01T00:00:00Z').toISOString(),
    created: new Date('2026-12-01T00:00:00Z').toISOString(),
    updated: new Date('2026-12-01T00:00:00Z').toISOString(),
    extra,
  }));
  const mangled = fc.record(
    {
      id: fc.oneof(fc.string(), scalar),
      external_id: fc.oneof(fc.string(), scalar),
      status: fc.oneof(fc.constantFrom(...STATUSES), scalar),
      amount: scalar,
      currency: scalar,
      event: scalar,
      data: fc.anything(),
    },
    { requiredKeys: [] },
  );
  return fc.oneof(
    { weight: 4, arbitrary: invoice.map((body) => JSON.stringify(body)) },
    { weight: 3, arbitrary: mangled.map((body) => JSON.stringify(body)) },
    { weight: 2, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '[]', '\u0000', 'x'.repeat(60_000)) },
  );
}

const token = fc.constantFrom<string | null>(
  XENDIT_SIMULATOR_CREDENTIALS.callbackToken,
  XENDIT_SIMULATOR_CREDENTIALS.callbackToken,
  'wrong',
  '',
  null,
  `${XENDIT_SIMULATOR_CREDENTIALS.callbackToken} `,
);
const contentType = fc.constantFrom('application/json', 'text/plain', 'application/json; charset=klingon', undefined);

async function post(body: string, callbackToken: string | null, type: string | undefined) {
  const res = await fetch(`${stack.url}/api/payments/xendit/notification`, {
    method: 'POST',
    headers: { ...(type ? { 'content-type': type } : {}), ...(callbackToken === null ? {} : { 'x-callback-token': callbackToken }) },
    body,
  });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe('the Xendit callback endpoint under 2,000 generated deliveries', () => {
  it('answers 2xx or 4xx in JSON to every one, and changes no order or product', async () => {
    const before = await storedState();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(callbackBody(), token, contentType), { minLength: 50, maxLength: 50 }), async (batch) => {
        const answers = await Promise.all(batch.map(([body, callbackToken, type]) => post(body, callbackToken, type)));
        for (const answer of answers) {
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect([200, 400, 401, 413, 415]).toContain(answer.status);
          expect(answer.type).toMatch(/^application\/json/);
          expect(typeof JSON.parse(answer.text)).toBe('object');
        }
      }),
      { numRuns: 40 },
    );
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 401]));
    expect(await storedState()).toEqual(before);
  }, 240_000);
});
