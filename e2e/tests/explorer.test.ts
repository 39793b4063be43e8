// The offline API explorer: GraphiQL served by the API at /explorer, in a real browser
// with every request off this machine refused. It runs a subscription over graphql-ws and
// shows its first event (the order's current state).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { createPayment } from '../helpers/api.js';
import { launchBrowser, newShopper, screenshot, type Shopper } from '../helpers/browser.js';
import { startTestStack, type Stack } from '../helpers/stack.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
let stack: Stack;
let browser: Browser;
let visitor: Shopper | undefined;

/** Builds the explorer's static files when the API says they are missing (CI builds them first). */
async function ensureExplorerBuilt(apiUrl: string) {
  const res = await fetch(`${apiUrl}/explorer`);
  if (res.status !== 404) return;
  const build = spawnSync('npm', ['run', 'build', '-w', '@lunas/explorer'], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(build.status, 0, `explorer build failed:\n${build.stdout}\n${build.stderr}`);
}

before(async () => {
  [stack, browser] = await Promise.all([startTestStack({ shop: false }), launchBrowser()]);
  await ensureExplorerBuilt(stack.apiUrl);
});

after(async () => {
  await visitor?.context.close();
  await browser?.close();
  await stack?.stop();
});

describe('API explorer (/explorer)', () => {
  test('runs orderStatusChanged over graphql-ws and shows the first event, offline', async () => {
    const order = await createPayment(stack.graphqlUrl, [{ productId: 'kopi-gayo-250g', quantity: 1 }]);
    const query = `subscription ExplorerWatch($orderId: ID!, $accessToken: String!) {
  orderStatusChanged(orderId: $orderId, accessToken: $accessToken) { orderId status }
}`;
    const variables = JSON.stringify({ orderId: order.orderId, accessToken: order.accessToken });
    visitor = await newShopper(browser);
    const { page } = visitor;
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));

    await page.goto(`${stack.apiUrl}/explorer?${new URLSearchParams({ query, variables })}`);
    // The editors are Monaco, which loads in workers: run once the operation is in the editor.
    await page.locator('.graphiql-query-editor').getByText('ExplorerWatch').waitFor();
    await page.getByRole('button', { name: /Execute query/i }).click();

    // The result pane is a Monaco editor; its text is what the visitor reads.
    await page.waitForFunction((orderId) => document.querySelector('.graphiql-response')?.textContent?.includes(orderId), order.orderId);
    const text = (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    assert.match(text, /"status": "PENDING"/);
    assert.deepEqual(sockets, [`${stack.apiUrl.replace('http', 'ws')}/graphql`], 'one graphql-ws socket to the same host');
    await screenshot(page, 'explorer-subscription', { fullPage: false });
    assert.deepEqual(visitor.errors, [], 'no console errors');
    assert.deepEqual(visitor.external, [], 'no request leaves the machine');
  });
});
