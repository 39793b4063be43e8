// Notification logs that show what matters: an order's page lists its valid deliveries
// newest first, paged; deliveries with a bad signature are counted apart, and only a
// few are kept with the order, so a flood of them never pushes a valid one out. Real
// database, the simulator's real notifications, the desk over HTTP.
import { REJECTED_KEPT_PER_ORDER } from '../src/persistence/notification-log.js';
import { postNotification, signedNotification } from './support/notifications.js';
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';

const ADMIN = { email: 'owner@lunas.example', password: 'correct horse battery staple' };
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({
    // The flood comes from many addresses in real life; here from one, so its limits are lifted.
    env: {
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      RATE_LIMIT_WEBHOOK: '100000/1m',
      RATE_LIMIT_WEBHOOK_FAILURES: '100000/1m',
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

async function signIn(): Promise<string> {
  const { body, setCookie } = await gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
    e: ADMIN.email,
    p: ADMIN.password,
  });
  expect(body.errors).toBeUndefined();
  return setCookie!.split(';')[0]!;
}

const LOG = `query($id: ID!, $n: Int, $a: String) {
  adminOrder(orderId: $id) {
    notifications(first: $n, after: $a) { id cursor verdict transactionStatus outcome receivedAt }
    rejectedNotificationCount
    rejectedNotifications { id verdict httpStatus }
  }
}`;

/** Unsigned (wrongly signed) bodies naming the order, `count` of them, a few at a time. */
async function flood(orderId: string, count: number) {
  for (let sent = 0; sent < count; sent += 50) {
    const batch = Array.from({ length: Math.min(50, count - sent) }, (_, i) =>
      postNotification(stack, signedNotification(orderId, 18_500, 'settlement', { signature_key: `${sent + i}`.padStart(128, 'f') })),
    );
    for (const res of await Promise.all(batch)) expect(res.status).toBe(401);
  }
}

describe("an order's notification log", () => {
  it('shows the two valid notifications first, newest first, after 500 unsigned bodies naming the order', async () => {
    const cookie = await signIn();
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await flood(orderId, 500);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`);

    const log = await eventually(async () => {
      const { body } = await gql(LOG, { id: orderId, n: 20 }, cookie);
      expect(body.errors).toBeUndefined();
      const order = body.data.adminOrder;
      expect(order.notifications.map((e: any) => e.transactionStatus)).toEqual(['settlement', 'pending']);
      expect(order.notifications.every((e: any) => e.verdict === 'VALID' && e.outcome === 'applied')).toBe(true);
      return order;
    });
    expect(log.rejectedNotificationCount).toBe(500);
    expect(log.rejectedNotifications).toHaveLength(REJECTED_KEPT_PER_ORDER);
    expect(log.rejectedNotifications.every((entry: any) => entry.verdict === 'INVALID_SIGNATURE')).toBe(true);
    // What is not kept with the order is still logged, under the order it claimed.
    expect(await stack.db.collections.notifications.countDocuments({ order_id: orderId })).toBe(2 + REJECTED_KEPT_PER_ORDER);
    expect(await stack.db.collections.notifications.countDocuments({ claimed_order_id: orderId })).toBe(500 - REJECTED_KEPT_PER_ORDER);
  });

  it('keeps no more than the cap with the order when bad bodies arrive all at once', async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    const sent = Array.from({ length: 60 }, (_, i) =>
      postNotification(stack, signedNotification(orderId, 18_500, 'settlement', { signature_key: `${i}`.padStart(128, 'e') })),
    );
    await Promise.all(sent);
    const log = stack.app.stack.notificationLog;
    expect(await log.rejectedKept(orderId)).toHaveLength(REJECTED_KEPT_PER_ORDER);
    expect(await log.rejectedCount(orderId)).toBe(60);
  });

  it('pages valid deliveries newest first with cursors, and refuses a cursor it did not give', async () => {
    const cookie = await signIn();
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
    const resend = await stack.driver(`/sim/v1/transactions/${orderId}/notifications/resend`, { times: 3 });
    expect(resend.status).toBe(200);

    const seen: string[] = [];
    const times: string[] = [];
    await eventually(async () => {
      const { body } = await gql(LOG, { id: orderId, n: 100 }, cookie);
      expect(body.data.adminOrder.notifications).toHaveLength(5);
    });
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const { body }: { body: any } = await gql(LOG, { id: orderId, n: 2, a: after }, cookie);
      const page = body.data.adminOrder.notifications;
      seen.push(...page.map((e: any) => e.id));
      times.push(...page.map((e: any) => e.receivedAt));
      if (page.length < 2) break;
      after = page.at(-1).cursor;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
    expect([...times].sort().reverse()).toEqual(times);

    const bad = await gql(LOG, { id: orderId, n: 2, a: 'not-a-cursor' }, cookie);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await gql(LOG, { id: orderId, n: 101 }, cookie);
    expect(big.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
