// Property-based tests (fast-check) against the real app and database: thousands of
// generated webhook bodies and GraphQL inputs. Whatever comes in, the answer is a 4xx (or
// the webhook's 200 for what it ignores) or a GraphQL error with a code; never a 5xx; and
// no order or product document changes. Only the HTTP contract is asserted, not how the
// webhook gets there.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { SIMULATOR_SERVER_KEY } from '../src/config.js';
import { createOrder, startTestStack, type TestStack } from './support/test-stack.js';

// High limits: this file measures robustness, not the rate limits (rate-limits.test.ts).
const UNLIMITED = '1000000/1m';
let stack: TestStack;
let orders: { orderId: string; accessToken: string; grossAmount: number }[];
let catalog: string[];

beforeAll(async () => {
  stack = await startTestStack({
    env: {
      RATE_LIMIT_WEBHOOK: UNLIMITED,
      RATE_LIMIT_WEBHOOK_FAILURES: UNLIMITED,
      RATE_LIMIT_CREATE_PAYMENT: UNLIMITED,
      RATE_LIMIT_ORDER_LOOKUP_FAILURES: UNLIMITED,
    },
  });
  orders = [];
  for (const productId of ['kopi-gayo-250g', 'teh-tubruk-100g']) {
    const { orderId, accessToken, payment } = await createOrder(stack, [{ productId, quantity: 1 }]);
    orders.push({ orderId, accessToken, grossAmount: payment.order.grossAmount });
  }
  catalog = (await stack.gql('{ products { id } }')).data.products.map((p: { id: string }) => p.id);
}, 60_000);
afterAll(() => stack.stop());

/** Everything the fuzzing must leave as it was (the notification log may grow). */
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

const sign = (orderId: unknown, statusCode: unknown, grossAmount: unknown) =>
  createHash('sha512').update(`${orderId}${statusCode}${grossAmount}${SIMULATOR_SERVER_KEY}`).digest('hex');

const STATUSES = ['pending', 'settlement', 'capture', 'deny', 'cancel', 'expire', 'refund', 'partial_refund', 'authorize', 'failure'];

/** Midtrans-shaped bodies: real or made-up orders, any status, wrong/missing/odd-typed fields, bad or good signatures. */
function notificationBody(): fc.Arbitrary<string> {
  const orderId = fc.oneof(
    fc.constantFrom(...orders.map((o) => o.orderId)),
    fc.string({ maxLength: 60 }),
    fc.constant('payment_notif_test_G000000001_0b0e7c6f'),
  );
  const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null));
  const fields = fc.record(
    {
      order_id: fc.oneof(orderId, scalar),
      status_code: fc.oneof(fc.constantFrom('200', '201', '202', '407', '500'), scalar),
      gross_amount: fc.oneof(
        fc.constantFrom(...orders.map((o) => `${o.grossAmount}.00`)),
        fc.integer().map((n) => `${n}.00`),
        scalar,
      ),
      transaction_status: fc.oneof(fc.constantFrom(...STATUSES), scalar),
      transaction_id: fc.oneof(fc.uuid(), scalar),
      fraud_status: fc.oneof(fc.constantFrom('accept', 'deny', 'challenge'), scalar),
      payment_type: fc.oneof(fc.constantFrom('bank_transfer', 'credit_card', 'gopay', 'qris'), scalar),
      currency: fc.oneof(fc.constant('IDR'), scalar),
      refund_amount: fc.oneof(
        fc.integer().map((n) => `${n}.00`),
        scalar,
      ),
      va_numbers: fc.oneof(fc.array(fc.record({ bank: fc.string(), va_number: fc.string() }), { maxLength: 3 }), fc.anything()),
      extra: fc.anything(),
    },
    { requiredKeys: [] },
  );
  // The fields the webhook requires, as plausible strings, so signed bodies get past parsing.
  const wellFormed = fc.record({
    order_id: orderId,
    status_code: fc.constantFrom('200', '201', '202'),
    gross_amount: fc.oneof(
      fc.constantFrom(...orders.map((o) => `${o.grossAmount}.00`)),
      fc.nat().map((n) => `${n}.00`),
    ),
    transaction_status: fc.constantFrom(...STATUSES),
  });
  const signature = fc.constantFrom('right', 'right', 'wrong', 'missing', 'garbage');
  const withSignature = fc
    .tuple(fields, wellFormed, fc.boolean())
    .map(([body, required, keep]) => (keep ? { ...body, ...required } : body))
    .chain((body) => fc.tuple(fc.constant(body), signature))
    .map(([body, how]) => {
      const record: Record<string, unknown> = { ...body };
      // A right signature only for orders that do not exist: a signed claim about a real
      // order is a real payment event, not fuzz.
      if (how === 'right' && !orders.some((o) => o.orderId === record.order_id)) {
        record.signature_key = sign(record.order_id, record.status_code, record.gross_amount);
      } else if (how === 'wrong' || how === 'right') {
        record.signature_key = sign(record.order_id, record.status_code, `${record.gross_amount}1`);
      } else if (how === 'garbage') {
        record.signature_key = 'f'.repeat(128);
      }
      return JSON.stringify(record);
    });
  return fc.oneof(
    { weight: 5, arbitrary: withSignature },
    { weight: 2, arbitrary: fc.json() },
    { weight: 1, arbitrary: fc.string({ maxLength: 300, unit: 'binary' }) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', 'null', '[]', '{"order_id":', '\u0000', 'x'.repeat(60_000)) },
  );
}

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=klingon',
  undefined,
);

async function postNotification(body: string, type: string | undefined) {
  const res = await fetch(`${stack.url}/api/payments/notification`, {
    method: 'POST',
    headers: type ? { 'content-type': type } : {},
    body,
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type'), text };
}

describe('the webhook under 10,000 generated bodies', () => {
  it('answers 2xx or 4xx in JSON to every one, and changes no order or product', async () => {
    const before = await storedState();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(notificationBody(), contentType), { minLength: 50, maxLength: 50 }), async (batch) => {
        const answers = await Promise.all(batch.map(([body, type]) => postNotification(body, type)));
        for (const answer of answers) {
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect(answer.status).toBeLessThan(500);
          expect([200, 400, 401, 404, 413, 415]).toContain(answer.status);
          expect(answer.type).toMatch(/^application\/json/);
          expect(typeof JSON.parse(answer.text)).toBe('object');
        }
      }),
      { numRuns: 200 },
    );
    expect([...statuses.values()].reduce((a, b) => a + b, 0)).toBe(10_000);
    // Every kind of answer was reached, not just the parser's refusal.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining([200, 400, 401, 415]));
    expect(await storedState()).toEqual(before);
  }, 240_000);
});

const CREATE = 'mutation($input: CreatePaymentInput!) { createPayment(input: $input) { accessToken order { orderId } } }';
const ORDER = 'query($id: ID!, $t: String!) { order(orderId: $id, accessToken: $t) { status grossAmount } }';

async function graphql(query: string, variables: unknown) {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}

/** A refusal: 4xx or 200, no data for the field, and every error with a code that is not INTERNAL_SERVER_ERROR. */
function expectCodedRefusal(answer: Awaited<ReturnType<typeof graphql>>, field: string) {
  expect(answer.status).toBeLessThan(500);
  expect(answer.body.data?.[field] ?? null).toBeNull();
  expect(answer.body.errors?.length).toBeGreaterThan(0);
  for (const error of answer.body.errors!) {
    expect(error.extensions?.code).toEqual(expect.any(String));
    expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
  }
}

describe('GraphQL inputs', () => {
  it('refuses generated createPayment inputs with codes, creating nothing', async () => {
    const before = await storedState();
    // Never a catalog id, so no input can be a real order; everything else goes.
    const productId = fc
      .oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant(null))
      .filter((id) => !catalog.includes(id as string));
    const item = fc.record(
      {
        productId,
        quantity: fc.oneof(fc.integer(), fc.double(), fc.bigInt().map(String), fc.string({ maxLength: 5 }), fc.constant(null)),
        price: fc.integer(),
      },
      { requiredKeys: [] },
    );
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ maxLength: 300, unit: 'grapheme' }),
      fc.emailAddress(),
      fc.integer(),
      fc.constant(null),
    );
    const input = fc.oneof(
      fc.record(
        { items: fc.array(item, { maxLength: 5 }), customer: fc.record({ name: text, email: text, phone: text }, { requiredKeys: [] }) },
        { requiredKeys: [] },
      ),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(input, { minLength: 5, maxLength: 5 }), async (inputs) => {
        const answers = await Promise.all(inputs.map((value) => graphql(CREATE, { input: value })));
        for (const answer of answers) expectCodedRefusal(answer, 'createPayment');
      }),
      { numRuns: 100 },
    );
    expect(await storedState()).toEqual(before);
  }, 120_000);

  it('refuses generated order lookups with codes, opening no order', async () => {
    const before = await storedState();
    const orderId = fc.oneof(
      fc.constantFrom(...orders.map((o) => o.orderId)),
      fc.string({ maxLength: 60 }),
      fc.integer(),
      fc.constant(null),
    );
    const token = fc.oneof(
      fc.constantFrom(...orders.map((o) => o.accessToken)).map((t) => t.slice(0, -1)),
      fc.constantFrom(...orders.map((o) => o.accessToken)).chain((t) => fc.string({ minLength: t.length, maxLength: t.length })),
      fc.string({ maxLength: 200 }),
      fc.anything(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(orderId, token), { minLength: 5, maxLength: 5 }), async (pairs) => {
        const answers = await Promise.all(pairs.map(([id, t]) => graphql(ORDER, { id, t })));
        for (const answer of answers) expectCodedRefusal(answer, 'order');
      }),
      { numRuns: 100 },
    );
    expect(await storedState()).toEqual(before);
  }, 120_000);
});
