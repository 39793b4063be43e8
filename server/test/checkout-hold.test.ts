// Stock no unpaid checkout can hold hostage: a checkout whose shopper begins no payment
// within CHECKOUT_HOLD_MINUTES expires and gives its stock back, and its Snap token
// starts no payment afterwards; one whose payment has begun (a VA issued) holds until
// that payment's own expiry. A cart line is capped at MAX_QUANTITY_PER_ITEM. Real
// database, the simulator over HTTP (its clock moved with the API's).
import { CREATE_PAYMENT, createOrder, customer, startTestStack, type TestStack } from './support/test-stack.js';
import { statusOf } from './support/notifications.js';

let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };
let stack: TestStack;
beforeAll(async () => {
  // RECONCILE_AFTER_S longer than the hold: the hold's end alone must bring the reconciler.
  stack = await startTestStack({ clock, env: { CHECKOUT_HOLD_MINUTES: '30', RECONCILE_AFTER_S: '86400', MAX_QUANTITY_PER_ITEM: '10' } });
});
afterAll(() => stack.stop());
beforeEach(() => {
  offsetMs = 0;
});

const available = (productId: string) => stack.app.stack.stock.available(productId, { fresh: true });
const reconcile = () => stack.app.stack.reconciler.runOnce();
/** Moves both clocks: the API's and Midtrans's. */
async function later(minutes: number) {
  offsetMs += minutes * 60_000;
  const moved = await stack.driver('/sim/v1/clock/advance', { seconds: minutes * 60 });
  expect(moved.status).toBe(200);
}

describe('the checkout hold', () => {
  it('asks the gateway for a checkout that starts no payment after the hold', () => {
    return createOrder(stack, [{ productId: 'teh-tubruk-100g', quantity: 1 }]).then(() => {
      expect(stack.snapRequests.at(-1)).toMatchObject({ gateway: 'midtrans', lifetimeSeconds: 30 * 60 });
    });
  });

  it('expires a checkout with no payment begun at the end of its hold: stock back, and Midtrans takes no money for it', async () => {
    const before = await available('batik-tulis-pekalongan');
    const { orderId } = await createOrder(stack, [{ productId: 'batik-tulis-pekalongan', quantity: 2 }]);
    expect(await available('batik-tulis-pekalongan')).toBe(before - 2);

    await later(29);
    await reconcile();
    expect(await statusOf(stack, orderId)).toBe('pending'); // still within the hold

    await later(2);
    const pay = await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    expect(pay.status).toBe(404); // the Snap token has expired: no payment can begin
    await reconcile();
    expect(await stack.orderOf(orderId)).toMatchObject({ status: 'expired' });
    expect((await stack.app.stack.orders.history(orderId)).at(-1)?.source).toBe('checkout_hold_ended');
    expect(await available('batik-tulis-pekalongan')).toBe(before);
  });

  it('holds the stock of a checkout whose payment has begun until that payment expires at Midtrans', async () => {
    const before = await available('sambal-roa-200g');
    const { orderId } = await createOrder(stack, [{ productId: 'sambal-roa-200g', quantity: 3 }]);
    // A VA issued in the hold, and every notification of it lost: only the status API knows.
    await stack.driver(`/sim/v1/transactions/${orderId}/chaos`, { dropFirst: 99 }, 'PUT');
    await later(20);
    expect((await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bni' })).status).toBe(200);

    await later(15); // past the hold
    await reconcile();
    const order = await stack.orderOf(orderId);
    expect(order).toMatchObject({ status: 'pending' });
    expect(order.transactionId).toBeDefined();
    expect(await available('sambal-roa-200g')).toBe(before - 3);

    expect(order.instructions?.expiresAt).toBeDefined();
    await later(24 * 60); // the VA's own life (SNAP_EXPIRY_MINUTES), counted from the choice
    await reconcile();
    expect(await statusOf(stack, orderId)).toBe('expired');
    expect(await available('sambal-roa-200g')).toBe(before);
  });
});

describe('MAX_QUANTITY_PER_ITEM', () => {
  it('refuses a line over the cap with BAD_USER_INPUT and reserves nothing', async () => {
    const before = await available('kopi-gayo-250g');
    const result = await stack.gql(CREATE_PAYMENT, {
      input: { items: [{ productId: 'kopi-gayo-250g', quantity: 11 }], customer },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'items[0].quantity', message: 'must be a whole number from 1 to 10 (at most 10 of one product per order)' }],
    });
    expect(await available('kopi-gayo-250g')).toBe(before);
    expect(stack.snapRequests.some((r) => r.items.some((i) => i.quantity === 11))).toBe(false);
  });
});
