// The shopper's steps in the Lunas shop, by what they see (roles and labels).
import type { FrameLocator, Page } from 'playwright-core';

export const CUSTOMER = { name: 'Budi Santoso', email: 'budi@contoh.id', phone: '0812 3456 7890' };

/** Adds each product once from the catalog, by its visible name. */
export async function addToCart(page: Page, clientUrl: string, productNames: string[]): Promise<void> {
  await page.goto(clientUrl);
  for (const name of productNames) {
    const card = page.getByTestId('product-card').filter({ has: page.getByRole('heading', { name, exact: true }) });
    await card.getByRole('button', { name: /Tambah ke keranjang/ }).click();
  }
}

export async function checkout(page: Page): Promise<void> {
  await page.getByRole('link', { name: /^Keranjang/ }).click();
  await page.getByRole('link', { name: 'Lanjut ke pembayaran' }).click();
  await page.getByLabel(/Nama lengkap/).fill(CUSTOMER.name);
  await page.getByLabel(/Email/).fill(CUSTOMER.email);
  await page.getByLabel(/Nomor HP/).fill(CUSTOMER.phone);
  await page.getByTestId('pay-button').click();
}

/** The simulator's Snap overlay (snap.pay opens it over the shop). */
export function snapOverlay(page: Page): FrameLocator {
  return page.frameLocator('.lunas-snap-overlay iframe');
}

/** Closes the overlay with its × button, as a shopper would (the click has a timeout, unlike a key press). */
export async function closeSnap(page: Page): Promise<void> {
  await snapOverlay(page)
    .getByRole('button', { name: /^(Tutup|Close)$/ })
    // The click removes the iframe it lands in; without noWaitAfter Playwright can wait
    // on the vanished frame until its timeout (seen once in CI under load).
    .click({ noWaitAfter: true });
  await page.locator('.lunas-snap-overlay').waitFor({ state: 'detached' });
}

export function orderIdFromUrl(page: Page): string {
  const orderId = new URL(page.url()).searchParams.get('order_id');
  if (!orderId) throw new Error(`no order_id in ${page.url()}`);
  return orderId;
}

/** Waits until the result page shows `status` in its data-testid="order-status" element. */
export async function waitForStatus(page: Page, status: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((wanted) => document.querySelector('[data-testid="order-status"]')?.textContent === wanted, status, {
    timeout,
  });
}
