// The whole backbone: createPayment → Snap (simulator over HTTP) → the shopper pays
// (driver API) → signed notification → MongoDB → orderStatusChanged on a real
// graphql-ws client.
import type { Client } from 'graphql-ws';
import { createOrder, eventually, startTestStack, type TestStack, tamper } from './support/test-stack.js';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const SUBSCRIPTION = /* GraphQL */ `
  subscription Watch($orderId: ID!, $accessToken: String!) {
    orderStatusChanged(orderId: $orderId, accessToken: $accessToken) {
      orderId
      status
      paymentType
      transactionId
      paymentInstructions {
        bank
        vaNumber
        expiresAt
      }
    }
  }
`;

/** Subscribes and collects every result (data or errors) until disposed. */
function watch(client: Client, variables: Record<string, string>) {
  const results: any[] = [];
  let error: unknown;
  let done = false;
  const unsubscribe = client.subscribe(
    { query: SUBSCRIPTION, variables },
    {
      next: (value) => void results.push(value),
      error: (e) => {
        error = e;
      },
      complete: () => {
        done = true;
      },
    },
  );
  return {
    results,
    statuses: () => results.map((r) => r.data?.orderStatusChanged?.status),
    get error() {
      return error;
    },
    get done() {
      return done;
    },
    unsubscribe,
  };
}

describe('payment flow', () => {
  it('goes from createPayment to PAID on a live subscription, with the VA shown while pending', async () => {
    const { orderId, accessToken } = await createOrder(stack);
    const sub = watch(stack.wsClient(), { orderId, accessToken });

    // The current state comes first, before anything happens.
    await eventually(() => expect(sub.statuses()).toEqual(['PENDING']));

    const paid = await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    expect(paid.status).toBe(200);
    await eventually(() => expect(sub.statuses()).toEqual(['PENDING', 'PENDING']));
    const pending = sub.results[1].data.orderStatusChanged;
    expect(pending).toMatchObject({ paymentType: 'bank_transfer', paymentInstructions: { bank: 'bca' } });
    expect(pending.paymentInstructions.vaNumber).toMatch(/^\d{8,}$/);
    expect(pending.transactionId).toBeTruthy();

    await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
    await eventually(() => expect(sub.statuses()).toEqual(['PENDING', 'PENDING', 'PAID']));
    expect(sub.error).toBeUndefined();
    sub.unsubscribe();

    const order = await stack.gql('query($id: ID!, $t: String!) { order(orderId: $id, accessToken: $t) { status } }', {
      id: orderId,
      t: accessToken,
    });
    expect(order.data.order.status).toBe('PAID');
  });

  it('shows a late subscriber the payment it missed', async () => {
    const { orderId, accessToken } = await createOrder(stack);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'gopay' });
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
    await eventually(async () => {
      expect((await stack.orderOf(orderId)).status).toBe('paid');
    });

    const sub = watch(stack.wsClient(), { orderId, accessToken });
    await eventually(() => expect(sub.statuses()).toEqual(['PAID']));
    sub.unsubscribe();
  });

  it.each`
    action      | status
    ${'expire'} | ${'EXPIRED'}
    ${'cancel'} | ${'CANCELLED'}
  `('pushes $status when the simulator sends $action', async ({ action, status }) => {
    const { orderId, accessToken } = await createOrder(stack);
    const sub = watch(stack.wsClient(), { orderId, accessToken });
    // The subscription's own first state, before the payment: a pay that lands first is
    // read as the first state, and the change it made would show only once.
    await eventually(() => expect(sub.statuses()).toEqual(['PENDING']));
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bni' });
    await eventually(() => expect(sub.statuses()).toEqual(['PENDING', 'PENDING']));
    await stack.driver(`/sim/v1/transactions/${orderId}/${action}`);
    await eventually(() => expect(sub.statuses()).toEqual(['PENDING', 'PENDING', status]));
    sub.unsubscribe();
  });

  it('refuses a subscription with a wrong token, revealing nothing', async () => {
    const { orderId, accessToken } = await createOrder(stack);
    const client = stack.wsClient();
    const wrong = watch(client, { orderId, accessToken: tamper(accessToken) });
    const unknown = watch(client, { orderId: 'LNS-20260101-doesnotexist0000', accessToken });
    await eventually(() => {
      expect(wrong.results).toHaveLength(1);
      expect(unknown.results).toHaveLength(1);
    });
    for (const sub of [wrong, unknown]) {
      expect(sub.results[0].data).toBeUndefined();
      expect(sub.results[0].errors[0].extensions.code).toBe('ORDER_NOT_FOUND');
    }
    expect(wrong.results[0].errors[0].message).toBe(unknown.results[0].errors[0].message);
  });

  it('delivers a change to every subscriber of that order and to none of another', async () => {
    const a = await createOrder(stack);
    const b = await createOrder(stack);
    const subA1 = watch(stack.wsClient(), { orderId: a.orderId, accessToken: a.accessToken });
    const subA2 = watch(stack.wsClient(), { orderId: a.orderId, accessToken: a.accessToken });
    const subB = watch(stack.wsClient(), { orderId: b.orderId, accessToken: b.accessToken });
    await eventually(() => expect([subA1, subA2, subB].map((s) => s.results.length)).toEqual([1, 1, 1]));

    await stack.driver(`/sim/v1/transactions/${a.orderId}/pay`, { payment_type: 'credit_card' });
    await eventually(() => expect(subA1.statuses().at(-1)).toBe('PAID'));
    await eventually(() => expect(subA2.statuses().at(-1)).toBe('PAID'));
    expect(subB.statuses()).toEqual(['PENDING']);
    [subA1, subA2, subB].forEach((s) => s.unsubscribe());
  });
});
