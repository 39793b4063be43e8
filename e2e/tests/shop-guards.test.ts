// Two guards of the built shop, in a real browser:
// - the Content-Security-Policy the production image sends (client/deploy/
//   content-security-policy.mjs, served by `vite preview` here and by nginx in
//   client/Dockerfile): a whole checkout through the Snap overlay breaks none of it, and
//   a script from anywhere else is refused;
// - no access token in the finish URL: Snap's session holds none, and Midtrans's redirect
//   (order_id only) opens the order in a new tab from the token checkout kept.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchBrowser, newShopper, type Shopper } from '../helpers/browser.js';
import { addToCart, checkout, closeSnap, orderIdFromUrl, snapOverlay, waitForStatus } from '../helpers/shop.js';
import { startTestStack, type Stack } from '../helpers/stack.js';

let stack: Stack;
let browser: Browser;
const people: Shopper[] = [];

before(async () => {
  // Settled one by one: if the browser cannot start, the stack that did is still stopped by after().
  const [started, launched] = await Promise.allSettled([startTestStack(), launchBrowser()]);
  if (started.status === 'fulfilled') stack = started.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  for (const result of [started, launched]) if (result.status === 'rejected') throw result.reason;
});

after(async () => {
  await Promise.all(people.map((p) => p.context.close()));
  await browser?.close();
  await stack?.stop();
});

describe('the shop under its Content-Security-Policy', () => {
  test('a checkout through the Snap overlay meets no violation; a foreign script is refused', async () => {
    const res = await fetch(stack.clientUrl);
    const policy = res.headers.get('content-security-policy') ?? '';
    assert.match(policy, /script-src 'self' http:\/\/127\.0\.0\.1:\d+;/);
    assert.match(policy, /frame-ancestors 'none'/);

    const shopper = await newShopper(browser);
    people.push(shopper);
    const { page, errors } = shopper;
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    await addToCart(page, stack.clientUrl, ['Kopi Arabika Gayo 250 g']);
    await checkout(page);
    const snap = snapOverlay(page);
    await snap.getByRole('button', { name: 'BCA Virtual Account' }).click();
    await snap.locator('#va-number').waitFor();
    await closeSnap(page);
    await page.getByTestId('va-number').waitFor();
    assert.deepEqual(await page.evaluate(() => (window as unknown as { violations: string[] }).violations), []);
    assert.deepEqual(errors, [], 'no console errors (a CSP refusal is one)');

    // What the policy is for: a script injected from another origin does not run.
    const ran = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const script = document.createElement('script');
          script.src = 'http://localhost:9/injected.js';
          script.onload = () => resolve('loaded');
          script.onerror = () => resolve('refused');
          document.head.append(script);
        }),
    );
    assert.equal(ran, 'refused');
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    assert.ok(
      violations.some((v) => v.startsWith('script-src')),
      `a script-src violation was reported: ${violations}`,
    );
  });
});

describe('the finish redirect', () => {
  test('Snap is given no token; the redirect Midtrans makes opens the order in a new tab', async () => {
    const shopper = await newShopper(browser);
    people.push(shopper);
    const { page, context, errors } = shopper;
    const snapCreated = page.waitForResponse(
      (r) => r.url().includes('/graphql') && (r.request().postData() ?? '').includes('createPayment'),
    );
    await addToCart(page, stack.clientUrl, ['Kopi Arabika Gayo 250 g']);
    await checkout(page);
    const { data } = (await (await snapCreated).json()) as { data: { createPayment: { snapToken: string; accessToken: string } } };
    const snap = snapOverlay(page);
    await snap.getByRole('button', { name: 'BCA Virtual Account' }).click();
    const va = await snap.locator('#va-number').getAttribute('data-value');
    await closeSnap(page);
    await page.getByTestId('va-number').waitFor();
    const orderId = orderIdFromUrl(page);

    // What Midtrans keeps and hands back to anyone with the Snap token.
    const session = (await (await fetch(`${stack.simulatorUrl}/snap/v1/transactions/${data.createPayment.snapToken}`)).json()) as {
      callbacks: { finish: string };
    };
    assert.equal(session.callbacks.finish, `${stack.clientUrl}/payment/finish`);
    assert.ok(!JSON.stringify(session).includes(data.createPayment.accessToken), 'the access token is not in the Snap session');

    // Midtrans's redirect, as it builds it from that finish URL, landing in a new tab.
    const tab = await context.newPage();
    await tab.goto(`${session.callbacks.finish}?order_id=${orderId}&status_code=201&transaction_status=pending`);
    await waitForStatus(tab, 'PENDING');
    assert.equal(await tab.getByTestId('va-number').getAttribute('data-value'), va);
    assert.deepEqual(errors, [], 'no console errors');
  });
});
