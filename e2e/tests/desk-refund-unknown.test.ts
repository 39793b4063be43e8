// A refund Midtrans does not answer, in a real browser (issue 16): the desk says the
// outcome is unknown, not that nothing happened; the operator edits the reason and sends
// again with the same key (the form keeps it); Midtrans ends with exactly one refund.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createPayment, drive, products } from '../helpers/api.js';
import { launchBrowser, newShopper, type Shopper } from '../helpers/browser.js';
import { openOrderOnDesk } from '../helpers/desk.js';
import { startTestStack, type Stack } from '../helpers/stack.js';

const OPERATOR = { email: 'kasir@toko.example', password: 'kata sandi kasir yang panjang' };
const SERVER_KEY = 'SB-Mid-server-lunas-local-simulator';
let stack: Stack;
let browser: Browser;
let operator: Shopper | undefined;

before(async () => {
  [stack, browser] = await Promise.all([
    startTestStack({ env: { ADMIN_EMAIL: OPERATOR.email, ADMIN_PASSWORD: OPERATOR.password } }),
    launchBrowser(),
  ]);
});

after(async () => {
  await operator?.context.close();
  await browser?.close();
  await stack?.stop();
});

async function midtransRefunds(orderId: string): Promise<{ refund_key: string; refund_amount: string }[]> {
  const res = await fetch(`${stack.simulatorUrl}/v2/${orderId}/status`, {
    headers: { authorization: `Basic ${Buffer.from(`${SERVER_KEY}:`).toString('base64')}` },
  });
  return ((await res.json()) as { refunds?: { refund_key: string; refund_amount: string }[] }).refunds ?? [];
}

describe('a refund with no answer from Midtrans', () => {
  test('the desk says so, keeps the key through an edited reason, and Midtrans refunds once', async () => {
    const product = (await products(stack.graphqlUrl)).find((p) => p.stock >= 1)!;
    const order = await createPayment(stack.graphqlUrl, [{ productId: product.id, quantity: 1 }]);
    await drive(stack.simulatorUrl, order.orderId, 'pay', { payment_type: 'gopay' });
    await drive(stack.simulatorUrl, order.orderId, 'settle');
    // Midtrans's refund API answers 503 once: the refund's outcome is unknown.
    const fault = await fetch(`${stack.simulatorUrl}/sim/v1/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: 'core.refund', status: 503 }),
    });
    assert.equal(fault.status, 200);

    operator = await newShopper(browser);
    const desk = operator.page;
    await openOrderOnDesk(desk, stack.clientUrl, OPERATOR, order.orderId);

    await desk.getByLabel('Jumlah (Rupiah)').fill('1000');
    await desk.getByLabel('Alasan', { exact: true }).fill('ongkos kirim');
    await desk.getByRole('button', { name: /^Kembalikan Rp/ }).click();
    const alert = desk.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /Midtrans tidak menjawab; jangan mulai pengembalian lain; Lunas sedang memeriksa/);
    const key = (await desk.getByTestId('refund-key').textContent()) ?? '';

    await desk.getByLabel('Alasan', { exact: true }).fill('ongkos kirim, sudah dikonfirmasi');
    await desk.getByRole('button', { name: /^Kembalikan Rp/ }).click();
    await desk.getByText(/dikirim ke Midtrans/).waitFor();

    const made = await midtransRefunds(order.orderId);
    assert.equal(made.length, 1, `Midtrans made ${made.length} refunds`);
    assert.equal(made[0]!.refund_amount, '1000.00');
    assert.ok(key.includes(made[0]!.refund_key), `the form's key (${key}) is the refund_key Midtrans has (${made[0]!.refund_key})`);
    assert.deepEqual(operator.errors, [], 'no console errors on the desk');
  });
});
