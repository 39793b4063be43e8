// The operator desk in a real browser: an operator signs in and refunds half of a paid
// order through the simulator's refund API; the shopper's open page turns
// PARTIALLY_REFUNDED live, and the desk shows both of Midtrans's refund notifications.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createPayment, drive, finishUrl, products } from '../helpers/api.js';
import { launchBrowser, newShopper, screenshot, type Shopper } from '../helpers/browser.js';
import { openOrderOnDesk } from '../helpers/desk.js';
import { waitForStatus } from '../helpers/shop.js';
import { startTestStack, type Stack } from '../helpers/stack.js';

const OPERATOR = { email: 'pemilik@toko.example', password: 'kata sandi yang panjang sekali' };
let stack: Stack;
let browser: Browser;
const people: Shopper[] = [];

before(async () => {
  [stack, browser] = await Promise.all([
    startTestStack({ env: { ADMIN_EMAIL: OPERATOR.email, ADMIN_PASSWORD: OPERATOR.password } }),
    launchBrowser(),
  ]);
});

after(async () => {
  await Promise.all(people.map((p) => p.context.close()));
  await browser?.close();
  await stack?.stop();
});

async function person() {
  const p = await newShopper(browser);
  people.push(p);
  return p;
}

describe('the operator desk', () => {
  test('an operator refunds half of a paid order; the shopper sees PARTIALLY_REFUNDED live', async () => {
    const product = (await products(stack.graphqlUrl)).find((p) => p.stock >= 2)!;
    const order = await createPayment(stack.graphqlUrl, [{ productId: product.id, quantity: 2 }]);
    await drive(stack.simulatorUrl, order.orderId, 'pay', { payment_type: 'gopay' });
    await drive(stack.simulatorUrl, order.orderId, 'settle');

    const shopper = await person();
    await shopper.page.goto(finishUrl(stack.clientUrl, order));
    await waitForStatus(shopper.page, 'PAID');

    const operator = await person();
    const desk = operator.page;
    await openOrderOnDesk(desk, stack.clientUrl, OPERATOR, order.orderId);

    const half = product.price;
    await desk.getByLabel('Jumlah (Rupiah)').fill(String(half));
    await desk.getByLabel('Alasan', { exact: true }).fill('satu barang rusak saat dikirim');
    await desk.getByRole('button', { name: /^Kembalikan Rp/ }).click();

    await waitForStatus(shopper.page, 'PARTIALLY_REFUNDED');
    // Midtrans sends two notifications per refund; the desk's log shows both, live.
    const refundNotifications = desk
      .getByTestId('notification-log')
      .locator('article')
      .filter({ hasText: '"transaction_status": "partial_refund"' });
    for (let tries = 0; (await refundNotifications.count()) < 2; tries++) {
      assert.ok(tries < 150, `the log never showed two partial_refund notifications (saw ${await refundNotifications.count()})`);
      await desk.waitForTimeout(100);
    }
    // Newest first: the top one is Midtrans's bank confirmation of the same refund.
    assert.match((await refundNotifications.nth(0).textContent()) ?? '', /bank_confirmed_at/);
    await desk.getByRole('button', { name: /^Kembalikan/ }).waitFor();
    await screenshot(desk, 'admin-order-refunded');
    assert.deepEqual(operator.errors, [], 'no console errors on the desk');
    assert.deepEqual(shopper.errors, [], 'no console errors on the shopper page');
  });
});
