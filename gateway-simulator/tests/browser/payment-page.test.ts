// The shopper's side of the simulator in a real browser: snap.js on a merchant page, the hosted
// payment page in its overlay and as redirect_url, against the real simulator over HTTP.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertClean, launchBrowser, openContext, screenshot, type WatchedContext } from './helpers/browser.js';
import { startMerchant, type Merchant } from './helpers/merchant.js';
import { createSnapTransaction, drive } from './helpers/merchant-backend.js';
import { startSimulator, type RunningSimulator } from './helpers/simulator.js';
import { CLIENT_KEY } from './helpers/simulator-keys.js';
import { assertQuery, events, nextEvent, payByCard, payWithSnap, type SnapEvent } from './helpers/snap-page.js';

// A hung step must fail its own test with a stack, not stall the whole run.
const TEST_TIMEOUT = { timeout: 30_000 };

let browser: Browser;
let sim: RunningSimulator;
let merchant: Merchant;
const contexts: WatchedContext[] = [];

before(async () => {
  sim = await startSimulator();
  [browser, merchant] = await Promise.all([launchBrowser(), startMerchant(sim.url, CLIENT_KEY)]);
});

after(async () => {
  await Promise.all(contexts.map((c) => c.context.close()));
  await browser?.close();
  await merchant?.stop();
  await sim?.stop();
});

async function shopper(viewport?: { width: number; height: number }): Promise<WatchedContext> {
  const watched = await openContext(browser, viewport);
  contexts.push(watched);
  return watched;
}

describe('Snap payment page (snap.js + hosted page, real simulator)', () => {
  test('BCA VA in the overlay: VA shown, settled via the driver API, onPending then onSuccess', TEST_TIMEOUT, async () => {
    const watched = await shopper();
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url, { callbacks: { finish: `${merchant.url}/finish?access_token=va` } });
    const snap = await payWithSnap(page, merchant.url, tx.token);

    await snap.getByRole('heading', { name: 'Pilih metode pembayaran' }).waitFor();
    assert.equal(await snap.locator('#amount').textContent(), 'Rp 150.000');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME', 'focus moves into Snap');
    await screenshot(page, 'overlay-methods-desktop');

    await snap.getByRole('button', { name: 'BCA Virtual Account' }).click();
    const vaNumber = await snap.locator('#va-number').getAttribute('data-value');
    assert.match(vaNumber ?? '', /^\d{8,}$/);
    assert.match((await snap.locator('.clock').textContent()) ?? '', /^\d{2}:\d{2}:\d{2}$/);
    const pending = await nextEvent(page, 'pending');
    assert.equal(pending.result?.status_code, '201');
    assert.equal(pending.result?.transaction_status, 'pending');
    assert.equal(pending.result?.order_id, tx.orderId);
    assert.deepEqual(pending.result?.va_numbers, [{ bank: 'bca', va_number: vaNumber }]);
    await screenshot(page, 'overlay-bca-va-desktop');

    // Tab cycles inside the overlay instead of reaching the merchant page behind it.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'IFRAME');

    // Switching language re-renders the screen; polling must carry on underneath.
    await snap.getByRole('button', { name: 'English' }).click();
    await snap.getByText('Virtual Account number', { exact: true }).waitFor();

    await drive(sim.url, tx.orderId, 'settle');
    const success = await nextEvent(page, 'success');
    assert.equal(success.result?.status_code, '200');
    assert.equal(success.result?.transaction_status, 'settlement');
    assert.equal(success.result?.payment_type, 'bank_transfer');
    assert.equal(success.result?.gross_amount, '150000.00');
    assert.equal(success.result?.order_id, tx.orderId);
    assert.equal(typeof success.result?.transaction_id, 'string');
    const finish = new URL(String(success.result?.finish_redirect_url));
    assert.equal(finish.searchParams.get('access_token'), 'va');
    assert.equal(finish.searchParams.get('status_code'), '200');
    assert.equal(finish.searchParams.get('transaction_status'), 'settlement');
    await snap.getByRole('heading', { name: 'Payment successful' }).waitFor();
    await page.locator('.lunas-snap-overlay').waitFor({ state: 'detached', timeout: 6_000 });
    assert.deepEqual(await events(page), ['pending', 'success']);
    assertClean(watched);
  });

  test('declined card fires onError, then another card in the same session succeeds', TEST_TIMEOUT, async () => {
    const watched = await shopper();
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url);
    const snap = await payWithSnap(page, merchant.url, tx.token);

    await payByCard(snap, '4911 1111 1111 1113'); // full 3DS, denied by the bank (docs/midtrans.md §21)
    await snap.getByLabel('Kode OTP').fill('112233');
    await snap.getByRole('button', { name: 'Verifikasi' }).click();
    await snap.locator('[data-status=denied]').waitFor();
    const denied = await nextEvent(page, 'error');
    assert.equal(denied.result?.status_code, '202');
    assert.equal(denied.result?.transaction_status, 'deny');
    assert.equal(denied.result?.payment_type, 'credit_card');
    await screenshot(page, 'overlay-card-denied-desktop');

    await snap.getByRole('button', { name: 'Coba metode lain' }).click();
    await payByCard(snap, '4411 1111 1111 1118'); // attempted 3DS, accepted: no OTP
    const success = await nextEvent(page, 'success');
    assert.equal(success.result?.status_code, '200');
    assert.equal(success.result?.transaction_status, 'capture');
    assert.equal(success.result?.fraud_status, 'accept');
    assert.equal(success.result?.masked_card, '44111111-1118');
    assert.deepEqual(await events(page), ['error', 'success']);
    assertClean(watched);
  });

  test('3DS card with OTP 112233 at 360 px, in English', TEST_TIMEOUT, async () => {
    const watched = await shopper({ width: 360, height: 740 });
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url);
    const snap = await payWithSnap(page, merchant.url, tx.token, { language: 'en' });

    await snap.getByRole('button', { name: 'Credit/debit card' }).click();
    await snap.getByRole('button', { name: 'Use 4811 1111 1111 1114' }).click();
    await screenshot(page, 'overlay-card-form-360');
    await snap.getByRole('button', { name: 'Pay Rp 150.000' }).click();
    await snap.getByRole('heading', { name: '3D Secure verification' }).waitFor();
    await snap.getByLabel('OTP code').fill('112233');
    await snap.getByRole('button', { name: 'Verify' }).click();

    const success = await nextEvent(page, 'success');
    assert.equal(success.result?.transaction_status, 'capture');
    assert.equal(success.result?.masked_card, '48111111-1114');
    await snap.getByRole('heading', { name: 'Payment successful' }).waitFor();
    await screenshot(page, 'overlay-card-success-360');
    assert.deepEqual(await events(page), ['success']);
    assertClean(watched);
  });

  test('a wrong client key shows the error and fires onError', TEST_TIMEOUT, async () => {
    const watched = await shopper();
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url);
    const snap = await payWithSnap(page, merchant.url, tx.token, { clientKey: 'SB-Mid-client-not-this-merchant' });

    await snap.locator('[data-status=error]').waitFor();
    assert.match((await snap.locator('main').textContent()) ?? '', /Access denied due to unauthorized transaction/);
    const error = await nextEvent(page, 'error');
    assert.equal(error.result?.status_code, '401');
    assert.ok(Array.isArray(error.result?.status_message));

    await page.keyboard.press('Escape');
    await page.locator('.lunas-snap-overlay').waitFor({ state: 'detached' });
    assert.deepEqual(await events(page), ['error'], 'no onClose after onError');
    // The 401 itself is logged by Chromium as a failed resource load; nothing else may be.
    assertClean(watched, /status of 401/);
  });

  test('Esc before paying closes the overlay and calls onClose() with no argument', TEST_TIMEOUT, async () => {
    const watched = await shopper();
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url);
    const snap = await payWithSnap(page, merchant.url, tx.token);

    await snap.getByRole('heading', { name: 'Pilih metode pembayaran' }).waitFor();
    const second = await page.evaluate((t) => {
      try {
        (window as unknown as { snap: { pay(t: string): void } }).snap.pay(t);
        return 'opened';
      } catch (error) {
        return (error as Error).message;
      }
    }, tx.token);
    assert.match(second, /not allowed to be called in this state/, 'only one Snap at a time');
    await page.keyboard.press('Escape');
    await page.locator('.lunas-snap-overlay').waitFor({ state: 'detached' });
    assert.deepEqual(await page.evaluate(() => (window as unknown as { snapEvents: SnapEvent[] }).snapEvents), [
      { type: 'close', args: 0 },
    ]);
    assertClean(watched);
  });

  test('show() then pay() reuses the loading overlay; hide() closes it without a callback', TEST_TIMEOUT, async () => {
    const watched = await shopper();
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url);
    await page.goto(`${merchant.url}/checkout`);
    await page.evaluate(() => (window as unknown as { snap: { show(): void } }).snap.show());
    await page.locator('.lunas-snap-overlay [role=progressbar]').waitFor();
    await page.evaluate((t) => (window as unknown as { openSnap(t: string): void }).openSnap(t), tx.token);
    const snap = page.frameLocator('.lunas-snap-overlay iframe');
    await snap.getByRole('heading', { name: 'Pilih metode pembayaran' }).waitFor();
    assert.equal(await page.locator('.lunas-snap-overlay').count(), 1);
    await page.evaluate(() => (window as unknown as { snap: { hide(): void } }).snap.hide());
    await page.locator('.lunas-snap-overlay').waitFor({ state: 'detached' });
    assert.deepEqual(await events(page), []);
    assertClean(watched);
  });

  test('an unknown token shows "not available" on the redirect page', TEST_TIMEOUT, async () => {
    const watched = await shopper({ width: 360, height: 740 });
    const { page } = watched;
    await page.goto(`${sim.url}/snap/v2/vtweb/00000000-0000-4000-8000-000000000000?language=en`);
    await page.locator('[data-status=error]').waitFor();
    assert.match(
      (await page.locator('main').textContent()) ?? '',
      /Whether the transaction is not available, or you typed in the wrong URL\./,
    );
    assertClean(watched, /status of 404/);
  });

  test('selectedPaymentType skips the list; autoCloseDelay closes the pending screen', TEST_TIMEOUT, async () => {
    const watched = await shopper();
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url);
    const snap = await payWithSnap(page, merchant.url, tx.token, {
      extra: { selectedPaymentType: 'echannel', enabledPayments: ['echannel', 'bni_va'], autoCloseDelay: 1 },
    });

    await snap.getByRole('heading', { name: 'Mandiri Bill Payment' }).waitFor();
    assert.equal(await snap.locator('#biller-code').getAttribute('data-value'), '70012');
    const pending = await nextEvent(page, 'pending');
    assert.equal(pending.result?.payment_type, 'echannel');
    assert.equal(pending.result?.biller_code, '70012');
    assert.equal(pending.result?.bill_key, await snap.locator('#bill-key').getAttribute('data-value'));
    await page.locator('.lunas-snap-overlay').waitFor({ state: 'detached', timeout: 4_000 });
    assert.deepEqual(await events(page), ['pending'], 'closing after onPending is not onClose');
    assertClean(watched);
  });

  test('without callbacks, closing a pending VA sends the top window to the finish URL', TEST_TIMEOUT, async () => {
    const watched = await shopper();
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url, { callbacks: { finish: `${merchant.url}/finish?access_token=t0k` } });
    const snap = await payWithSnap(page, merchant.url, tx.token, { callbacks: false });

    await snap.getByRole('button', { name: 'Permata Virtual Account' }).click();
    await snap.locator('#va-number').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(/\/finish\?/);
    assertQuery(page, { access_token: 't0k', order_id: tx.orderId, status_code: '201', transaction_status: 'pending' });
    assertClean(watched);
  });

  test('redirect mode at 360 px: expired elsewhere, then a new token paid lands on the finish URL', TEST_TIMEOUT, async () => {
    const watched = await shopper({ width: 360, height: 740 });
    const { page } = watched;
    const callbacks = { finish: `${merchant.url}/finish?access_token=abc123`, error: `${merchant.url}/error` };

    const first = await createSnapTransaction(sim.url, { callbacks });
    await page.goto(first.redirectUrl);
    await screenshot(page, 'redirect-methods-360');
    await page.getByRole('button', { name: 'QRIS' }).click();
    await page.locator('svg.qr').waitFor();
    await screenshot(page, 'redirect-qris-360');
    await drive(sim.url, first.orderId, 'expire');
    await page.locator('[data-status=expired]').waitFor({ timeout: 6_000 });
    await page.getByRole('button', { name: 'Kembali ke merchant' }).click();
    await page.waitForURL(/\/error\?/);
    assertQuery(page, { order_id: first.orderId, transaction_status: 'expire' });

    const second = await createSnapTransaction(sim.url, { callbacks });
    await page.goto(second.redirectUrl);
    await payByCard(page, '4411111111111118');
    await page.locator('[data-status=success]').waitFor();
    await page.getByRole('button', { name: 'Kembali ke merchant' }).click();
    await page.waitForURL(/\/finish\?/);
    assertQuery(page, { access_token: 'abc123', order_id: second.orderId, status_code: '200', transaction_status: 'capture' });
    assertClean(watched);
  });

  test('demo merchant page: snap.embed() with GoPay, paid with the sandbox button', TEST_TIMEOUT, async () => {
    const watched = await shopper();
    const { page } = watched;
    const tx = await createSnapTransaction(sim.url);
    await page.goto(`${sim.url}/sim/demo?token=${tx.token}`);
    await page.getByRole('button', { name: 'snap.embed()' }).click();
    const snap = page.frameLocator('#snap-container iframe');
    await snap.getByRole('button', { name: 'GoPay' }).click();
    await snap.locator('svg.qr').waitFor();
    await page.getByText(/onPending/).waitFor();
    assert.match((await page.locator('#log').textContent()) ?? '', /"payment_type": "gopay"/);
    assert.equal(await snap.getByRole('button', { name: 'Tutup' }).count(), 0, 'no close button when embedded');
    await screenshot(page, 'demo-embed-gopay-desktop');

    // The page's sandbox shortcut settles through its own backend (simulate-payment), like the
    // e-wallet simulator; the page never calls the driver API.
    await snap.getByRole('button', { name: 'Simulasikan pembayaran (sandbox)' }).click();
    await page.getByText(/onSuccess/).waitFor();
    assert.match((await page.locator('#log').textContent()) ?? '', /"transaction_status": "settlement"/);
    assertClean(watched);
  });
});
