// The shopper's whole journey in a real browser against the real local stack:
// the built shop (vite preview), the API, FerretDB and the Midtrans simulator with
// its snap.js overlay. The simulator's driver API plays the bank.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, WebSocketRoute } from 'playwright-core';
import { createPayment, drive, finishUrl, pendingBcaOrder, products, simulatorFaults } from '../helpers/api.js';
import { launchBrowser, newShopper, PHONE, screenshot, type Shopper } from '../helpers/browser.js';
import { addToCart, checkout, closeSnap, orderIdFromUrl, snapOverlay, waitForStatus } from '../helpers/shop.js';
import { startTestStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
let browser: Browser;
const shoppers: Shopper[] = [];

before(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
});

after(async () => {
  await Promise.all(shoppers.map((s) => s.context.close()));
  await browser?.close();
  await stack?.stop();
});

async function shopper(viewport?: { width: number; height: number }) {
  const s = await newShopper(browser, viewport);
  shoppers.push(s);
  return s;
}

function assertClean(s: Shopper) {
  assert.deepEqual(s.errors, [], 'no console errors');
  assert.deepEqual(s.external, [], 'no request leaves the machine');
}

/** Two in-stock products, picked from what the API sells. */
async function twoProducts() {
  const inStock = (await products(stack.graphqlUrl)).filter((p) => p.stock > 1);
  assert.ok(inStock.length >= 2, 'the seed catalog has two products in stock');
  return [inStock[0]!, inStock[1]!] as const;
}

describe('Lunas checkout in the browser', () => {
  test('two products → Snap → BCA VA → pending page shows the VA → settled → success, live', async () => {
    const s = await shopper();
    const { page } = s;
    const [a, b] = await twoProducts();

    await addToCart(page, stack.clientUrl, [a.name, b.name]);
    assert.match((await page.getByTestId('product-card').first().textContent()) ?? '', /Rp\s\d{1,3}(\.\d{3})*/);
    // The seed catalog has a sold-out product: shown, but it cannot be added.
    const soldOut = page.getByTestId('product-card').filter({ hasText: 'Stok habis' });
    if ((await soldOut.count()) > 0) assert.equal(await soldOut.first().getByRole('button').isDisabled(), true);
    await screenshot(page, 'catalog-desktop');
    await checkout(page);

    const snap = snapOverlay(page);
    await snap.getByRole('button', { name: 'BCA Virtual Account' }).click();
    const vaInSnap = await snap.locator('#va-number').getAttribute('data-value');
    assert.match(vaInSnap ?? '', /^\d{8,}$/);
    // onPending took the shop to its pending page, under the still-open overlay.
    await page.waitForURL(/\/payment\/pending\?order_id=/);
    await page.getByTestId('order-status').waitFor();
    await screenshot(page, 'snap-overlay-bca-va', { fullPage: false });
    await closeSnap(page);

    await page.getByTestId('va-number').waitFor();
    assert.equal(await page.getByTestId('va-number').getAttribute('data-value'), vaInSnap);
    assert.equal(await page.getByTestId('order-status').textContent(), 'PENDING');
    assert.match((await page.getByTestId('countdown').textContent()) ?? '', /^\d{2}:\d{2}(:\d{2})?$/);
    const total = (a.price + b.price).toLocaleString('id-ID');
    assert.match((await page.getByTestId('pending-amount').textContent()) ?? '', new RegExp(`Rp\\s${total.replace(/\./g, '\\.')}`));
    await screenshot(page, 'pending-desktop');

    // No reload allowed: a marker on window survives only if the page stays the same document.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await drive(stack.simulatorUrl, orderIdFromUrl(page), 'settle');
    await waitForStatus(page, 'PAID');
    assert.match(page.url(), /\/payment\/success\?order_id=/);
    assert.equal(await page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument), true);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Pembayaran berhasil');
    assert.match((await page.getByTestId('order-summary').textContent()) ?? '', new RegExp(a.name));
    // The paid cart is emptied.
    assert.equal(await page.getByTestId('nav-cart').getAttribute('aria-label'), 'Keranjang, 0 barang');
    await screenshot(page, 'success-desktop');
    assertClean(s);
  });

  test('a denied card leads to the failure page', async () => {
    const s = await shopper();
    const { page } = s;
    const [a] = await twoProducts();
    await addToCart(page, stack.clientUrl, [a.name]);
    await checkout(page);

    const snap = snapOverlay(page);
    await snap.getByRole('button', { name: /Kartu kredit/ }).click();
    await snap.getByLabel(/Nomor kartu/).fill('4711 1111 1111 1115'); // denied, no 3DS (§6.1)
    await snap.getByLabel(/Masa berlaku/).fill('12/30');
    await snap.getByLabel('CVV').fill('123');
    await snap.getByRole('button', { name: /^Bayar Rp/ }).click();
    await snap.locator('[data-status=denied]').waitFor();

    await page.waitForURL(/\/payment\/failure\?order_id=/);
    await closeSnap(page);
    await waitForStatus(page, 'FAILED');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Pembayaran gagal');
    await page.getByRole('button', { name: 'Coba bayar lagi' }).waitFor();
    await screenshot(page, 'failure-denied-desktop');
    assertClean(s);
  });

  test('an expired VA turns the pending page into the expired view (360 px), and "try again" keeps the cart', async () => {
    const s = await shopper(PHONE);
    const { page } = s;
    const [a, b] = await twoProducts();
    await addToCart(page, stack.clientUrl, [a.name, b.name]);
    await screenshot(page, 'catalog-360');
    await page.getByRole('link', { name: /^Keranjang/ }).click();
    await page.getByLabel(`Jumlah ${a.name}`).fill('2');
    await screenshot(page, 'cart-360');
    await page.getByRole('link', { name: 'Lanjut ke pembayaran' }).click();
    await page.getByTestId('pay-button').click();
    // Inline validation: nothing was sent, the first field has the focus.
    await page.getByText(/^Isi nama lengkap: 2–100 karakter/).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'customer-name');
    await screenshot(page, 'checkout-invalid-360');
    await page.getByLabel(/Nama lengkap/).fill('Budi Santoso');
    await page.getByLabel(/Email/).fill('budi@contoh.id');
    await page.getByLabel(/Nomor HP/).fill('081234567890');
    await screenshot(page, 'checkout-360');
    await page.getByTestId('pay-button').click();

    const snap = snapOverlay(page);
    await snap.getByRole('button', { name: 'BCA Virtual Account' }).click();
    await page.waitForURL(/\/payment\/pending/);
    await closeSnap(page);
    await page.getByTestId('va-number').waitFor();
    await screenshot(page, 'pending-360');

    await drive(stack.simulatorUrl, orderIdFromUrl(page), 'expire');
    await waitForStatus(page, 'EXPIRED');
    assert.match(page.url(), /\/payment\/failure\?order_id=/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Waktu pembayaran habis');
    assert.equal(await page.getByTestId('status-announcement').textContent(), 'Status pesanan berubah: Kedaluwarsa.');
    await screenshot(page, 'expired-360');

    await page.getByRole('button', { name: 'Coba bayar lagi' }).click();
    await page.waitForURL(/\/checkout$/);
    const expected = (a.price * 2 + b.price).toLocaleString('id-ID');
    assert.equal((await page.getByTestId('checkout-total').textContent())?.replace(/\s/g, ' '), `Rp ${expected}`);
    assert.equal(await page.getByLabel(/Nama lengkap/).inputValue(), 'Budi Santoso');
    assertClean(s);
  });

  test('the finish redirect with a lying query string shows the real status, in a fresh browser', async () => {
    const [a] = await twoProducts();
    const order = await pendingBcaOrder(stack.graphqlUrl, stack.simulatorUrl, a.id);

    const s = await shopper(PHONE);
    const { page } = s;
    await page.goto(finishUrl(stack.clientUrl, order, { status_code: '200', transaction_status: 'settlement' }));
    await page.waitForURL(/\/payment\/pending\?order_id=/);
    await waitForStatus(page, 'PENDING');
    assert.equal(new URL(page.url()).searchParams.get('access_token'), null, 'the token leaves the address bar');
    await page.getByTestId('va-number').waitFor();

    // The token was kept: the page works after a reload too.
    await page.reload();
    await waitForStatus(page, 'PENDING');

    // Settling now still reaches this page live.
    await drive(stack.simulatorUrl, order.orderId, 'settle');
    await waitForStatus(page, 'PAID');
    await screenshot(page, 'success-360');
    assertClean(s);
  });

  test('the pending page survives a lost connection and catches the payment made meanwhile', async () => {
    const [a] = await twoProducts();
    const order = await pendingBcaOrder(stack.graphqlUrl, stack.simulatorUrl, a.id);

    const s = await shopper(PHONE);
    const { page } = s;
    // Stand between the page and the API's WebSocket, to cut it and refuse reconnects.
    let online = true;
    const sockets: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/graphql$/, (ws) => {
      // 1012 (service restart) is one graphql-ws retries, as it would a dropped network.
      if (!online) return ws.close({ code: 1012, reason: 'network down (test)' });
      ws.connectToServer();
      sockets.push(ws);
    });

    await page.goto(finishUrl(stack.clientUrl, order));
    await waitForStatus(page, 'PENDING');
    await page.waitForFunction(() => document.querySelector('[data-testid="va-number"]'));
    await page.waitForTimeout(300); // the subscription is open

    online = false;
    for (const ws of sockets.splice(0)) await ws.close({ code: 1012, reason: 'network down (test)' });
    await page.getByTestId('connection-lost').waitFor();
    await screenshot(page, 'pending-connection-lost-360');

    // Paid while the shopper was offline: nothing can reach the page now.
    await drive(stack.simulatorUrl, order.orderId, 'settle');
    await page.waitForTimeout(500);
    assert.equal(await page.getByTestId('order-status').textContent(), 'PENDING');

    online = true;
    await waitForStatus(page, 'PAID', 20_000);
    assert.equal(await page.getByTestId('connection-lost').count(), 0);
    assertClean(s);
  });

  test('a wrong access token shows "order not found" and no order data', async () => {
    const [a] = await twoProducts();
    const order = await createPayment(stack.graphqlUrl, [{ productId: a.id, quantity: 1 }]);
    const s = await shopper();
    const { page } = s;
    const wrongToken = { orderId: order.orderId, accessToken: 'not-the-token' };
    await page.goto(finishUrl(stack.clientUrl, wrongToken, { status_code: '200', transaction_status: 'settlement' }));
    await page.getByTestId('order-not-found').waitFor();
    assert.equal(await page.getByTestId('order-status').count(), 0);
    assert.equal(await page.getByText(/Rp\s/).count(), 0);
    await screenshot(page, 'order-not-found-desktop');

    await page.goto(`${stack.clientUrl}/payment/pending?order_id=${encodeURIComponent(order.orderId)}`);
    await page.getByTestId('order-not-found').waitFor();
    assertClean(s);
  });

  test('when snap.js cannot load, the hosted payment page and its finish redirect take over', async () => {
    const s = await shopper(PHONE);
    const { page } = s;
    const [a] = await twoProducts();
    await page.route('**/snap/snap.js', (route) => route.abort('connectionrefused'));
    await addToCart(page, stack.clientUrl, [a.name]);
    await checkout(page);

    // window.location.href = redirectUrl: Midtrans's (here the simulator's) own page.
    await page.waitForURL(/\/snap\/v\d\/(vtweb|redirection)\//);
    await page.getByRole('button', { name: 'BCA Virtual Account' }).click();
    const va = await page.locator('#va-number').getAttribute('data-value');
    await page.getByRole('button', { name: 'Kembali ke merchant' }).click();

    // Back through the finish URL, routed by the order's real status.
    await page.waitForURL(/\/payment\/pending\?order_id=/);
    await waitForStatus(page, 'PENDING');
    assert.equal(await page.getByTestId('va-number').getAttribute('data-value'), va);
    assert.deepEqual(
      s.errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)),
      [],
    );
    assert.deepEqual(s.external, []);
  });

  test('a payment gateway failure is explained, the cart kept, and a retry opens Snap', async () => {
    const s = await shopper();
    const { page } = s;
    const [a] = await twoProducts();
    await addToCart(page, stack.clientUrl, [a.name]);
    // Midtrans answers Snap create with 500, more often than the API retries.
    await simulatorFaults(stack.simulatorUrl, [{ route: 'snap.create', status: 500, count: 10 }]);
    try {
      await checkout(page);
      await page.getByTestId('checkout-error').waitFor();
      assert.match((await page.getByTestId('checkout-error').textContent()) ?? '', /Layanan pembayaran sedang bermasalah/);
      await screenshot(page, 'checkout-gateway-error-desktop');
    } finally {
      await simulatorFaults(stack.simulatorUrl, null);
    }
    assert.equal(await page.getByTestId('nav-cart').getAttribute('aria-label'), 'Keranjang, 1 barang');
    await page.getByTestId('pay-button').click();
    await snapOverlay(page).getByRole('heading', { name: 'Pilih metode pembayaran' }).waitFor();
    await closeSnap(page);
    await page.waitForURL(/\/payment\/pending\?order_id=/);
    await waitForStatus(page, 'PENDING');
    await page.getByRole('button', { name: 'Lanjutkan pembayaran' }).waitFor();
    // A 500 from the API is logged by Chromium as a failed resource load; nothing else may be.
    assert.deepEqual(
      s.errors.filter((e) => !/status of 500|Failed to load resource/.test(e)),
      [],
    );
    assert.deepEqual(s.external, []);
  });

  test('with the API unreachable the catalog says so, and recovers on retry', async () => {
    const s = await shopper(PHONE);
    const { page } = s;
    await page.route(stack.graphqlUrl, (route) => route.abort('connectionrefused'));
    await page.goto(stack.clientUrl);
    await page.getByText('Tidak dapat menghubungi server toko').waitFor();
    await screenshot(page, 'catalog-api-down-360');
    await page.unroute(stack.graphqlUrl);
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByTestId('product-card').first().waitFor();
    // Only the refused requests themselves may be logged.
    assert.deepEqual(
      s.errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource/.test(e)),
      [],
    );
  });

  test('English is one click away and stays chosen', async () => {
    const s = await shopper(PHONE);
    const { page } = s;
    await page.goto(stack.clientUrl);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor();
    await screenshot(page, 'catalog-en-360');
    assertClean(s);
  });
});
