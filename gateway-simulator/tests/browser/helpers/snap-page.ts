// Driving the Snap overlay from the merchant page, and the checks every browser test makes.
import assert from 'node:assert/strict';
import type { FrameLocator, Page } from 'playwright-core';

/** What the merchant page's callbacks recorded in window.snapEvents. */
export interface SnapEvent {
  type: 'success' | 'pending' | 'error' | 'close';
  result?: Record<string, unknown>;
  args?: number;
}

export interface PayOptions {
  language?: string;
  callbacks?: boolean;
  clientKey?: string;
  extra?: Record<string, unknown>;
}

/** Opens the merchant checkout and calls snap.pay(token, …) there; returns Snap's iframe. */
export async function payWithSnap(page: Page, merchantUrl: string, token: string, options: PayOptions = {}) {
  const query = options.clientKey ? `?client_key=${encodeURIComponent(options.clientKey)}` : '';
  await page.goto(`${merchantUrl}/checkout${query}`);
  await page.evaluate(([t, o]) => (window as unknown as { openSnap(t: string, o: object): void }).openSnap(t, o), [
    token,
    options,
  ] as const);
  return page.frameLocator('.lunas-snap-overlay iframe');
}

/** The first callback of that type the merchant page recorded. */
export async function nextEvent(page: Page, type: SnapEvent['type']): Promise<SnapEvent> {
  const handle = await page.waitForFunction(
    (wanted) => (window as unknown as { snapEvents: SnapEvent[] }).snapEvents.find((e) => e.type === wanted),
    type,
    { timeout: 10_000 },
  );
  return (await handle.jsonValue()) as SnapEvent;
}

/** Callback types in the order they fired. */
export const events = (page: Page) => page.evaluate(() => (window as unknown as { snapEvents: SnapEvent[] }).snapEvents.map((e) => e.type));

/** Picks the card method and pays with a sandbox card (docs/midtrans.md §21). */
export async function payByCard(snap: FrameLocator | Page, number: string) {
  await snap.getByRole('button', { name: /Kartu kredit|Credit\/debit card/ }).click();
  await snap.getByLabel(/Nomor kartu|Card number/).fill(number);
  await snap.getByLabel(/Masa berlaku|Expiry/).fill('12/30');
  await snap.getByLabel('CVV').fill('123');
  await snap.getByRole('button', { name: /^(Bayar|Pay) Rp 150\.000$/ }).click();
}

/** The finish / error URL the browser landed on carries these query parameters (§7). */
export function assertQuery(page: Page, expected: Record<string, string>) {
  const query = new URL(page.url()).searchParams;
  for (const [name, value] of Object.entries(expected)) assert.equal(query.get(name), value, name);
}
