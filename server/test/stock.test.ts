// Exact stock on the real embedded database: reserved at checkout, exactly, under
// concurrency and across two API instances; given back by expiry, cancellation and
// failure. FerretDB v1 applies neither $inc nor findAndModify atomically, so these
// tests fail if the ledger's unique entry ids are taken away.
import { CREATE_PAYMENT, customer, eventually, startTestStack, type TestStack } from './support/test-stack.js';
import { statusOf } from './support/notifications.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { MAX_QUANTITY_PER_ITEM: '99' } });
});
afterAll(() => stack.stop());

// Asked of the database: what an instance shows may be seconds behind the other's moves.
const available = (productId: string, on = stack) => on.app.stack.stock.available(productId, { fresh: true });
const checkout = (productId: string, quantity: number, on = stack) =>
  on.gql(CREATE_PAYMENT, { input: { items: [{ productId, quantity }], customer } });

describe('reservation at checkout', () => {
  it('sells the last 8 batik once: of three orders of 8, one is placed and two are OUT_OF_STOCK', async () => {
    expect(await available('batik-tulis-pekalongan')).toBe(8);
    const results = await Promise.all([1, 2, 3].map(() => checkout('batik-tulis-pekalongan', 8)));
    const placed = results.filter((r) => r.data?.createPayment);
    const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === 'OUT_OF_STOCK');
    expect([placed.length, refused.length]).toEqual([1, 2]);
    expect(refused[0]!.errors![0].message).toMatch(/Batik/);
    expect(await available('batik-tulis-pekalongan')).toBe(0);
  });

  it('stays exact with 50 concurrent checkouts of one product across two API instances', async () => {
    const second = await startTestStack({ dbName: stack.db.connection.name, simulatorOf: stack });
    try {
      const product = 'teh-tubruk-100g';
      const start = await available(product);
      expect(start).toBe(60);
      // 50 × 2 units wanted, 60 in stock: exactly 30 orders can be placed.
      const results = await Promise.all(Array.from({ length: 50 }, (_, i) => checkout(product, 2, i % 2 ? second : stack)));
      const placed = results.filter((r) => r.data?.createPayment).length;
      const refused = results.filter((r) => r.errors?.[0]?.extensions?.code === 'OUT_OF_STOCK').length;
      expect([placed, refused]).toEqual([30, 20]);
      expect(await available(product)).toBe(0);
      expect(await available(product, second)).toBe(0);
    } finally {
      await second.stop();
    }
  });
});

describe('giving stock back', () => {
  it.each`
    action      | status
    ${'expire'} | ${'expired'}
    ${'cancel'} | ${'cancelled'}
  `('returns the reservation when Midtrans says $action, once', async ({ action, status }) => {
    const before = await available('sambal-roa-200g');
    const created = await checkout('sambal-roa-200g', 3);
    const orderId = created.data.createPayment.order.orderId;
    expect(await available('sambal-roa-200g')).toBe(before - 3);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bri' });
    await stack.driver(`/sim/v1/transactions/${orderId}/${action}`);
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe(status));
    await eventually(async () => expect(await available('sambal-roa-200g')).toBe(before));
    await stack.driver(`/sim/v1/transactions/${orderId}/notifications/resend`, { times: 5, concurrent: true });
    expect(await available('sambal-roa-200g')).toBe(before);
  });

  it('returns it on a card denial and takes it again when the retry is paid', async () => {
    const before = await available('tas-anyaman-pandan');
    const created = await checkout('tas-anyaman-pandan', 1);
    const orderId = created.data.createPayment.order.orderId;
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'credit_card', card_number: '4911111111111113' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('failed'));
    await eventually(async () => expect(await available('tas-anyaman-pandan')).toBe(before));
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'credit_card', card_number: '4811111111111114' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('paid'));
    await eventually(async () => expect(await available('tas-anyaman-pandan')).toBe(before - 1));
  });

  it('records OVERSOLD when a retried payment finds the stock gone, and never goes below zero', async () => {
    const product = 'kopi-gayo-250g';
    const first = await checkout(product, 5);
    const orderId = first.data.createPayment.order.orderId;
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'credit_card', card_number: '4911111111111113' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('failed'));
    // Someone else buys everything left while the first shopper retries.
    const rest = await available(product);
    for (let left = rest; left > 0; left -= Math.min(left, 99))
      expect((await checkout(product, Math.min(left, 99))).errors).toBeUndefined();
    expect(await available(product)).toBe(0);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'credit_card', card_number: '4811111111111114' });
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('paid'));
    await eventually(async () => {
      const anomalies = await stack.app.stack.anomalies.forOrder(orderId);
      expect(anomalies.map((a) => a.kind)).toEqual(['oversold']);
    });
    expect(await available(product)).toBe(0);
  });
});
