// GET /metrics: Prometheus text, guarded by METRICS_TOKEN when set.
import { createOrder, eventually, startTestStack, type TestStack } from './support/test-stack.js';
import { statusOf } from './support/notifications.js';

const TOKEN = 'metrics-token-for-tests-0123456789';
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ env: { METRICS_TOKEN: TOKEN } });
});
afterAll(() => stack.stop());

const scrape = (authorization?: string) =>
  fetch(`${stack.url}/metrics`, { headers: authorization ? { authorization } : {} }).then(async (r) => ({
    status: r.status,
    text: await r.text(),
  }));

describe('GET /metrics', () => {
  it('wants the bearer token when one is configured', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('Bearer wrong-token-wrong-token-00000')).status).toBe(401);
    expect((await scrape(`Bearer ${TOKEN}`)).status).toBe(200);
  });

  it("shows where the webhook's time goes, notifications by outcome, gateway calls and live subscriptions", async () => {
    const { orderId } = await createOrder(stack, [{ productId: 'keripik-tempe-150g', quantity: 1 }]);
    await stack.driver(`/sim/v1/transactions/${orderId}/pay`, { payment_type: 'bank_transfer', bank: 'bca' });
    await stack.driver(`/sim/v1/transactions/${orderId}/settle`);
    await eventually(async () => expect(await statusOf(stack, orderId)).toBe('paid'));
    await stack.app.stack.reconciler.runOnce();

    const { text } = await scrape(`Bearer ${TOKEN}`);
    for (const stage of ['verify', 'log', 'confirm', 'database', 'publish']) {
      expect(text).toMatch(new RegExp(`lunas_webhook_stage_seconds_count\\{stage="${stage}"\\} [1-9]`));
    }
    expect(text).toMatch(/lunas_notifications_total\{verdict="valid",outcome="applied",transaction_status="settlement"\} 1/);
    expect(text).toMatch(/lunas_gateway_request_seconds_count\{operation="status",result="ok"\} [1-9]/);
    expect(text).toMatch(/lunas_webhook_duration_seconds_count\{status="200"\} [1-9]/);
    expect(text).toMatch(/lunas_live_subscriptions 0/);
  });

  it('keeps attacker-chosen status words out of the labels', async () => {
    const res = await fetch(`${stack.url}/api/payments/notification`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        order_id: 'x',
        status_code: '200',
        gross_amount: '1.00',
        signature_key: 'a'.repeat(128),
        transaction_status: 'made_up_word',
      }),
    });
    expect(res.status).toBe(401);
    const { text } = await scrape(`Bearer ${TOKEN}`);
    expect(text).not.toContain('made_up_word');
    expect(text).toMatch(/transaction_status="other"/);
  });
});
