// Resolvers through Apollo's executeOperation, against the real embedded database and
// the simulator (createPayment really calls Snap over HTTP).
import { createServer, type Server } from 'node:http';
import { CREATE_PAYMENT, customer, freePort, startTestStack, type TestStack, tamper } from './support/test-stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

async function execute(query: string, variables?: Record<string, unknown>) {
  const response = await stack.app.apollo.executeOperation({ query, variables }, { contextValue: stack.app.contextValue });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult as { data?: any; errors?: any[] };
}

const countOrders = () => stack.db.collections.orders.countDocuments();

describe('Query.products', () => {
  it('lists the seeded catalog with integer IDR prices and stock', async () => {
    const { data, errors } = await execute('{ products { id name price stock } }');
    expect(errors).toBeUndefined();
    expect(data.products.length).toBeGreaterThanOrEqual(5);
    for (const product of data.products) {
      expect(Number.isInteger(product.price)).toBe(true);
      expect(product.price).toBeGreaterThan(0);
      expect(Number.isInteger(product.stock)).toBe(true);
    }
    expect(data.products.find((p: any) => p.id === 'kopi-gayo-250g')).toEqual({
      id: 'kopi-gayo-250g',
      name: 'Kopi Arabika Gayo 250 g',
      price: 85000,
      stock: 40,
    });
  });
});

describe('Query.paymentConfig', () => {
  it('gives the shop the client key and the simulator snap.js, never the server key', async () => {
    const { data } = await execute('{ paymentConfig { mode clientKey snapJsUrl } }');
    expect(data.paymentConfig).toEqual({
      mode: 'SIMULATOR',
      clientKey: 'SB-Mid-client-lunas-local-simulator',
      snapJsUrl: `${stack.simulatorUrl}/snap/snap.js`,
    });
    expect(JSON.stringify(data)).not.toContain('Mid-server');
  });
});

describe('Mutation.createPayment', () => {
  it('prices the cart from the catalog, stores a pending order and opens Snap', async () => {
    const before = stack.snapRequests.length;
    const { data, errors } = await execute(CREATE_PAYMENT, {
      input: {
        items: [
          { productId: 'kopi-gayo-250g', quantity: 2 },
          { productId: 'keripik-tempe-150g', quantity: 3 },
        ],
        customer,
      },
    });
    expect(errors).toBeUndefined();
    const payment = data.createPayment;
    expect(payment.order).toMatchObject({ status: 'PENDING', grossAmount: 2 * 85000 + 3 * 18500 });
    expect(payment.order.orderId).toMatch(/^LNS-\d{8}-[A-Za-z0-9_-]{16}$/);
    expect(payment.snapToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(payment.redirectUrl).toBe(`${stack.simulatorUrl}/snap/v2/vtweb/${payment.snapToken}`);
    expect(payment.accessToken.length).toBeGreaterThanOrEqual(40);

    // What Snap was asked for: item_details summing to gross_amount, a finish URL with no token.
    const sent = stack.snapRequests.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.grossAmount).toBe(225500);
    expect(sent[0]!).toMatchObject({
      successUrl: 'http://localhost:5173/payment/finish',
      failureUrl: 'http://localhost:5173/payment/failure',
    });

    // The simulator really holds that Snap session, with the same amount.
    const session = await fetch(`${stack.simulatorUrl}/snap/v1/transactions/${payment.snapToken}`).then((r) => r.json());
    expect(session).toMatchObject({ order_id: payment.order.orderId, gross_amount: 225500 });

    const doc = await stack.db.collections.orders.findOne({ _id: payment.order.orderId });
    expect(doc).toMatchObject({ payment_status: 'pending', gross_amount: 225500 });
    expect(doc!.access_token_hash).not.toBe(payment.accessToken);
    expect(JSON.stringify(doc)).not.toContain(payment.accessToken);
  });

  it.each`
    name                                     | input                                                                                                                        | field
    ${'an empty cart'}                       | ${{ items: [], customer }}                                                                                                   | ${'items'}
    ${'an unknown product'}                  | ${{ items: [{ productId: 'nope', quantity: 1 }], customer }}                                                                 | ${'items[0].productId'}
    ${'quantity 0'}                          | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 0 }], customer }}                                                       | ${'items[0].quantity'}
    ${'quantity 100'}                        | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 100 }], customer }}                                                     | ${'items[0].quantity'}
    ${'a bad email'}                         | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer: { ...customer, email: 'budi' } }}                       | ${'customer.email'}
    ${'a bad phone'}                         | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer: { ...customer, phone: 'call me' } }}                    | ${'customer.phone'}
    ${'quantity 11 (MAX_QUANTITY_PER_ITEM)'} | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 11 }], customer }}                                                      | ${'items[0].quantity'}
    ${'an email with NUL and U+202E'}        | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer: { ...customer, email: 'a\u0000b\u202Egnp.exe@x.io' } }} | ${'customer.email'}
    ${'an email with U+200B and U+2066'}     | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer: { ...customer, email: 'adm\u200Bin\u2066@x.io' } }}     | ${'customer.email'}
    ${'an email with U+0085 and DEL'}        | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer: { ...customer, email: 'a\u0085b\u007F@x.io' } }}        | ${'customer.email'}
    ${'a name with 99 combining marks'}      | ${{ items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer: { ...customer, name: `Bu${'\u0301'.repeat(99)}di` } }}  | ${'customer.name'}
  `('refuses $name with BAD_USER_INPUT, storing and sending nothing', async ({ input, field }) => {
    const [orders, requests] = [await countOrders(), stack.snapRequests.length];
    const { data, errors } = await execute(CREATE_PAYMENT, { input });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].extensions.fields.map((f: any) => f.field)).toContain(field);
    expect(await countOrders()).toBe(orders);
    expect(stack.snapRequests.length).toBe(requests);
  });

  it('stores customer text in NFC', async () => {
    const { data } = await execute(CREATE_PAYMENT, {
      input: { items: [{ productId: 'keripik-tempe-150g', quantity: 1 }], customer: { ...customer, name: 'Jose\u0301 Nin\u0303o' } },
    });
    const doc = await stack.db.collections.orders.findOne({ _id: data!.createPayment.order.orderId });
    expect(JSON.stringify(doc)).toContain('José Niño'.normalize('NFC'));
    expect(JSON.stringify(doc)).not.toContain('Jose\u0301');
  });

  it.each`
    name                      | items
    ${'an out-of-stock item'} | ${[{ productId: 'madu-hutan-sumbawa', quantity: 1 }]}
    ${'more than in stock'}   | ${[{ productId: 'kopi-gayo-250g', quantity: 1 }, { productId: 'batik-tulis-pekalongan', quantity: 9 }]}
  `('refuses $name with OUT_OF_STOCK naming the product, reserving and sending nothing', async ({ items }) => {
    const stock = stack.app.stack.stock;
    const before = [await stock.available('kopi-gayo-250g'), await stock.available('batik-tulis-pekalongan')];
    const [orders, requests] = [await countOrders(), stack.snapRequests.length];
    const { errors } = await execute(CREATE_PAYMENT, { input: { items, customer } });
    expect(errors![0].extensions.code).toBe('OUT_OF_STOCK');
    const short = items.at(-1).productId;
    expect(errors![0].extensions.products).toEqual([expect.objectContaining({ productId: short, requested: items.at(-1).quantity })]);
    expect(errors![0].message).toMatch(/Madu Hutan Sumbawa|Batik/);
    expect(await countOrders()).toBe(orders);
    expect(stack.snapRequests.length).toBe(requests);
    // The lines that could be covered were given back.
    expect([await stock.available('kopi-gayo-250g'), await stock.available('batik-tulis-pekalongan')]).toEqual(before);
  });

  it('has no way to send a price: the contract rejects one', async () => {
    const { errors } = await execute(CREATE_PAYMENT, {
      input: { items: [{ productId: 'kopi-gayo-250g', quantity: 1, price: 1 }], customer },
    });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/price/);
  });
});

describe('Query.order', () => {
  it('opens an order with its token and gives the same error for a wrong token or an unknown order', async () => {
    const created = await execute(CREATE_PAYMENT, { input: { items: [{ productId: 'teh-tubruk-100g', quantity: 1 }], customer } });
    const { order, accessToken } = created.data.createPayment;
    const query = 'query($id: ID!, $t: String!) { order(orderId: $id, accessToken: $t) { orderId status grossAmount snapToken } }';

    const ok = await execute(query, { id: order.orderId, t: accessToken });
    expect(ok.data.order).toMatchObject({ orderId: order.orderId, status: 'PENDING', grossAmount: 32000 });

    const wrongToken = await execute(query, { id: order.orderId, t: tamper(accessToken) });
    const unknown = await execute(query, { id: 'LNS-20260101-doesnotexist0000', t: accessToken });
    for (const result of [wrongToken, unknown]) {
      expect(result.data!.order).toBeNull();
      expect(result.errors![0].extensions.code).toBe('ORDER_NOT_FOUND');
    }
    expect(wrongToken.errors![0].message).toBe(unknown.errors![0].message);
  });
});

describe('createPayment when Midtrans fails', () => {
  it('answers PAYMENT_GATEWAY_ERROR when Midtrans is unreachable, storing nothing and giving the stock back', async () => {
    const deadPort = await freePort();
    const broken = await startTestStack({ env: { MIDTRANS_SIMULATOR_URL: `http://127.0.0.1:${deadPort}` } });
    try {
      const result = await broken.gql(CREATE_PAYMENT, { input: { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer } });
      expect(result.errors![0].extensions.code).toBe('PAYMENT_GATEWAY_ERROR');
      expect(result.errors![0].message).toMatch(/did not answer/);
      // Nothing is stored and the reserved stock is back: the shopper has no token to pay with.
      expect(await broken.db.collections.orders.countDocuments()).toBe(0);
      expect(await broken.app.stack.stock.available('kopi-gayo-250g')).toBe(40);
    } finally {
      await broken.stop();
    }
  });

  it('times out a Midtrans that does not answer, within the configured timeout', async () => {
    const hanging: Server = createServer(() => {
      /* never answers */
    });
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const port = (hanging.address() as { port: number }).port;
    const slow = await startTestStack({ env: { MIDTRANS_SIMULATOR_URL: `http://127.0.0.1:${port}`, MIDTRANS_TIMEOUT_MS: '300' } });
    try {
      const started = Date.now();
      const result = await slow.gql(CREATE_PAYMENT, { input: { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer } });
      expect(Date.now() - started).toBeLessThan(3000);
      expect(result.errors![0].extensions.code).toBe('PAYMENT_GATEWAY_ERROR');
      expect(await slow.db.collections.orders.countDocuments()).toBe(0);
      expect(await slow.app.stack.stock.available('kopi-gayo-250g')).toBe(40);
    } finally {
      await slow.stop();
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });
});
