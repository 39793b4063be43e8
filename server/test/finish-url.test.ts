// The access token never leaves for Midtrans, and the Snap token is not kept in plain:
// the finish URL Snap is given (and hands back to anyone holding the Snap token) carries
// no secret; the database holds only the Snap token's hash; neither the shopper's order
// nor the desk's shows a Snap token. Real app, real simulator, real database.
import { createHash } from 'node:crypto';
import { CREATE_PAYMENT, customer, startTestStack, type TestStack } from './support/test-stack.js';

const ADMIN = { email: 'owner@lunas.example', password: 'correct horse battery staple' };
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password } });
});
afterAll(() => stack.stop());

async function post(query: string, variables: Record<string, unknown>, cookie?: string) {
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as { data?: any; errors?: any[] }, setCookie: res.headers.get('set-cookie') };
}

it('gives Snap a finish URL without the access token, and keeps only a hash of the Snap token', async () => {
  const created = await stack.gql(CREATE_PAYMENT, { input: { items: [{ productId: 'kopi-gayo-250g', quantity: 1 }], customer } });
  expect(created.errors).toBeUndefined();
  const { order, accessToken, snapToken, redirectUrl } = created.data.createPayment;

  // What anyone holding the Snap token reads back from Midtrans.
  const session = await fetch(`${stack.simulatorUrl}/snap/v1/transactions/${snapToken}`).then((r) => r.json());
  expect(session.callbacks.finish).toBe('http://localhost:5173/payment/finish');
  expect(JSON.stringify(session)).not.toContain(accessToken);

  const doc = await stack.db.collections.orders.findOne({ _id: order.orderId });
  expect(doc!.snap_token_hash).toBe(createHash('sha256').update(snapToken).digest('hex'));
  expect(JSON.stringify(doc)).not.toContain(snapToken);
  expect(JSON.stringify(doc)).not.toContain(redirectUrl);

  // The shopper's order answers no Snap token (the browser that checked out keeps it).
  const shopper = await stack.gql('query($id: ID!, $t: String!) { order(orderId: $id, accessToken: $t) { snapToken redirectUrl } }', {
    id: order.orderId,
    t: accessToken,
  });
  expect(shopper.data.order).toEqual({ snapToken: null, redirectUrl: null });

  // Nor does the desk.
  const signIn = await post('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  const cookie = signIn.setCookie!.split(';')[0]!;
  const desk = await post(
    'query($o: ID!) { adminOrder(orderId: $o) { order { orderId snapToken redirectUrl } } }',
    { o: order.orderId },
    cookie,
  );
  expect(desk.body.errors).toBeUndefined();
  expect(desk.body.data.adminOrder.order).toEqual({ orderId: order.orderId, snapToken: null, redirectUrl: null });
  expect(JSON.stringify(desk.body)).not.toContain(snapToken);
});
