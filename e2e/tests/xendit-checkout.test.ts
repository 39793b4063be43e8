// The Xendit round trip in a real browser against the real local stack with both gateways
// enabled (PAYMENT_GATEWAYS=xendit,midtrans): the shop hands the shopper to the
// simulator's hosted invoice page (invoice_url, window.location.href), the shopper pays
// or leaves there, and Xendit's success/failure redirect brings them back to the shop,
// whose pages show the server's live status. Nothing here reads the redirect's words.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { products } from '../helpers/api.js';
import { launchBrowser, newShopper, screenshot, type Shopper } from '../helpers/browser.js';
import { addToCart, CUSTOMER, orderIdFromUrl, waitForStatus } from '../helpers/shop.js';
import { startTestStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
let browser: Browser;
const shoppers: Shopper[] = [];

before(async () => {
  [stack, browser] = await Promise.all([
    // The stack points the API at its simulator's Xendit (XENDIT_SIMULATOR_URL) itself.
    startTestStack({ env: { PAYMENT_GATEWAYS: 'xendit,midtrans', XENDIT_MODE: 'simulator' } }),
    launchBrowser(),
  ]);
});

after(async () => {
  await Promise.all(shoppers.map((s) => s.context.close()));
  await browser?.close();
  await stack?.stop();
});

async function shopper() {
  const s = await newShopper(browser);
  shoppers.push(s);
  return s;
}

/** Cart → checkout → Xendit (the default, so preselected) → the invoice page. */
async function toInvoicePage(page: Page): Promise<void> {
  const [product] = (await products(stack.graphqlUrl)).filter((p) => p.stock > 1);
  assert.ok(product, 'the seed catalog has a product in stock');
  await addToCart(page, stack.clientUrl, [product.name]);
  await page.getByRole('link', { name: /^Keranjang/ }).click();
  await page.getByRole('link', { name: 'Lanjut ke pembayaran' }).click();
  await page.getByLabel(/Nama lengkap/).fill(CUSTOMER.name);
  await page.getByLabel(/Email/).fill(CUSTOMER.email);
  await page.getByLabel(/Nomor HP/).fill(CUSTOMER.phone);
  // Both gateways are offered, the first of PAYMENT_GATEWAYS chosen.
  assert.equal(await page.getByRole('radio', { name: /Xendit/ }).isChecked(), true);
  assert.equal(await page.getByRole('radio', { name: /Midtrans/ }).isChecked(), false);
  await screenshot(page, 'xendit-checkout-choice');
  await page.getByTestId('pay-button').click();
  // A full navigation to the simulator's invoice_url, not an overlay.
  await page.waitForURL(/\/xendit\/web\/[^/?]+$/);
  await page.locator('button.method').first().waitFor();
}

describe('Xendit checkout in the browser', () => {
  test('shop → invoice page → BCA paid → back at the shop, PAID live', async () => {
    const s = await shopper();
    const { page } = s;
    await toInvoicePage(page);
    await screenshot(page, 'xendit-invoice-page');

    await page.locator('button.method[data-channel="BCA"]').click();
    await page.locator('#pay').click();
    // The page sends the shopper to success_redirect_url; the shop asks the server.
    await page.waitForURL((url) => url.origin === new URL(stack.clientUrl).origin, { timeout: 20_000 });
    await page.waitForURL(/\/payment\/(success|pending)\?order_id=/);
    await waitForStatus(page, 'PAID', 20_000);
    assert.match(page.url(), /\/payment\/success\?order_id=/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Pembayaran berhasil');
    // The paid cart is emptied; no token ever rode in an address.
    assert.equal(await page.getByTestId('nav-cart').getAttribute('aria-label'), 'Keranjang, 0 barang');
    assert.doesNotMatch(page.url(), /access_token/);
    await screenshot(page, 'xendit-success');
    assert.deepEqual(s.errors, [], 'no console errors');
    assert.deepEqual(s.external, [], 'no request leaves the machine');
  });

  test('leaving the invoice page → the failure page says the payment is not completed, the order still PENDING', async () => {
    const s = await shopper();
    const { page } = s;
    await toInvoicePage(page);

    await page.locator('#leave').click();
    await page.waitForURL(/\/payment\/failure\?order_id=/);
    await page.getByTestId('result-unfinished').waitFor();
    await waitForStatus(page, 'PENDING');
    // It stays there: the status, not the address, would move it on.
    assert.match(page.url(), /\/payment\/failure\?order_id=/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Pembayaran belum selesai');
    // And the way back to the invoice page.
    await page.getByRole('button', { name: 'Lanjutkan pembayaran' }).waitFor();
    const orderId = orderIdFromUrl(page);
    await screenshot(page, 'xendit-unfinished');
    await page.getByRole('button', { name: 'Lanjutkan pembayaran' }).click();
    await page.waitForURL(/\/xendit\/web\/[^/?]+$/);
    assert.ok(orderId.length > 0);
    assert.deepEqual(s.errors, [], 'no console errors');
    assert.deepEqual(s.external, [], 'no request leaves the machine');
  });
});
