// How long a shopper waits, after the bank settles, to see "PAID" on the pending page.
// Not a test: prints p50/p95 over RUNS runs and the gzip size of the shop's JS.
//
//   npm run bench -w e2e            (RUNS=50 npm run bench -w e2e for more)
//
// Each run: an order through the API, the BCA VA chosen through the simulator's driver,
// the pending page open in Chromium and showing PENDING; then the driver's settle call.
// That call returns once the API has been notified (simulator driver API), so the time
// measured is API publish → graphql-ws → Apollo cache → React render. Both clocks are
// this machine's wall clock (performance.timeOrigin + performance.now()).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { drive, finishUrl, pendingBcaOrder, products } from '../helpers/api.js';
import { launchBrowser, newShopper } from '../helpers/browser.js';
import { waitForStatus } from '../helpers/shop.js';
import { startTestStack } from '../helpers/stack.js';

const RUNS = Number(process.env.RUNS ?? 20);
const now = () => performance.timeOrigin + performance.now();

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

function bundleGzipBytes(): { files: number; raw: number; gzip: number } {
  const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist/assets');
  const js = readdirSync(assets).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const name of js) {
    const content = readFileSync(path.join(assets, name));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: js.length, raw, gzip };
}

const stack = await startTestStack();
const browser = await launchBrowser();
try {
  const product = (await products(stack.graphqlUrl)).find((p) => p.stock >= RUNS);
  if (!product) throw new Error(`no product with ${RUNS} in stock`);
  const shopper = await newShopper(browser);
  const { page } = shopper;
  const fromReturn: number[] = [];
  const fromStart: number[] = [];

  for (let run = 0; run < RUNS; run++) {
    const order = await pendingBcaOrder(stack.graphqlUrl, stack.simulatorUrl, product.id);
    // The finish URL stores the token and lands on the live pending page.
    await page.goto(finishUrl(stack.clientUrl, order));
    await waitForStatus(page, 'PENDING');
    // Let the subscription settle in: the socket opens after the first render.
    await page.waitForTimeout(300);

    // The page stamps the moment it shows PAID, so no polling delay is measured.
    await page.evaluate(() => {
      const w = window as unknown as { __paidAt?: number };
      delete w.__paidAt;
      const target = document.querySelector('[data-testid="order-status"]')?.closest('main') ?? document.body;
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid="order-status"]')?.textContent === 'PAID') {
          w.__paidAt = performance.timeOrigin + performance.now();
          observer.disconnect();
        }
      });
      observer.observe(target, { subtree: true, childList: true, characterData: true });
    });
    const settleStartedAt = now();
    await drive(stack.simulatorUrl, order.orderId, 'settle');
    const settledAt = now();
    await waitForStatus(page, 'PAID');
    const paidAt = await page.evaluate(() => (window as unknown as { __paidAt?: number }).__paidAt);
    if (paidAt === undefined) throw new Error('PAID was not observed');
    // Negative: the page showed PAID before the settle response reached us (the
    // simulator answers after the webhook was delivered, and the API publishes while
    // handling it), so the start of the call is reported as well.
    fromReturn.push(paidAt - settledAt);
    fromStart.push(paidAt - settleStartedAt);
  }

  if (shopper.errors.length) console.warn('console errors:', shopper.errors);
  const bundle = bundleGzipBytes();
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const line = (label: string, samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    console.log(
      `  ${label}: p50 ${ms(percentile(sorted, 50))}   p95 ${ms(percentile(sorted, 95))}   min ${ms(sorted[0]!)}   max ${ms(sorted.at(-1)!)}`,
    );
  };
  console.log(`settle → PAID shown on the pending page, ${RUNS} runs`);
  line('from the settle call returning', fromReturn);
  line('from the settle call starting ', fromStart);
  console.log(
    `client JS bundle: ${bundle.files} file(s), ${(bundle.raw / 1024).toFixed(1)} KiB raw, ${(bundle.gzip / 1024).toFixed(1)} KiB gzip`,
  );
} finally {
  await browser.close();
  await stack.stop();
}
